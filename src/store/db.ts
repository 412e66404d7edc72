import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or an open transaction: repositories take whichever the use case holds. */
export type Executor = Db | Tx;

const INT8_OID = 20;

/** bigint columns hold minor units; they come back as numbers, and never beyond the safe range. */
function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} is outside the safe integer range`);
  return n;
}

export interface OpenedDatabase {
  db: Db;
  kind: 'embedded' | 'postgres';
  /** The embedded engine itself (e.g. to dump a template in tests); absent for PostgreSQL. */
  pglite?: PGlite;
  /** PostgreSQL's connection string (the job queue opens its own pool); absent for the embedded database. */
  url?: string;
  close(): Promise<void>;
}

export class DatabaseLockedError extends Error {}

/**
 * The embedded database (PGlite) in `dataDir`. PGlite does not stop a second process from opening
 * the same directory and silently loses writes when it happens, so we hold a lock file and refuse.
 */
export async function openEmbedded(dataDir: string): Promise<OpenedDatabase> {
  const dir = path.resolve(dataDir, 'db');
  mkdirSync(dir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: path.resolve(dataDir, 'db.lock'),
      stale: 10_000,
      update: 2_000,
      retries: 0,
      onCompromised: (err) => {
        console.error(`the embedded database lock was lost (${err.message}); stopping to protect the data`);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DatabaseLockedError(
        `The embedded database in ${dir} is in use by another Sepakat process. Stop it first, or set DATA_DIR ` +
          `to another folder (or DATABASE_URL to use PostgreSQL, where several processes may share one database).`,
      );
    }
    throw err;
  }
  const pglite = await PGlite.create({ dataDir: dir, parsers: { [INT8_OID]: parseInt8 } });
  return embedded(pglite, release);
}

/** An embedded database in memory, or loaded from a dump (tests). */
export async function openInMemory(loadDataDir?: Blob | File): Promise<OpenedDatabase> {
  const pglite = await PGlite.create({
    parsers: { [INT8_OID]: parseInt8 },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  return embedded(pglite, async () => {});
}

function embedded(pglite: PGlite, release: () => Promise<void>): OpenedDatabase {
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  let closed = false;
  return {
    db,
    kind: 'embedded',
    pglite,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      await release();
    },
  };
}

export function openPostgres(connectionString: string, poolSize = 10): OpenedDatabase {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8_OID
          ? parseInt8
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', (err) => console.error(`postgres pool error: ${err.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    kind: 'postgres',
    url: connectionString,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Run pending migrations. Kysely's migrator holds an advisory lock, so instances starting together are safe. */
export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
