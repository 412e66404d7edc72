import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ManualClock, SystemClock, type Clock } from './app/clock.ts';
import type { AppDeps } from './app/deps.ts';
import { ConfigCache } from './app/config-cache.ts';
import { backfillListRows } from './app/backfill-list-rows.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { seedDemoData } from './demo/seed.ts';
import { LocalFileStore } from './files/local-file-store.ts';
import { Authenticator } from './http/auth.ts';
import { buildServer } from './http/server.ts';
import { startDeadlineWorker, type Worker } from './jobs/deadline-worker.ts';
import { startHousekeeping } from './jobs/housekeeping.job.ts';
import { smtpMailer } from './jobs/smtp-mailer.ts';
import { startJobQueue } from './jobs/job-queue.ts';
import {
  DatabaseLockedError,
  migrate,
  openEmbedded,
  openPostgres,
  pendingMigrations,
  type OpenedDatabase,
} from './store/db.ts';
import { ensureDefaultPolicy } from './store/policy.repository.ts';
import { listenForConfigChanges } from './store/config-changes.ts';
import { sql } from 'kysely';

const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

/** The web app as `npm run build:web` leaves it (npm start builds it first), or null when not built. */
function builtWebApp(): string | null {
  const dist = fileURLToPath(new URL('../web/dist/', import.meta.url));
  return existsSync(path.join(dist, 'index.html')) ? dist : null;
}

export interface Sepakat {
  server: FastifyInstance;
  deps: AppDeps;
  worker: Worker | null;
  database: OpenedDatabase;
  clock: Clock;
  /** Stop taking work, finish what is in flight, close the database (and release its lock). */
  close(): Promise<void>;
}

/**
 * The composition root: the only place that wires adapters together. Tests call it with an
 * already opened database; `npm start` calls it through `main()` below.
 */
export async function assemble(
  config: Config,
  opts: {
    database?: OpenedDatabase;
    startWorker?: boolean;
    startWebhookWorker?: boolean;
    /** Where the built web app is; default web/dist when it was built. */
    webRoot?: string | null;
  } = {},
): Promise<Sepakat> {
  const database =
    opts.database ??
    (config.databaseUrl
      ? openPostgres(config.databaseUrl, config.databasePoolSize)
      : await openEmbedded(config.dataDir));
  const { db } = database;
  await migrate(db);
  await backfillListRows(db);
  await ensureDefaultPolicy(db, new Date());
  const manualClock =
    config.clock === 'manual' ? await ManualClock.open(db, config.clockStart ?? new Date()) : null;
  const clock: Clock = manualClock ?? new SystemClock();
  const files = new LocalFileStore(config.filesDir);
  await files.init();
  const configCache = new ConfigCache({ isTrusted: false });
  const deps: AppDeps = {
    db,
    clock,
    config: configCache,
    files,
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null,
  };
  if (config.seedDemoData) await seedDemoData(deps);

  let worker: Worker | null = null;
  let isWebhookWorkerRunning = false;
  const server = await buildServer({
    deps,
    auth: new Authenticator(config),
    mode: config.mode,
    manualClock,
    logLevel: config.logLevel,
    // A hard ceiling for any upload; the policy's per-kind limits (which an operator may raise) are
    // enforced while the bytes stream in.
    maxUploadBytes: MAX_UPLOAD_BYTES,
    webRoot: opts.webRoot === undefined ? builtWebApp() : opts.webRoot,
    readiness: async () => {
      const checks: Record<string, { ok: boolean; detail?: string }> = {};
      try {
        await sql`select 1`.execute(db);
        checks.database = { ok: true };
        const pending = await pendingMigrations(db);
        checks.migrations = pending.length
          ? { ok: false, detail: `pending: ${pending.join(', ')}` }
          : { ok: true };
      } catch (err) {
        checks.database = { ok: false, detail: (err as Error).message };
      }
      checks.deadlineWorker =
        worker?.isRunning || opts.startWorker === false ? { ok: true } : { ok: false, detail: 'not running' };
      checks.webhookWorker =
        isWebhookWorkerRunning || (opts.startWorker === false && !opts.startWebhookWorker)
          ? { ok: true }
          : { ok: false, detail: 'not running' };
      return { ready: Object.values(checks).every((c) => c.ok), checks };
    },
  });
  deps.log = server.log;
  // Until it listens, the config cache is not trusted and every read goes to the database.
  const configListener = await listenForConfigChanges(database, {
    onChange: () => configCache.invalidate(),
    onListening: (isListening) => configCache.setTrusted(isListening),
    log: server.log,
  });
  const housekeeping = startHousekeeping(db, server.log);
  const queue = await startJobQueue(
    database,
    { retryDelaySeconds: config.webhookRetryDelaySeconds, retryLimit: config.webhookRetryLimit },
    server.log,
  );
  deps.jobs = queue.jobs;
  if (opts.startWorker !== false || opts.startWebhookWorker) {
    await queue.startWorkers(deps);
    isWebhookWorkerRunning = true;
  }
  if (opts.startWorker !== false) {
    worker = startDeadlineWorker(deps, {
      pollMs: config.deadlinePollMs,
      engine: { batchSize: config.deadlineBatchSize, concurrency: config.deadlineConcurrency },
      manualClock,
      log: server.log,
    });
  }
  let closing: Promise<void> | null = null;
  return {
    server,
    deps,
    worker,
    database,
    clock,
    close() {
      closing ??= (async () => {
        await server.close();
        housekeeping.stop();
        await worker?.stop();
        await queue.stop();
        await configListener.stop();
        await database.close();
      })();
      return closing;
    },
  };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`sepakat: configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  let app: Sepakat;
  try {
    app = await assemble(config);
  } catch (err) {
    if (err instanceof DatabaseLockedError) {
      console.error(`sepakat: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const shutdown = async (signal: string) => {
    app.server.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await app.server.listen({ port: config.port, host: config.host });
  const { port } = app.server.server.address() as AddressInfo;
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  app.server.log.info(
    { port },
    `Sepakat (${config.mode} mode) on http://localhost:${port} — the web app at /, API docs at /docs; using ${where}`,
  );
}

if (import.meta.main) await main();
