/**
 * `npm run bench:web`: the complaint page of a complaint with a long timeline, rendered in headless
 * Chromium (Debian's, as the browser tests use it). Results and how to read them: docs/benchmarks.md.
 *
 * The built web app is served by the app in process (embedded database, manual clock) on an
 * ephemeral port. One complaint gets about 200 timeline events (filing, evidence, then messages
 * from both sides). The page is opened as its buyer, on a phone-sized viewport, with and without
 * Chromium's CPU throttling (4× slower, a mid-range phone). For each run it prints:
 *
 *   - ready: from navigation start until every event of the timeline is in the DOM;
 *   - long tasks: main-thread tasks over 50 ms while loading (PerformanceObserver 'longtask'),
 *     and the longest;
 *   - scroll: the timeline scrolled top to bottom in 40 steps, one per animation frame; frames
 *     over 50 ms ("jank") and the slowest frame;
 *   - live update: one more message posted by the seller through the API while the page is open,
 *     the time until the page shows it (polling every 3 s: up to 3 s of that is waiting) and the
 *     long tasks of re-rendering.
 *
 * Environment: BENCH_EVENTS (default 200), BENCH_RUNS per setting (default 3), CHROMIUM_PATH.
 */
import type { CDPSession, Page } from 'playwright-core';
import { samplePng } from '../src/demo/sample-files.ts';
import { newPage, signIn, startWebApp, type WebApp } from '../test/helpers/browser.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HOUR = 3_600_000;

async function complaintWithEvents(app: WebApp, n: number): Promise<string> {
  const now = app.t.now().getTime();
  await app.t.platform.put('/v1/orders/o-bench-1', {
    buyerId: 'u-100',
    shopId: 's-1',
    items: [{ lineId: 'l1', sku: 'SPT-1', name: 'Sepatu Lari', unitPrice: 500_000, quantity: 1 }],
    shippingCost: 20_000,
    status: 'delivered',
    shippedAt: new Date(now - 72 * HOUR).toISOString(),
    deliveredAt: new Date(now - HOUR).toISOString(),
  });
  const buyer = app.t.as({ role: 'buyer', id: 'u-100' });
  const seller = app.t.as({ role: 'seller', id: 'u-200', shopId: 's-1' });
  const filed = await buyer.post('/v1/complaints', {
    orderId: 'o-bench-1',
    category: 'not_as_described',
    description: 'Warna berbeda dari foto di etalase.',
    items: [{ lineId: 'l1', quantity: 1 }],
    desiredSolution: { type: 'refund' },
  });
  const id = filed.body.id as string;
  const { payload, headers } = (await import('../test/helpers/given.ts')).multipart(
    samplePng([30, 90, 200], 96),
    'warna.png',
    'image/png',
  );
  const upload = await buyer.post('/v1/uploads', payload, headers);
  await buyer.post(`/v1/complaints/${id}/evidence`, {
    kind: 'product_photo',
    attachmentId: upload.body.attachmentId,
  });
  await buyer.post(`/v1/complaints/${id}/evidence/submit`);
  let count = (await buyer.get(`/v1/complaints/${id}/timeline?limit=500`)).body.data.length as number;
  for (let i = 0; count < n; i++, count++) {
    const who = i % 2 === 0 ? seller : buyer;
    const res = await who.post(`/v1/complaints/${id}/messages`, {
      body: `Pesan ke-${i + 1}: ${'mohon dicek kembali kondisi barangnya, terima kasih. '.repeat(1 + (i % 3))}`,
    });
    if (res.status !== 200) throw new Error(`message ${i}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return id;
}

interface Run {
  readyMs: number;
  longTasks: number;
  longestTaskMs: number;
  jankFrames: number;
  slowestFrameMs: number;
  updateMs: number;
  updateLongTasks: number;
}

async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // Runs in the page (browser globals, which this Node-typed file does not declare).
    const g = globalThis as any;
    g.__long = [];
    new g.PerformanceObserver((list: any) => {
      for (const entry of list.getEntries()) g.__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function run(app: WebApp, id: string, throttle: number): Promise<Run> {
  const page = await newPage(app, { phone: true });
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await signIn(page, app, /Sari Wulandari/);
  await observeLongTasks(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const expected = (
    await app.t.as({ role: 'buyer', id: 'u-100' }).get(`/v1/complaints/${id}/timeline?limit=500`)
  ).body.data.length as number;
  await page.goto(`${app.url}/complaints/${id}`);
  await page.waitForFunction(
    (n) => (globalThis as any).document.querySelectorAll('ol.timeline > li').length >= n,
    expected,
    {
      timeout: 60_000,
    },
  );
  const readyMs = await page.evaluate(() => performance.now());
  const load = await page.evaluate(() => (globalThis as unknown as { __long: number[] }).__long.splice(0));

  // Scroll the whole timeline, one step per frame, timing each frame.
  const frames = await page.evaluate(async () => {
    const { document, window, requestAnimationFrame } = globalThis as any;
    const list = document.querySelector('ol.timeline')!;
    const top = list.getBoundingClientRect().top + window.scrollY;
    const height = list.getBoundingClientRect().height;
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i <= 40; i++) {
      window.scrollTo(0, top + (height * i) / 40);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times;
  });

  // The other side writes: how long until the open page shows it, and what re-rendering costs.
  const marker = `Balasan baru ${Math.random().toString(36).slice(2)}`;
  const t0 = Date.now();
  await app.t
    .as({ role: 'seller', id: 'u-200', shopId: 's-1' })
    .post(`/v1/complaints/${id}/messages`, { body: marker });
  await page.getByText(marker).waitFor({ timeout: 30_000 });
  const updateMs = Date.now() - t0;
  const update = await page.evaluate(() => (globalThis as unknown as { __long: number[] }).__long.splice(0));
  await page.context().close();
  return {
    readyMs,
    longTasks: load.length,
    longestTaskMs: Math.max(0, ...load),
    jankFrames: frames.filter((f) => f > 50).length,
    slowestFrameMs: Math.max(...frames),
    updateMs,
    updateLongTasks: update.length,
  };
}

const app = await startWebApp();
try {
  const id = await complaintWithEvents(app, EVENTS);
  const events = (
    await app.t.as({ role: 'buyer', id: 'u-100' }).get(`/v1/complaints/${id}/timeline?limit=500`)
  ).body.data.length;
  console.log(
    `complaint ${id} with ${events} timeline events; ${RUNS} runs per setting; phone viewport 390×844\n`,
  );
  console.log(
    '| CPU | ready (ms) | long tasks while loading (longest, ms) | scroll: frames > 50 ms (slowest, ms) | live update shown after (ms) | long tasks re-rendering |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const throttle of [1, 4]) {
    for (let i = 0; i < RUNS; i++) {
      const r = await run(app, id, throttle);
      console.log(
        `| ${throttle === 1 ? 'unthrottled' : `${throttle}× slower`} | ${r.readyMs.toFixed(0)} | ${r.longTasks} (${r.longestTaskMs.toFixed(0)}) | ${r.jankFrames} / 41 (${r.slowestFrameMs.toFixed(0)}) | ${r.updateMs} | ${r.updateLongTasks} |`,
      );
    }
  }
} finally {
  await app.close();
}
