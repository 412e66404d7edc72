import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { buildWeb } from '../../scripts/build-web.ts';
import { startTestApp, type TestApp } from './app.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why browser tests cannot run here, or null when they can. CI installs Debian's chromium, so there
 * a missing browser is a failure, not a skip.
 */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM} (apt-get install chromium)`);
  return `no Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium`;
}

export interface WebApp {
  t: TestApp;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The built web app on a real port of a test server (embedded database, manual clock), and a headless Chromium. */
export async function startWebApp(): Promise<WebApp> {
  await buildWeb({ quiet: true });
  const t = await startTestApp('embedded');
  await t.sepakat.server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.sepakat.server.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    t,
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** A fresh browser context (its own storage: one signed-in user) with a phone or desktop viewport. */
export async function newPage(app: WebApp, opts: { phone?: boolean } = {}): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: opts.phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
    ...(opts.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    locale: 'id-ID',
    // axe-core is injected as an inline script, which the app's Content-Security-Policy forbids.
    bypassCSP: true,
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

/** Sign in through the demo role switcher. */
export async function signIn(page: Page, app: WebApp, name: RegExp): Promise<void> {
  await page.goto(`${app.url}/login`);
  await page.getByRole('button', { name }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is now: no serious or critical violations (WCAG 2.1 A/AA rules). */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } })
      .axe;
    const result = await axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: any) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n: any) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  assert.deepEqual(violations, [], `${label}: accessibility violations`);
}

const SHOTS = new URL('../../docs/screenshots/', import.meta.url);

/** With UPDATE_SCREENSHOTS=1, save the page for the README (docs/screenshots/<name>.png), from the top or from `show`. */
export async function screenshot(page: Page, name: string, show?: Locator): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
  if (show) await show.evaluate((el: any) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: false });
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/**
 * Usable on a phone: nothing wider than the screen. (With a phone's viewport the browser widens its
 * layout to fit what is too wide, so the page is compared with the screen, not the window.)
 */
export async function assertFitsScreen(page: Page, label: string): Promise<void> {
  const { scrollWidth, screenWidth } = await page.evaluate(() => {
    const { document, screen } = globalThis as any;
    return {
      scrollWidth: document.documentElement.scrollWidth as number,
      screenWidth: screen.width as number,
    };
  });
  assert.ok(scrollWidth <= screenWidth, `${label}: ${scrollWidth} px wide on a ${screenWidth} px screen`);
}
