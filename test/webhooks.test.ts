import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A real HTTP receiver on loopback; `failures` makes the next requests of `failType` answer 500. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { failures: 0, failType: '' };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const type = (JSON.parse(body) as { type: string }).type;
      const status = state.failures > 0 && type === state.failType ? 500 : 200;
      if (status === 500) state.failures--;
      received.push({ headers: req.headers, body, status });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'try again');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  what: string,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const backend of backends()) {
  describe(`webhooks (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let secret: string;
    before(async () => {
      receiver = await startReceiver();
      t = await startTestApp(
        backend,
        { WEBHOOK_RETRY_DELAY_SECONDS: '1', WEBHOOK_RETRY_LIMIT: '4' },
        { webhookWorker: true },
      );
      given = new Given(t);
      const endpoint = await t.platform.post('/v1/webhook-endpoints', {
        url: receiver.url,
        eventTypes: ['*'],
      });
      assert.equal(endpoint.status, 201, JSON.stringify(endpoint.body));
      secret = endpoint.body.secret;
      assert.match(secret, /^whsec_/);
    });
    after(async () => {
      await t.close();
      await receiver.close();
    });

    const ofType = (type: string, complaintId: string) =>
      receiver.received.filter((r) => {
        const body = JSON.parse(r.body);
        return (
          body.type === type && (body.data.complaintId === complaintId || body.data.complaintId === undefined)
        );
      });

    it('sends every timeline event, signed by the Standard Webhooks convention', async () => {
      const { complaint } = await given.complaint({ status: 'awaiting_seller' });
      const filed = await eventually(() => ofType('complaint_filed', complaint.id)[0], 'complaint_filed');
      const payload = new Webhook(secret).verify(filed.body, filed.headers as Record<string, string>) as {
        id: string;
        type: string;
        data: { complaintId: string };
      };
      assert.deepEqual(
        [payload.type, payload.data.complaintId, payload.id],
        ['complaint_filed', complaint.id, filed.headers['webhook-id']],
      );
      await eventually(() => ofType('evidence_submitted', complaint.id)[0], 'evidence_submitted');
      assert.throws(() =>
        new Webhook(`whsec_${Buffer.from('another secret of some length').toString('base64')}`).verify(
          filed.body,
          filed.headers as Record<string, string>,
        ),
      );
    });

    it('a receiver that fails twice then succeeds gets the event exactly as first sent', async () => {
      const order = await given.order();
      receiver.state.failures = 2;
      receiver.state.failType = 'complaint_filed';
      const filed = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'damaged',
        description: 'x',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      const attempts = await eventually(() => {
        const tries = ofType('complaint_filed', filed.body.id);
        return tries.some((r) => r.status === 200) ? tries : undefined;
      }, 'the third attempt');
      assert.deepEqual(
        attempts.map((r) => r.status),
        [500, 500, 200],
      );
      assert.equal(new Set(attempts.map((r) => r.body)).size, 1, 'the same body each time');
      assert.equal(new Set(attempts.map((r) => r.headers['webhook-id'])).size, 1, 'the same id each time');
      for (const a of attempts) new Webhook(secret).verify(a.body, a.headers as Record<string, string>);
      const log = await eventually(async () => {
        const deliveries = (await t.platform.get('/v1/webhook-deliveries?limit=200')).body.data;
        const d = deliveries.find((x: { id: string }) => x.id === attempts[0]!.headers['webhook-id']);
        return d?.status === 'succeeded' ? d : undefined;
      }, 'the delivery log');
      assert.deepEqual(
        log.attempts.map((a: { statusCode: number }) => a.statusCode),
        [500, 500, 200],
      );
      assert.ok(log.attempts.every((a: { latencyMs: number }) => a.latencyMs >= 0));

      const replayed = await t.platform.post(`/v1/webhook-deliveries/${log.id}/replay`);
      assert.equal(replayed.status, 200);
      await eventually(
        () => (ofType('complaint_filed', filed.body.id).length === 4 ? true : undefined),
        'the replay',
      );
      assert.equal(ofType('complaint_filed', filed.body.id)[3]!.body, attempts[0]!.body);
    });

    it('sends nothing for a change that was refused (rolled back), and sends payout instructions', async () => {
      const { complaint, buyer, seller } = await given.complaint({ status: 'awaiting_evidence' });
      const refused = await t.as(buyer).post(`/v1/complaints/${complaint.id}/evidence/submit`);
      assert.equal(refused.status, 422);
      await t.as(seller).post(`/v1/complaints/${complaint.id}/messages`, { body: 'halo' });
      await eventually(() => ofType('message_posted', complaint.id)[0], 'the message');
      assert.equal(ofType('evidence_submitted', complaint.id).length, 0);

      const other = await given.complaint({ status: 'awaiting_seller' });
      await t
        .as(other.seller)
        .post(`/v1/complaints/${other.complaint.id}/proposals/${other.complaint.proposals[0].id}/accept`);
      const payouts = await eventually(() => {
        const found = receiver.received
          .map((r) => JSON.parse(r.body))
          .filter((b) => b.type === 'payout.created' && b.data.complaintId === other.complaint.id);
        return found.length >= 2 ? found : undefined;
      }, 'payout instructions');
      assert.deepEqual(payouts.map((p) => p.data.kind).sort(), ['items_refund', 'original_shipping_refund']);
    });

    it('only the platform manages endpoints; a bad URL is 400', async () => {
      assert.equal((await t.as({ role: 'agent', id: 'a-1' }).get('/v1/webhook-endpoints')).status, 403);
      assert.equal((await t.platform.post('/v1/webhook-endpoints', { url: 'ftp://x' })).status, 400);
      const list = (await t.platform.get('/v1/webhook-endpoints')).body.data;
      assert.ok(
        list.every((e: { secret?: string }) => e.secret === undefined),
        'secrets are not listed',
      );
      const rotated = await t.platform.post(`/v1/webhook-endpoints/${list[0].id}/rotate-secret`);
      assert.notEqual(rotated.body.secret, secret);
      // for a day, deliveries verify with the new secret and with the old one
      const { complaint } = await given.complaint({ status: 'awaiting_evidence' });
      const delivery = await eventually(
        () => ofType('complaint_filed', complaint.id)[0],
        'a delivery after the rotation',
      );
      for (const key of [rotated.body.secret, secret])
        new Webhook(key).verify(delivery.body, delivery.headers as Record<string, string>);
      secret = rotated.body.secret;
    });
  });
}

describe('webhook endpoints that keep failing', () => {
  it('are disabled after repeated failures and re-enabled by the platform', { timeout: 90_000 }, async () => {
    const t = await startTestApp(
      'embedded',
      { WEBHOOK_RETRY_DELAY_SECONDS: '1', WEBHOOK_RETRY_LIMIT: '0' },
      { webhookWorker: true },
    );
    try {
      const given = new Given(t);
      const dead = await t.platform.post('/v1/webhook-endpoints', {
        url: 'http://127.0.0.1:9/nowhere',
        eventTypes: ['complaint_filed'],
      });
      for (let i = 0; i < 5; i++) await given.complaint({ status: 'awaiting_evidence' });
      const endpoint = await eventually(
        async () => {
          const e = (await t.platform.get('/v1/webhook-endpoints')).body.data.find(
            (x: { id: string }) => x.id === dead.body.id,
          );
          return e.enabled ? undefined : e;
        },
        'the endpoint to be disabled',
        60_000,
      );
      assert.match(endpoint.disabledReason, /5 deliveries in a row failed/);
      const enabled = await t.platform.post(`/v1/webhook-endpoints/${dead.body.id}/enable`);
      assert.deepEqual([enabled.body.enabled, enabled.body.consecutiveFailures], [true, 0]);
    } finally {
      await t.close();
    }
  });
});
