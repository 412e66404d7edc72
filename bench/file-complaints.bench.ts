/**
 * `npm run bench`: complaints filed over HTTP at 50 concurrent connections, against the embedded
 * database and against PostgreSQL, beside a bare endpoint that does one INSERT on the same database
 * in the same process and run. Results and how to read them: docs/benchmarks.md.
 *
 * The app is assembled in process (demo mode, no seed data, no deadline worker) and listens on an
 * ephemeral port on 127.0.0.1; autocannon runs in a worker thread (bench/load-worker.ts) and sends
 * real HTTP over loopback. Every filing is valid: each request files on its own delivered order with
 * its own buyer's token, so a 201 is expected and anything else is counted and shown.
 *
 * Environment:
 *   BENCH_SECONDS          measured seconds per scenario (default 10)
 *   BENCH_WARMUP_SECONDS   unmeasured warm-up before each scenario (default 2; 0 for none)
 *   BENCH_CONNECTIONS      concurrent connections (default 50)
 *   BENCH_BACKENDS         embedded,postgres (default both)
 *   BENCH_CLOCK            system (default) or manual. The manual clock re-reads its time from the
 *                          database on every request (two statements), which would also be added to
 *                          the bare INSERT; the system clock is what production runs.
 *   TEST_DATABASE_URL      PostgreSQL server for a throwaway database (default
 *                          postgres://postgres@127.0.0.1:5432/test); skipped with a note if unreachable
 *   DATABASE_POOL_SIZE     connections to PostgreSQL (default 10, as the app)
 * DATABASE_URL is not read: the bench only ever writes to a database it created.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { sql, type Generated } from 'kysely';
import pg from 'pg';
import { upsertOrder } from '../src/app/upsert-order.ts';
import { loadConfig } from '../src/config.ts';
import type { Order } from '../src/domain/order.ts';
import { Authenticator } from '../src/http/auth.ts';
import { assemble, type Sepakat } from '../src/main.ts';
import type { OpenedDatabase } from '../src/store/db.ts';
import { openTestDatabase, type Backend } from '../test/helpers/databases.ts';
import type { LoadJob, LoadResult } from './load-worker.ts';

const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
const HOUR = 3_600_000;

function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    console.error(`bench: ${name} must be a number ≥ ${min} (got ${JSON.stringify(raw)})`);
    process.exit(1);
  }
  return value;
}

const SECONDS = numberFromEnv('BENCH_SECONDS', 10, 1);
const WARMUP_SECONDS = numberFromEnv('BENCH_WARMUP_SECONDS', 2, 0);
const CONNECTIONS = Math.round(numberFromEnv('BENCH_CONNECTIONS', 50, 1));
const CLOCK = process.env.BENCH_CLOCK ?? 'system';
if (CLOCK !== 'system' && CLOCK !== 'manual') {
  console.error(`bench: BENCH_CLOCK must be system or manual (got ${JSON.stringify(CLOCK)})`);
  process.exit(1);
}
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'embedded,postgres')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
for (const b of BACKENDS) {
  if (b !== 'embedded' && b !== 'postgres') {
    console.error(`bench: BENCH_BACKENDS lists embedded and/or postgres (got ${JSON.stringify(b)})`);
    process.exit(1);
  }
}
process.env.TEST_DATABASE_URL ||= DEFAULT_TEST_DATABASE_URL;

type Scenario = LoadJob['scenario'];
const SCENARIO_LABEL: Record<Scenario, string> = {
  'file-complaint': 'file complaint',
  'bare-insert': 'bare insert',
};

interface Row {
  backend: Backend;
  scenario: Scenario;
  result: LoadResult;
  /** 201 responses per second over the measured run. */
  rate: number;
  /** Share of the run the server's event loop (this process's main thread) was busy. */
  loopBusy: number;
  /** Share of the machine's CPU time (all cores, all processes) that was busy during the run; null off Linux. */
  machineBusy: number | null;
}

/** Busy and total CPU time of the whole machine so far (Linux /proc/stat), or null. */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** The bench's own table, written by the bench-only route. */
type BenchTables = {
  bench_rows: { id: Generated<number>; payload: string; created_at: Generated<Date> };
};

function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { workerData: job });
    let result: LoadResult | undefined;
    worker.once('message', (message: LoadResult) => {
      result = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`the load worker exited (code ${code}) without a result`)),
    );
  });
}

function created(result: LoadResult): number {
  return result.statusCounts['201'] ?? 0;
}

/** Register the bench-only routes on the app's Fastify instance (before it listens). */
function addBenchRoutes(app: Sepakat): void {
  const db = app.deps.db.withTables<BenchTables>();
  app.server.post('/bench/insert', async (request, reply) => {
    const body = request.body as { payload?: unknown } | null;
    const row = await db
      .insertInto('bench_rows')
      .values({ payload: String(body?.payload ?? '') })
      .returning('id')
      .executeTakeFirstOrThrow();
    return reply.code(201).send({ id: row.id });
  });
  // The load worker sends this once it has run out of orders (see load-worker.ts).
  app.server.get('/bench/exhausted', async (_request, reply) =>
    reply.code(503).send({ error: 'the benchmark ran out of orders' }),
  );
}

/** `n` delivered orders (delivered 1 h before the clock), each with its own buyer, through the use case. */
async function createOrders(
  app: Sepakat,
  auth: Authenticator,
  n: number,
): Promise<{ orderId: string; token: string }[]> {
  const run = randomBytes(4).toString('hex');
  const out: { orderId: string; token: string }[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const now = app.clock.now().getTime();
      const order: Order = {
        id: `o-bench-${run}-${i}`,
        buyerId: `u-bench-${run}-${i}`,
        shopId: `s-bench-${i % 50}`,
        shopIsMall: false,
        currency: 'IDR',
        items: [{ lineId: 'l1', sku: 'SPT-1', name: 'Sepatu Lari', unitPrice: 500_000, quantity: 1 }],
        shippingCost: 20_000,
        shippingPromoUsed: false,
        shippingInsurance: false,
        courier: 'jne',
        trackingNumber: `JNE${run}${i}`,
        status: 'delivered',
        shippedAt: new Date(now - 72 * HOUR),
        deliveredAt: new Date(now - HOUR),
        receivedConfirmedAt: null,
      };
      await upsertOrder(app.deps, order);
      out[i] = { orderId: order.id, token: await auth.issue({ userId: order.buyerId, role: 'buyer' }) };
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return out;
}

async function postgresReachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return (err as Error).message || String(err);
  } finally {
    await client.end().catch(() => {});
  }
}

async function benchBackend(backend: Backend): Promise<Row[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sepakat-bench-'));
  const config = loadConfig({
    SEPAKAT_MODE: 'demo',
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    SEPAKAT_CLOCK: CLOCK,
    DATA_DIR: dataDir,
    ...(process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}),
  });
  const started = Date.now();
  // Embedded: the app opens PGlite on disk in DATA_DIR, as `npm start` does. PostgreSQL: a fresh
  // throwaway database (copied from the test helper's migrated template), dropped at the end.
  const database =
    backend === 'postgres'
      ? await openTestDatabase('postgres', { poolSize: config.databasePoolSize })
      : undefined;
  let app: Sepakat;
  try {
    // The bench closes the PostgreSQL database itself (see closeThrowaway), not through app.close().
    app = await assemble(
      config,
      database
        ? { database: { ...database, close: async () => {} }, startWorker: false }
        : { startWorker: false },
    );
  } catch (err) {
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const rows: Row[] = [];
  try {
    const { db } = app.deps;
    const version = (await sql<{ version: string }>`select version()`.execute(db)).rows[0]!.version;
    console.log(
      `\n== ${backend}: ${version.split(' on ')[0]}` +
        (backend === 'postgres' ? `, pool ${config.databasePoolSize}` : ` in ${dataDir}`) +
        ` (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    await sql`create table if not exists bench_rows (
      id bigserial primary key,
      payload text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
    addBenchRoutes(app);
    const address = await app.server.listen({ port: 0, host: '127.0.0.1' });
    const auth = new Authenticator(config);

    // Orders not yet handed to a request; whatever a run touched is never reused.
    let pool: { orderId: string; token: string }[] = [];
    const topUp = async (needed: number) => {
      if (pool.length >= needed) return;
      const t = Date.now();
      const more = await createOrders(app, auth, needed - pool.length);
      pool = pool.concat(more);
      console.log(`   created ${more.length} orders in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    };
    const load = async (scenario: Scenario, seconds: number): Promise<Row> => {
      const loop0 = performance.eventLoopUtilization();
      const cpu0 = machineCpu();
      const result = await runLoad({
        url: address,
        connections: CONNECTIONS,
        seconds,
        scenario,
        orders: scenario === 'file-complaint' ? pool : [],
      });
      const loopBusy = performance.eventLoopUtilization(loop0).utilization;
      const cpu1 = machineCpu();
      if (scenario === 'file-complaint') pool = pool.slice(result.ordersUsed);
      return {
        backend,
        scenario,
        result,
        rate: created(result) / result.seconds,
        loopBusy,
        machineBusy: cpu0 && cpu1 ? (cpu1.busy - cpu0.busy) / Math.max(1, cpu1.total - cpu0.total) : null,
      };
    };

    // Filing. The warm-up also tells how many orders the measured run needs (×2, and doubled
    // again if it still runs out).
    let estimate = 300;
    if (WARMUP_SECONDS > 0) {
      await topUp(Math.ceil(estimate * WARMUP_SECONDS * 1.5) + 4 * CONNECTIONS);
      const warm = await load('file-complaint', WARMUP_SECONDS);
      estimate = Math.max(50, warm.rate);
      console.log(`   warm-up, file complaint: ${Math.round(warm.rate)}/s`);
    }
    let needed = Math.ceil(estimate * SECONDS * 2) + 4 * CONNECTIONS;
    for (let attempt = 1; ; attempt++) {
      await topUp(needed);
      const filing = await load('file-complaint', SECONDS);
      if (!filing.result.exhausted || attempt === 3) {
        rows.push(filing);
        break;
      }
      console.log(`   ran out of orders after ${filing.result.ordersUsed}; running again with twice as many`);
      needed = 2 * needed;
    }

    // The bare INSERT, on the same database and server.
    if (WARMUP_SECONDS > 0) await load('bare-insert', WARMUP_SECONDS);
    rows.push(await load('bare-insert', SECONDS));

    const stored = await sql<{ complaints: number; rows: number }>`
      select (select count(*) from complaints)::int as complaints, (select count(*) from bench_rows)::int as rows`.execute(
      db,
    );
    const s = stored.rows[0]!;
    console.log(`   stored: ${s.complaints} complaints, ${s.rows} bench rows (warm-ups included)`);
    for (const row of rows) printRow(row);
  } finally {
    await app.close();
    if (database) await closeThrowaway(database);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * Drop the throwaway PostgreSQL database. The helper's close ends the pool and drops the database
 * `with (force)` at once, but pg's pool.end() does not wait for the server to see its connections
 * go, so the drop can terminate them and each prints a pool error. Wait for them to go first.
 */
async function closeThrowaway(database: OpenedDatabase & { url?: string }): Promise<void> {
  await database.db.destroy();
  const name = database.url ? new URL(database.url).pathname.slice(1) : null;
  if (name) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    try {
      await admin.connect();
      for (let i = 0; i < 40; i++) {
        const left = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
          name,
        ]);
        if (left.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await admin.end();
    }
  }
  await database.close();
}

function printRow(row: Row): void {
  const r = row.result;
  const others = Object.entries(r.statusCounts).filter(([code]) => code !== '201');
  console.log(
    `   ${SCENARIO_LABEL[row.scenario]}: ${created(r)} × 201 in ${r.seconds} s` +
      (others.length ? `; other statuses: ${others.map(([c, n]) => `${n} × ${c}`).join(', ')}` : '') +
      (r.errors ? `; ${r.errors} connection errors (${r.timeouts} timeouts)` : '') +
      (r.exhausted ? '; RAN OUT OF ORDERS' : ''),
  );
}

function table(rows: Row[]): string {
  const header = [
    'backend',
    'scenario',
    'requests/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'server loop busy',
    'machine CPU busy',
  ];
  const body = rows.map((row) => {
    const r = row.result;
    const non201 = Object.entries(r.statusCounts)
      .filter(([code]) => code !== '201')
      .reduce((sum, [, n]) => sum + n, 0);
    return [
      row.backend,
      SCENARIO_LABEL[row.scenario],
      row.rate.toFixed(0),
      String(r.p50),
      String(r.p99),
      String(non201 + r.errors) + (r.exhausted ? ' (ran out of orders)' : ''),
      `${(100 * row.loopBusy).toFixed(0)} %`,
      row.machineBusy === null ? 'n/a' : `${(100 * row.machineBusy).toFixed(0)} %`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((line) => line[i]!.length)));
  const numeric = [false, false, true, true, true, true, true, true];
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}`;
  return [line(header), `${rule}|`, ...body.map(line)].join('\n');
}

/** How busy the machine is (other processes skew the figures): CPU over one second, and load average. */
async function machineLoad(): Promise<string> {
  const before = machineCpu();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = machineCpu();
  const cpu =
    before && after
      ? `CPU ${((100 * (after.busy - before.busy)) / Math.max(1, after.total - before.total)).toFixed(0)} % busy over 1 s, `
      : '';
  return `${cpu}load average ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`;
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(
    [
      `Sepakat filing benchmark — ${new Date().toISOString()}`,
      `node ${process.version}, ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? 'unknown'}), ` +
        `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
      `${CONNECTIONS} connections, ${SECONDS} s per scenario after ${WARMUP_SECONDS} s warm-up, ` +
        `${CLOCK} clock, HTTP on 127.0.0.1, load generator in a worker thread of this process`,
      `machine before: ${await machineLoad()} (other processes on the machine skew the figures)`,
    ].join('\n'),
  );

  const rows: Row[] = [];
  const notes: string[] = [];
  for (const backend of BACKENDS as Backend[]) {
    if (backend === 'postgres') {
      const url = process.env.TEST_DATABASE_URL!;
      const problem = await postgresReachable(url);
      if (problem) {
        const where = new URL(url);
        const note = `PostgreSQL skipped: ${where.host} is unreachable (${problem}); set TEST_DATABASE_URL.`;
        console.log(`\n== ${note}`);
        notes.push(note);
        continue;
      }
    }
    rows.push(...(await benchBackend(backend)));
  }

  console.log(`\n${table(rows)}\n`);
  for (const backend of BACKENDS) {
    const filing = rows.find((r) => r.backend === backend && r.scenario === 'file-complaint');
    const bare = rows.find((r) => r.backend === backend && r.scenario === 'bare-insert');
    if (filing && bare && bare.rate > 0) {
      console.log(
        `${backend}: filing a complaint runs at ${((100 * filing.rate) / bare.rate).toFixed(0)} % of the bare INSERT rate ` +
          `(${filing.rate.toFixed(0)} vs ${bare.rate.toFixed(0)} requests/s)`,
      );
    }
  }
  for (const note of notes) console.log(note);
  console.log(`machine after: ${await machineLoad()}`);
  console.log(
    [
      'requests/s counts 201 responses only; latency is of the 2xx responses; errors = non-201 + connection errors;',
      'server loop busy = event-loop utilisation of the server thread; machine CPU busy = all cores, all processes',
      '(the load generator and PostgreSQL included).',
    ].join('\n'),
  );
}

await main();
