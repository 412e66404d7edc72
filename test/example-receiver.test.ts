import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createReceiver, type ReceivedEvent } from '../examples/webhook-receiver.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { Given } from './helpers/given.ts';

describe('the example webhook receiver (docs/integration.md)', () => {
  let t: TestApp;
  const events: ReceivedEvent[] = [];
  let close: () => Promise<void>;
  before(async () => {
    t = await startTestApp('embedded', { WEBHOOK_RETRY_DELAY_SECONDS: '1' }, { webhookWorker: true });
  });
  after(async () => {
    await close?.();
    await t.close();
  });

  it('verifies and receives what Sepakat sends, and refuses what is not signed', async () => {
    // the endpoint first (its secret), then the receiver listening with it
    const endpoint = await t.platform.post('/v1/webhook-endpoints', {
      url: 'http://127.0.0.1:1/placeholder',
      eventTypes: ['complaint_filed'],
    });
    const server = createReceiver(endpoint.body.secret, (e) => void events.push(e));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sepakat`;
    await t.sepakat.deps.db
      .updateTable('webhook_endpoints')
      .set({ url })
      .where('id', '=', endpoint.body.id)
      .execute();

    const { complaint } = await new Given(t).complaint({ status: 'awaiting_evidence' });
    const until = Date.now() + 15_000;
    while (!events.some((e) => e.data.complaintId === complaint.id) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    assert.ok(events.some((e) => e.type === 'complaint_filed' && e.data.complaintId === complaint.id));
    const forged = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: {
        'webhook-id': 'x',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,AAAA',
      },
    });
    assert.equal(forged.status, 400);
  });
});
