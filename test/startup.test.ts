import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.ts';
import { assemble } from '../src/main.ts';
import { DatabaseLockedError, openEmbedded, openPostgres } from '../src/store/db.ts';
import { openTestDatabase } from './helpers/databases.ts';

describe('start-up', () => {
  it('creates missing folders and refuses a second process on the same embedded database', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sepakat-lock-'));
    const dataDir = path.join(root, 'nested', 'data');
    const first = await openEmbedded(dataDir);
    try {
      assert.ok(existsSync(path.join(dataDir, 'db')));
      await assert.rejects(
        openEmbedded(dataDir),
        (err: unknown) =>
          err instanceof DatabaseLockedError &&
          /in use by another Sepakat process/.test((err as Error).message),
      );
    } finally {
      await first.close();
    }
    // released on close: it opens again
    const again = await openEmbedded(dataDir);
    await again.close();
    rmSync(root, { recursive: true, force: true });
  });

  it(
    'two instances starting at once on a fresh PostgreSQL database both come up',
    { skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' },
    async () => {
      // A database with no tables at all: both instances race to migrate it.
      const scratch = await openTestDatabase('postgres');
      const url = scratch.url!;
      await scratch.db.schema.dropSchema('public').cascade().execute();
      await scratch.db.schema.createSchema('public').execute();
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sepakat-twin-'));
      const config = loadConfig({
        SEPAKAT_MODE: 'demo',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        SEED_DEMO_DATA: 'true',
        SEPAKAT_CLOCK: 'manual',
      });
      try {
        const apps = await Promise.all(
          [0, 1].map(() => assemble(config, { database: openPostgres(url, 3), startWorker: false })),
        );
        for (const app of apps) {
          const ready = await app.server.inject({ method: 'GET', url: '/readyz' });
          assert.equal(ready.statusCode, 200, ready.body);
        }
        const orders = await scratch.db
          .selectFrom('orders')
          .select('id')
          .where('id', '=', 'o-1001')
          .execute();
        assert.equal(orders.length, 1, 'demo data seeded once');
        await Promise.all(apps.map((a) => a.close()));
      } finally {
        await scratch.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});

describe('npm start', () => {
  it(
    'refuses a second process on the same data folder, and shuts down cleanly on SIGTERM, releasing it',
    { timeout: 120_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sepakat-start-'));
      const env = {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        SEED_DEMO_DATA: 'false',
        DATABASE_URL: '',
      };
      const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
      const first = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        const port = await new Promise<number>((resolve, reject) => {
          let out = '';
          const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
          first.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const line = out.split('\n').find((l) => l.includes('"port"'));
            if (line) {
              clearTimeout(timer);
              resolve(JSON.parse(line).port as number);
            }
          });
          first.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
        });
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
        assert.equal(ready.status, 200);

        const second = spawnSync(process.execPath, [main], { env, encoding: 'utf8', timeout: 60_000 });
        assert.equal(second.status, 1);
        assert.match(second.stderr, /in use by another Sepakat process/);

        const exited = new Promise<number | null>((resolve) => first.once('exit', resolve));
        first.kill('SIGTERM');
        assert.equal(await exited, 0, 'a clean exit on SIGTERM');
        const reopened = await openEmbedded(dataDir);
        await reopened.close();
      } finally {
        first.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
