import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, openInMemory, openPostgres, type OpenedDatabase } from '../../src/store/db.ts';

export type Backend = 'embedded' | 'postgres';

/** The embedded database always; PostgreSQL too when TEST_DATABASE_URL is set (always in CI). */
export function backends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];
}

/** Templates are keyed by the migrations, so a new migration makes new templates. */
const migrationsDir = new URL('../../src/store/migrations/', import.meta.url);
const schemaHash = (() => {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationsDir).sort())
    hash.update(name).update(readFileSync(new URL(name, migrationsDir)));
  return hash.digest('hex').slice(0, 12);
})();

/**
 * A migrated embedded database. Creating and migrating one takes seconds, so the first test
 * process dumps a migrated template to the temp folder and every test database loads from it.
 */
async function openEmbeddedTest(): Promise<OpenedDatabase> {
  const file = path.join(os.tmpdir(), `sepakat-test-template-${schemaHash}.tgz`);
  if (!existsSync(file)) {
    const fresh = await openInMemory();
    await migrate(fresh.db);
    const dump = await fresh.pglite!.dumpDataDir('gzip');
    await fresh.close();
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file); // atomic: a concurrent test process sees the whole file or none
  }
  return openInMemory(new Blob([readFileSync(file)]));
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `TEST_DATABASE_URL is set but PostgreSQL is unreachable (${(err as Error).message}); the suite cannot run its PostgreSQL half.`,
      { cause: err },
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A fresh PostgreSQL database copied from a migrated template; dropped on close. */
async function openPostgresTest(poolSize: number): Promise<OpenedDatabase & { url: string }> {
  const base = process.env.TEST_DATABASE_URL!;
  const template = `sepakat_tpl_${schemaHash}`;
  const name = `sepakat_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(base, async (client) => {
    // One process at a time builds the template and copies from it (a copy needs the template idle).
    await client.query('select pg_advisory_lock(774411)');
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount === 0) {
        await client.query(`create database ${template}`);
        const built = openPostgres(urlFor(base, template), 1);
        try {
          await migrate(built.db);
        } catch (err) {
          await built.close();
          await client.query(`drop database ${template} with (force)`);
          throw err;
        }
        await built.close();
      }
      await client.query(`create database ${name} template ${template}`);
    } finally {
      await client.query('select pg_advisory_unlock(774411)');
    }
  });
  const url = urlFor(base, name);
  const opened = openPostgres(url, poolSize);
  return {
    ...opened,
    url,
    async close() {
      await opened.close();
      await withAdmin(base, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

export async function openTestDatabase(
  backend: Backend,
  opts: { poolSize?: number } = {},
): Promise<OpenedDatabase & { url?: string }> {
  return backend === 'postgres' ? openPostgresTest(opts.poolSize ?? 10) : openEmbeddedTest();
}
