/**
 * `npm run bench:scale`: Sepakat at the size of a real marketplace. Results and how to read them:
 * docs/benchmarks.md ("Scale").
 *
 * Parts (BENCH_PARTS, comma-separated; default all):
 *   burst     deadlines falling due at once (1k, 10k, 100k), fired by two app processes on one
 *             PostgreSQL: rate, cost of one claim at that backlog, statements per firing, and the
 *             exactly-once check (each due deadline settled once, each ledger key once, the ledger
 *             sums to zero); and 10k on the embedded database, fired in process.
 *   steady    deadlines falling due at a steady rate (200/s for 60 s) while both processes run,
 *             the clock following real time: the lag from due to fired, p50/p99/max.
 *   lists     1M complaints on PostgreSQL (100k on the embedded database) in a realistic mix of
 *             states; each list endpoint's p50/p99 with 10 concurrent agents, and its plan.
 *
 * Populations are made from complaints filed through the product (bench/scale/population.ts).
 *
 * Environment:
 *   BENCH_PARTS           burst,steady,lists
 *   BENCH_BURSTS          sizes of the PostgreSQL bursts (default 1000,10000,100000)
 *   BENCH_EMBEDDED_BURST  size of the embedded burst (default 10000; 0 to skip)
 *   BENCH_STEADY_RATE     deadlines per second (default 200); BENCH_STEADY_SECONDS (default 60)
 *   BENCH_LIST_SIZE       complaints for the lists on PostgreSQL (default 1000000);
 *                         BENCH_EMBEDDED_LIST_SIZE on the embedded database (default 100000; 0 to skip);
 *                         BENCH_LIST_SECONDS per list (default 10, after a 2 s warm-up)
 *   TEST_DATABASE_URL     the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/test);
 *                         each part works in a database of its own, dropped at the end
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import pg from 'pg';
import type { ManualClock } from '../src/app/clock.ts';
import { DEFAULT_ENGINE, fireDueDeadlines } from '../src/app/fire-due-deadlines.ts';
import type { Db } from '../src/store/db.ts';
import { startTestApp, TEST_START, type Caller, type TestApp } from '../test/helpers/app.ts';
import { Given } from '../test/helpers/given.ts';
import { startAppProcess, stopAppProcess, summarize, type AppProcess } from '../test/helpers/processes.ts';
import { cloneComplaints, instantsIn } from '../test/helpers/population.ts';
import type { GetLoadJob, GetLoadResult } from './get-load-worker.ts';

process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/test';
const PARTS = new Set((process.env.BENCH_PARTS ?? 'burst,steady,lists').split(',').map((p) => p.trim()));
const BURSTS = (process.env.BENCH_BURSTS ?? '1000,10000,100000').split(',').map(Number);
const EMBEDDED_BURST = Number(process.env.BENCH_EMBEDDED_BURST ?? 10_000);
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 200);
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 60);
const LIST_SIZE = Number(process.env.BENCH_LIST_SIZE ?? 1_000_000);
const EMBEDDED_LIST_SIZE = Number(process.env.BENCH_EMBEDDED_LIST_SIZE ?? 100_000);
const LIST_SECONDS = Number(process.env.BENCH_LIST_SECONDS ?? 10);
const HOUR = 3_600_000;
const T0 = new Date(TEST_START);

const began = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - began) / 1000).toFixed(0).padStart(5)} s] ${line}`);

/** The machine's load while measuring, as the brief asks. */
function load(): string {
  const [one, five] = os.loadavg();
  return `load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min) on ${os.cpus().length} cores`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

// --- templates -----------------------------------------------------------------------------------

/**
 * Complaints with one deadline each that falls due by T0 + 49 h, made through the API at T0:
 * waiting on the seller (seller_response, 48 h: refund), waiting for evidence (24 h: closed) and
 * negotiating after a rejection (48 h: escalated).
 */
async function burstTemplates(t: TestApp): Promise<string[]> {
  const given = new Given(t);
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) ids.push((await given.complaint({ category: 'not_received' })).complaint.id);
  for (let i = 0; i < 5; i++) ids.push((await given.complaint({ status: 'awaiting_evidence' })).complaint.id);
  for (let i = 0; i < 5; i++) ids.push((await given.complaint({ status: 'negotiating' })).complaint.id);
  return ids;
}

// --- measurements --------------------------------------------------------------------------------

/** Record, in the firing transaction, when and by which process each deadline was settled. */
async function instrument(db: Db): Promise<void> {
  for (const statement of [
    `create table bench_settled (deadline_id bigint not null, state text not null, app text not null,
       at timestamptz not null)`,
    `create function bench_record_settled() returns trigger language plpgsql as $$
       begin
         insert into bench_settled values (new.id, new.state, current_setting('application_name'), clock_timestamp());
         return new;
       end;
       $$`,
    `create trigger bench_record_settled after update of state on deadlines
       for each row when (old.state = 'pending' and new.state <> 'pending') execute function bench_record_settled()`,
  ])
    await sql.raw(statement).execute(db);
}

/** Median time of one claim of 50 due deadlines (EXPLAIN ANALYZE, in a rolled-back transaction). */
async function claimCost(db: Db, now: Date): Promise<{ ms: number; plan: string }> {
  const times: number[] = [];
  let plan = '';
  for (let i = 0; i < 15; i++) {
    await db
      .transaction()
      .execute(async (tx) => {
        const result = await sql<{ 'QUERY PLAN': string }>`
          explain (analyze, costs off, timing off, summary on)
          select id, complaint_id, kind, due_at from deadlines
          where state = 'pending' and due_at <= ${now}
          order by due_at, id limit 50 for update skip locked`.execute(tx);
        const lines = result.rows.map((r) => r['QUERY PLAN']);
        times.push(Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? Number.NaN));
        plan = lines.filter((l) => !/Planning|Execution/.test(l)).join('\n');
        throw new Rollback();
      })
      .catch((err) => {
        if (!(err instanceof Rollback)) throw err;
      });
  }
  times.sort((a, b) => a - b);
  return { ms: percentile(times, 50), plan };
}
class Rollback extends Error {}

interface ExactlyOnce {
  due: number;
  settledOnce: boolean;
  pendingLeft: number;
  duplicateKeys: number;
  ledgerSum: number;
  outcomes: string;
}

/** Each due deadline settled exactly once, nothing posted twice, the ledger balanced. */
async function checkExactlyOnce(db: Db, due: number): Promise<ExactlyOnce> {
  const counts = await sql<{ n: string; multi: string }>`
    select count(*) as n, count(*) filter (where times > 1) as multi
    from (select deadline_id, count(*) as times from bench_settled group by deadline_id) s`.execute(db);
  const pending = await sql<{ n: string }>`
    select count(*) as n from deadlines where state = 'pending' and due_at <= ${new Date(T0.getTime() + 49 * HOUR)}`.execute(
    db,
  );
  const keys = await sql<{ n: string }>`
    select count(*) as n from (select key from ledger_transactions group by key having count(*) > 1) k`.execute(
    db,
  );
  const sum = await sql<{ s: string }>`select coalesce(sum(amount), 0) as s from ledger_postings`.execute(db);
  const outcomes = await sql<{ status: string; outcome: string | null; n: string }>`
    select status, outcome, count(*) as n from complaints group by 1, 2 order by 3 desc`.execute(db);
  return {
    due,
    settledOnce: Number(counts.rows[0]!.multi) === 0,
    pendingLeft: Number(pending.rows[0]!.n),
    duplicateKeys: Number(keys.rows[0]!.n),
    ledgerSum: Number(sum.rows[0]!.s),
    outcomes: outcomes.rows.map((r) => `${r.status}${r.outcome ? `/${r.outcome}` : ''} ${r.n}`).join(', '),
  };
}

async function waitUntilNoneDue(db: Db, now: Date, timeoutMs: number): Promise<number> {
  const start = performance.now();
  for (;;) {
    const left = await sql<{ n: string }>`
      select count(*) as n from deadlines where state = 'pending' and due_at <= ${now}`.execute(db);
    if (Number(left.rows[0]!.n) === 0) return performance.now() - start;
    if (performance.now() - start > timeoutMs) throw new Error(`${left.rows[0]!.n} deadlines still due`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startTwo(
  url: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ apps: AppProcess[]; dirs: string[] }> {
  const dirs = ['A', 'B'].map((n) => mkdtempSync(path.join(os.tmpdir(), `sepakat-scale-${n}-`)));
  const apps = await Promise.all(
    ['A', 'B'].map((name, i) => startAppProcess(name, url, dirs[i]!, { DEADLINE_POLL_MS: '250', ...env })),
  );
  return { apps, dirs };
}

async function stopTwo({ apps, dirs }: { apps: AppProcess[]; dirs: string[] }): Promise<string[]> {
  await Promise.allSettled(apps.map(stopAppProcess));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return apps.flatMap((a) => a.output).map(summarize);
}

// --- burst ---------------------------------------------------------------------------------------

async function burstOnPostgres(size: number) {
  const t = await startTestApp('postgres');
  const db = t.sepakat.deps.db;
  try {
    const templates = await burstTemplates(t);
    const made = performance.now();
    await cloneComplaints(db, templates, {
      copies: Math.ceil(size / templates.length),
      buyers: Math.max(1, size / 20),
      shops: Math.max(1, size / 200),
      withEvents: true,
      tag: 'b',
    });
    // the templates themselves are part of the burst too
    await sql`delete from bench_settled`.execute(db).catch(() => {});
    await instrument(db);
    const due = Number(
      (await sql<{ n: string }>`select count(*) as n from deadlines where state = 'pending'`.execute(db))
        .rows[0]!.n,
    );
    log(
      `burst ${size}: ${due} deadlines pending, copied in ${((performance.now() - made) / 1000).toFixed(1)} s`,
    );
    const moved = new Date(T0.getTime() + 49 * HOUR);
    const claim = await claimCost(db, moved);
    const processes = await startTwo(t.sepakat.database.url!);
    const loadBefore = load();
    await sql`update app_clock set now = ${moved} where id = 1`.execute(db);
    const ms = await waitUntilNoneDue(db, moved, 30 * 60_000);
    const errors = await stopTwo(processes);
    const check = await checkExactlyOnce(db, due);
    const byApp = await sql<{ app: string; n: string }>`
      select app, count(*) as n from bench_settled group by app order by app`.execute(db);
    return {
      size: due,
      perSecond: Math.round((due / ms) * 1000),
      seconds: ms / 1000,
      claim,
      check,
      errors,
      split: byApp.rows.map((r) => `${r.app.replace('sepakat-', '')}=${r.n}`).join(' '),
      load: loadBefore,
    };
  } finally {
    await t.close();
  }
}

async function burstOnEmbedded(size: number) {
  const t = await startTestApp('embedded');
  const db = t.sepakat.deps.db;
  try {
    const templates = await burstTemplates(t);
    await cloneComplaints(db, templates, {
      copies: Math.ceil(size / templates.length),
      buyers: Math.max(1, size / 20),
      shops: Math.max(1, size / 200),
      withEvents: true,
      tag: 'e',
    });
    await instrument(db);
    const due = Number(
      (await sql<{ n: string }>`select count(*) as n from deadlines where state = 'pending'`.execute(db))
        .rows[0]!.n,
    );
    const moved = new Date(T0.getTime() + 49 * HOUR);
    await sql`update app_clock set now = ${moved} where id = 1`.execute(db);
    await (t.sepakat.clock as ManualClock).refresh();
    const start = performance.now();
    const { fired } = await fireDueDeadlines(t.sepakat.deps, DEFAULT_ENGINE);
    const ms = performance.now() - start;
    const check = await checkExactlyOnce(db, due);
    return { size: due, fired, perSecond: Math.round((due / ms) * 1000), seconds: ms / 1000, check };
  } finally {
    await t.close();
  }
}

/** Statements one firing costs, counted at the driver, in a batch of 50 (the engine’s default). */
async function statementsPerFiring(): Promise<number> {
  const t = await startTestApp('postgres');
  try {
    await t.platform.post('/v1/webhook-endpoints', { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] });
    const templates = await burstTemplates(t);
    await cloneComplaints(t.sepakat.deps.db, templates, { copies: 4, buyers: 20, shops: 5, tag: 'c' });
    await sql`update app_clock set now = ${new Date(T0.getTime() + 49 * HOUR)} where id = 1`.execute(
      t.sepakat.deps.db,
    );
    await (t.sepakat.clock as ManualClock).refresh();
    let statements = 0;
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      const { fired } = await fireDueDeadlines(t.sepakat.deps, DEFAULT_ENGINE);
      return statements / fired;
    } finally {
      pg.Client.prototype.query = query;
    }
  } finally {
    await t.close();
  }
}

async function burstPart(): Promise<void> {
  console.log(`\n## Deadlines falling due at once\n`);
  const perFiring = await statementsPerFiring();
  log(`statements per firing (batches of 50, one webhook endpoint): ${perFiring.toFixed(1)}`);
  const rows: (string | number)[][] = [];
  const plans: string[] = [];
  for (const size of BURSTS) {
    log(`burst of ${size} on PostgreSQL, two processes …`);
    const r = await burstOnPostgres(size);
    rows.push([
      'postgres ×2',
      r.size,
      r.perSecond,
      r.seconds.toFixed(1),
      r.claim.ms.toFixed(3),
      r.check.settledOnce &&
      r.check.pendingLeft === 0 &&
      r.check.duplicateKeys === 0 &&
      r.check.ledgerSum === 0
        ? 'yes'
        : 'NO',
      r.split,
    ]);
    plans.push(`claim with ${r.size} pending:\n${r.claim.plan}`);
    log(`  ${r.perSecond}/s; ${r.load}; outcomes: ${r.check.outcomes}`);
    if (r.errors.length) log(`  the processes logged ${r.errors.length} errors, e.g. ${r.errors[0]}`);
  }
  if (EMBEDDED_BURST > 0) {
    log(`burst of ${EMBEDDED_BURST} on the embedded database, in process …`);
    const r = await burstOnEmbedded(EMBEDDED_BURST);
    rows.push([
      'embedded ×1',
      r.size,
      r.perSecond,
      r.seconds.toFixed(1),
      '',
      r.check.settledOnce &&
      r.check.pendingLeft === 0 &&
      r.check.duplicateKeys === 0 &&
      r.check.ledgerSum === 0
        ? 'yes'
        : 'NO',
      '',
    ]);
    log(`  ${r.perSecond}/s; ${load()}`);
  }
  console.log();
  console.log(
    table(['database', 'due at once', 'fired/s', 'seconds', 'claim ms', 'exactly once', 'fired by'], rows),
  );
  console.log(`\nstatements per firing: ${perFiring.toFixed(1)}\n`);
  for (const plan of plans) console.log(`${plan}\n`);
}

// --- steady load ---------------------------------------------------------------------------------

/**
 * Deadlines falling due one after another at `STEADY_RATE` a second for `STEADY_SECONDS`, with both
 * processes running and the shared manual clock following real time (the bench moves it every
 * 20 ms). The lag of a deadline is when it was settled (the database's wall clock, in the firing
 * transaction) minus when its due time passed in real time.
 */
async function steadyPart(): Promise<void> {
  console.log(`\n## Deadlines falling due steadily\n`);
  const t = await startTestApp('postgres');
  const db = t.sepakat.deps.db;
  try {
    const given = new Given(t);
    const templates: string[] = [];
    for (let i = 0; i < 10; i++)
      templates.push((await given.complaint({ category: 'not_received' })).complaint.id);
    const total = STEADY_RATE * STEADY_SECONDS;
    await cloneComplaints(db, templates, {
      copies: Math.ceil(total / templates.length),
      buyers: Math.max(1, total / 5),
      shops: Math.max(1, total / 100),
      shiftMs: 1000 / STEADY_RATE,
      shiftedTimes: await instantsIn(db, templates),
      tag: 's',
    });
    // Their reminders (24 h and 2 h before) went out long before this window in a steady state.
    await sql`update reminders set state = 'sent' where state = 'pending'`.execute(db);
    await instrument(db);
    const firstDue = new Date(T0.getTime() + 48 * HOUR);
    const base = new Date(firstDue.getTime() - 2_000);
    await sql`update app_clock set now = ${base} where id = 1`.execute(db);
    const processes = await startTwo(t.sepakat.database.url!);
    const loadBefore = load();
    const startedWall = Date.now();
    const lastDue = firstDue.getTime() + total * (1000 / STEADY_RATE);
    let clockNow = base.getTime();
    while (clockNow < lastDue + 1_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      clockNow = base.getTime() + (Date.now() - startedWall);
      await sql`update app_clock set now = ${new Date(clockNow)} where id = 1`.execute(db);
    }
    await waitUntilNoneDue(db, new Date(clockNow), 120_000);
    const errors = await stopTwo(processes);
    const lags = await sql<{ lag: number }>`
      select extract(epoch from (s.at - (${new Date(startedWall)}::timestamptz + (d.due_at - ${base}::timestamptz)))) * 1000 as lag
      from bench_settled s join deadlines d on d.id = s.deadline_id
      order by 1`.execute(db);
    const sorted = lags.rows.map((r) => Number(r.lag));
    const once = await sql<{ multi: string }>`
      select count(*) filter (where n > 1) as multi from (select count(*) as n from bench_settled group by deadline_id) s`.execute(
      db,
    );
    console.log(
      table(
        ['due/s', 'seconds', 'fired', 'lag p50 ms', 'lag p99 ms', 'lag max ms', 'exactly once'],
        [
          [
            STEADY_RATE,
            STEADY_SECONDS,
            sorted.length,
            percentile(sorted, 50).toFixed(0),
            percentile(sorted, 99).toFixed(0),
            sorted.at(-1)!.toFixed(0),
            Number(once.rows[0]!.multi) === 0 && sorted.length >= total ? 'yes' : 'NO',
          ],
        ],
      ),
    );
    log(`steady: ${loadBefore} when it started`);
    if (errors.length) log(`  the processes logged ${errors.length} errors, e.g. ${errors[0]}`);
  } finally {
    await t.close();
  }
}

// --- lists ---------------------------------------------------------------------------------------

const AGENTS = 10;

/**
 * The population of a marketplace's Resolution Center, from templates made through the API:
 * breached escalations (the agent SLA passed), then at T0 + 25 h complaints in every open state
 * and ended ones. `now` is T0 + 25 h.
 */
async function listTemplates(t: TestApp) {
  const given = new Given(t);
  const agent = (i: number): Caller => ({ role: 'agent', id: `agent-${i}` });
  const breached: string[] = [];
  const spread: [string, boolean][] = [
    ['damaged', false],
    ['not_received', false],
    ['missing_items', true],
    ['not_as_described', true],
  ];
  for (const [category, shopIsMall] of spread) {
    const { complaint } = await given.complaint({ status: 'escalated', category, order: { shopIsMall } });
    breached.push(complaint.id);
  }
  await t.as(agent(1)).post(`/v1/complaints/${breached[0]}/assign`, {});
  await t.advance(25);
  const open: string[] = [];
  const terminal: string[] = [];
  for (const category of ['damaged', 'missing_items', 'not_as_described'])
    open.push((await given.complaint({ status: 'awaiting_evidence', category })).complaint.id);
  for (const category of ['not_received', 'damaged', 'missing_items', 'not_received'])
    open.push((await given.complaint({ status: 'awaiting_seller', category })).complaint.id);
  for (const shopIsMall of [false, true, false])
    open.push((await given.complaint({ status: 'negotiating', order: { shopIsMall } })).complaint.id);
  for (const [i, [category, shopIsMall]] of spread.slice(0, 3).entries()) {
    const { complaint } = await given.complaint({ status: 'escalated', category, order: { shopIsMall } });
    if (i === 0) await t.as(agent(2)).post(`/v1/complaints/${complaint.id}/assign`, {});
    if (i === 2) {
      await t.as(agent(3)).post(`/v1/complaints/${complaint.id}/decision`, {
        type: 'refund',
        amount: 100_000,
        reason: 'sebagian',
      });
    }
    open.push(complaint.id);
  }
  for (let i = 0; i < 2; i++) {
    const { complaint, seller } = await given.complaint({
      status: 'awaiting_seller',
      desiredSolution: { type: 'return_refund' },
    });
    const accepted = await t
      .as(seller)
      .post(`/v1/complaints/${complaint.id}/proposals/${complaint.proposals[0].id}/accept`);
    if (accepted.body.status !== 'awaiting_return_shipment') throw new Error(JSON.stringify(accepted.body));
    open.push(complaint.id);
  }
  for (const category of ['not_received', 'damaged', 'missing_items', 'not_received']) {
    const { complaint, seller } = await given.complaint({ status: 'awaiting_seller', category });
    await t.as(seller).post(`/v1/complaints/${complaint.id}/proposals/${complaint.proposals[0].id}/accept`);
    terminal.push(complaint.id);
  }
  for (let i = 0; i < 2; i++) {
    const { complaint, buyer } = await given.complaint({ status: 'negotiating' });
    await t.as(buyer).post(`/v1/complaints/${complaint.id}/withdraw`, { reason: 'sudah selesai' });
    terminal.push(complaint.id);
  }
  return { breached, open, terminal };
}

interface Endpoint {
  name: string;
  paths: { path: string; token: string }[];
}

async function buildListPopulation(t: TestApp, size: number) {
  const db = t.sepakat.deps.db;
  const templates = await listTemplates(t);
  const all = [...templates.breached, ...templates.open, ...templates.terminal];
  const times = await instantsIn(db, all);
  const DAY = 24 * HOUR;
  const groups = [
    { ids: templates.terminal, share: 0.85, span: 60 * DAY, tag: 't' },
    { ids: templates.open, share: 0.148, span: 20 * HOUR, tag: 'o' },
    { ids: templates.breached, share: 0.002, span: 20 * HOUR, tag: 'x' },
  ];
  const bigShop = Math.round(size * 0.05);
  for (const g of groups) {
    const count = Math.round((size - bigShop) * g.share);
    const copies = Math.max(1, Math.round(count / g.ids.length));
    await cloneComplaints(db, g.ids, {
      copies,
      buyers: Math.max(1, Math.round(size / 4)),
      shops: 2_000,
      shiftMs: -g.span / (copies * g.ids.length),
      shiftedTimes: times,
      tag: g.tag,
      onProgress: (done, total) => log(`  ${g.tag}: ${done}/${total}`),
    });
  }
  // one big shop: 5 % of the complaints, in the mix of the open and ended ones
  const bigShopMix = [...templates.open, ...templates.terminal];
  await cloneComplaints(db, bigShopMix, {
    copies: Math.max(1, Math.round(bigShop / bigShopMix.length)),
    buyers: Math.max(1, Math.round(size / 4)),
    shops: 1,
    shiftMs: (-20 * HOUR) / bigShop,
    shiftedTimes: times,
    tag: 'big',
  });
  const count = await sql<{ n: string }>`select count(*) as n from complaints`.execute(db);
  return Number(count.rows[0]!.n);
}

async function tokensFor(t: TestApp, callers: Caller[]): Promise<string[]> {
  return Promise.all(
    callers.map(async (c) => {
      const res = await t.sepakat.server.inject({
        method: 'POST',
        url: '/v1/dev/login',
        payload: { userId: c.id, role: c.role, ...(c.shopId ? { shopId: c.shopId } : {}) },
      });
      return JSON.parse(res.body).token as string;
    }),
  );
}

async function endpoints(t: TestApp): Promise<Endpoint[]> {
  const db = t.sepakat.deps.db;
  const agents = await tokensFor(
    t,
    Array.from({ length: AGENTS }, (_, i) => ({ role: 'agent', id: `agent-${i + 1}` })),
  );
  const asAgents = (path: string) => agents.map((token) => ({ path, token }));
  const sample = async (column: 'shop_id' | 'buyer_id', n: number) =>
    (
      await sql<{ v: string }>`select ${sql.ref(column)} as v from complaints
        where id like 'o%' order by md5(id) limit ${n}`.execute(db)
    ).rows.map((r) => r.v);
  const shops = await sample('shop_id', 50);
  const buyers = await sample('buyer_id', 50);
  const shopTokens = await tokensFor(
    t,
    shops.map((shopId) => ({ role: 'seller', id: `seller-${shopId}`, shopId })),
  );
  const bigShopToken = (await tokensFor(t, [{ role: 'seller', id: 'seller-big', shopId: 'bsr-big0' }]))[0]!;
  const buyerTokens = await tokensFor(
    t,
    buyers.map((id) => ({ role: 'buyer', id })),
  );
  const running =
    'awaiting_evidence,awaiting_seller,negotiating,escalated,awaiting_return_shipment,return_in_transit,return_inspection,awaiting_seller_shipment,seller_shipment_in_transit';
  const inbox = `/v1/complaints?sort=deadline&limit=20&status=${running}`;
  return [
    { name: 'queue, first page', paths: asAgents('/v1/agent/queue') },
    { name: 'queue, mine', paths: asAgents('/v1/agent/queue?assignee=me') },
    { name: 'queue, a category', paths: asAgents('/v1/agent/queue?category=missing_items') },
    {
      name: 'queue, unassigned Mall',
      paths: asAgents('/v1/agent/queue?assignee=unassigned&program=garansi_7_hari'),
    },
    {
      name: 'agents: escalated by deadline',
      paths: asAgents('/v1/complaints?sort=deadline&status=escalated'),
    },
    {
      name: 'agents: 2 statuses by deadline',
      paths: asAgents('/v1/complaints?sort=deadline&status=awaiting_seller,negotiating'),
    },
    { name: 'agents: resolved, newest', paths: asAgents('/v1/complaints?status=resolved') },
    { name: 'seller inbox (500 complaints)', paths: shopTokens.map((token) => ({ path: inbox, token })) },
    {
      name: 'seller: needs action',
      paths: shopTokens.map((token) => ({ path: `${inbox}&waitingOn=seller`, token })),
    },
    { name: 'seller inbox (big shop)', paths: [{ path: inbox, token: bigShopToken }] },
    {
      name: 'buyer: my complaints',
      paths: buyerTokens.map((token) => ({ path: '/v1/complaints?limit=20', token })),
    },
  ];
}

function runLoad(job: GetLoadJob): Promise<GetLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./get-load-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** The statements one request runs, as the database plans and runs them (PostgreSQL). */
async function plansOf(t: TestApp, e: Endpoint): Promise<string[]> {
  const captured: { text: string; values: unknown[] }[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [q, values] = args as [{ text?: string; values?: unknown[] } | string, unknown[] | undefined];
    const text = typeof q === 'string' ? q : (q.text ?? '');
    if (/from "?(complaints|compensation_claims)/.test(text))
      captured.push({ text, values: (typeof q === 'string' ? values : q.values) ?? [] });
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    const { path, token } = e.paths[0]!;
    await t.sepakat.server.inject({
      method: 'GET',
      url: path,
      headers: { authorization: `Bearer ${token}` },
    });
  } finally {
    pg.Client.prototype.query = query;
  }
  const client = new pg.Client({ connectionString: t.sepakat.database.url! });
  await client.connect();
  try {
    const plans: string[] = [];
    for (const c of captured) {
      const result = await client.query(`explain (analyze, costs off, summary on) ${c.text}`, c.values);
      plans.push(result.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
    return plans;
  } finally {
    await client.end();
  }
}

async function listsOn(backend: 'postgres' | 'embedded', size: number): Promise<void> {
  const t = await startTestApp(backend, { DATABASE_POOL_SIZE: '10' });
  try {
    const built = performance.now();
    const total = await buildListPopulation(t, size);
    const stats = await sql<{ status: string; n: string }>`
      select status, count(*) as n from complaints group by 1 order by 2 desc`.execute(t.sepakat.deps.db);
    log(
      `${backend}: ${total} complaints in ${((performance.now() - built) / 1000).toFixed(0)} s: ${stats.rows
        .map((r) => `${r.status} ${r.n}`)
        .join(', ')}`,
    );
    // The bulk load leaves gigabytes of dirty pages: write them out now rather than while measuring.
    if (backend === 'postgres') await sql`checkpoint`.execute(t.sepakat.deps.db);
    await t.sepakat.server.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.sepakat.server.server.address() as AddressInfo;
    const rows: (string | number)[][] = [];
    const plans: string[] = [];
    for (const e of await endpoints(t)) {
      const job = { url: `http://127.0.0.1:${port}`, connections: AGENTS, paths: e.paths };
      await runLoad({ ...job, seconds: 2 }); // warm-up
      const r = await runLoad({ ...job, seconds: LIST_SECONDS });
      const statuses = Object.entries(r.statusCounts)
        .map(([code, n]) => `${code}×${n}`)
        .join(' ');
      rows.push([e.name, Math.round(r.perSecond), r.p50, r.p99, r.max, statuses]);
      log(`  ${e.name}: p50 ${r.p50} ms, p99 ${r.p99} ms (${load()})`);
      if (backend === 'postgres') {
        for (const plan of await plansOf(t, e)) plans.push(`${e.name}:\n${plan}`);
      }
    }
    console.log(`\n${backend}, ${total} complaints, ${AGENTS} connections, ${LIST_SECONDS} s each:\n`);
    console.log(table(['list', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'statuses'], rows));
    for (const plan of plans) console.log(`\n${plan}`);
  } finally {
    await t.close();
  }
}

async function listsPart(): Promise<void> {
  console.log(`\n## Lists at scale\n`);
  await listsOn('postgres', LIST_SIZE);
  if (EMBEDDED_LIST_SIZE > 0) await listsOn('embedded', EMBEDDED_LIST_SIZE);
}

// --- main ----------------------------------------------------------------------------------------

console.log(`# bench:scale — ${new Date().toISOString()}; ${load()}`);
if (PARTS.has('burst')) await burstPart();
if (PARTS.has('steady')) await steadyPart();
if (PARTS.has('lists')) await listsPart();
console.log(`\nbench:scale took ${((performance.now() - began) / 1000).toFixed(0)} s; ${load()}`);
