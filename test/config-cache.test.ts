import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../src/config.ts';
import { assemble, type Sepakat } from '../src/main.ts';
import { openPostgres } from '../src/store/db.ts';
import { startTestApp, TEST_START, type TestApp } from './helpers/app.ts';
import { Given } from './helpers/given.ts';

/**
 * Webhook endpoints are read once per process (app/config-cache.ts) and re-read when any process
 * announces a change (LISTEN/NOTIFY). Two app instances on one PostgreSQL database: an endpoint
 * that one creates receives the events that the other one writes.
 */
describe(
  'webhook endpoints cached across processes (postgres)',
  {
    skip: process.env.TEST_DATABASE_URL ? false : 'needs PostgreSQL: set TEST_DATABASE_URL (CI always does)',
  },
  () => {
    let a: TestApp;
    let b: Sepakat;
    let dataDir: string;
    before(async () => {
      a = await startTestApp('postgres');
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'sepakat-config-cache-'));
      const config = loadConfig({
        SEPAKAT_MODE: 'demo',
        SEPAKAT_CLOCK: 'manual',
        SEPAKAT_CLOCK_START: TEST_START,
        DATA_DIR: dataDir,
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
      });
      b = await assemble(config, { database: openPostgres(a.sepakat.database.url!, 4), startWorker: false });
    });
    after(async () => {
      await b?.close();
      await a?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    /** A complaint filed through instance B; the webhook deliveries its events queued. */
    async function fileThroughB(given: Given) {
      const order = await given.order({ status: 'shipped' });
      const login = await b.server.inject({
        method: 'POST',
        url: '/v1/dev/login',
        payload: { userId: order.buyer.id, role: 'buyer' },
      });
      const filed = await b.server.inject({
        method: 'POST',
        url: '/v1/complaints',
        headers: { authorization: `Bearer ${JSON.parse(login.body).token}` },
        payload: {
          orderId: order.id,
          category: 'not_received',
          description: 'Paket belum sampai.',
          items: [{ lineId: 'l1', quantity: 1 }],
          desiredSolution: { type: 'refund' },
        },
      });
      assert.equal(filed.statusCode, 201, filed.body);
      const id = JSON.parse(filed.body).id as string;
      return a.sepakat.deps.db
        .selectFrom('webhook_deliveries')
        .select(['endpoint_id', 'payload'])
        .where('payload', 'like', `%${id}%`)
        .execute();
    }

    it('an endpoint created in one process receives the events written in the other', async () => {
      const given = new Given(a);
      // B reads the (empty) list of endpoints and keeps it
      assert.deepEqual(await fileThroughB(given), []);
      const created = await a.platform.post('/v1/webhook-endpoints', {
        url: 'http://127.0.0.1:9/hooks',
        eventTypes: ['*'],
      });
      assert.equal(created.status, 201);
      // B hears of the change by itself, within moments
      const started = Date.now();
      let deliveries: { endpoint_id: string }[] = [];
      while (deliveries.length === 0 && Date.now() - started < 5_000) {
        deliveries = await fileThroughB(given);
        if (deliveries.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.ok(deliveries.length > 0, 'instance B never queued a delivery to the new endpoint');
      assert.ok(deliveries.every((d) => d.endpoint_id === created.body.id));
    });
  },
);
