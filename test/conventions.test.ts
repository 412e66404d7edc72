import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

for (const backend of backends()) {
  describe(`API conventions (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('replays the first response for the same Idempotency-Key and body; another body is 422', async () => {
      const order = await given.order();
      const body = {
        orderId: order.id,
        category: 'damaged',
        description: 'rusak',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      };
      const headers = { 'idempotency-key': 'file-once-1' };
      const first = await t.as(order.buyer).post('/v1/complaints', body, headers);
      const second = await t.as(order.buyer).post('/v1/complaints', body, headers);
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.body.id, first.body.id);
      assert.equal(second.headers['idempotent-replayed'], 'true');
      assert.deepEqual(
        [second.headers.location, second.headers.etag],
        [first.headers.location, first.headers.etag],
      );
      const list = (await t.as(order.buyer).get('/v1/complaints')).body.data;
      assert.equal(list.length, 1, 'filed once');
      const other = await t.as(order.buyer).post('/v1/complaints', { ...body, description: 'lain' }, headers);
      assert.equal(other.status, 422);
      assert.equal(other.body.code, 'idempotency_key_reused');
      // keys belong to their caller
      const stranger = await t.as({ role: 'buyer', id: 'stranger' }).post('/v1/complaints', body, headers);
      assert.equal(stranger.status, 404);
    });

    it('answers errors as problem+json with a stable code, never a 500', async () => {
      const unknown = await t.platform.get('/v1/nothing-here');
      assert.equal(unknown.status, 404);
      assert.match(String(unknown.headers['content-type']), /^application\/problem\+json/);
      assert.deepEqual(Object.keys(unknown.body).sort(), [
        'code',
        'detail',
        'instance',
        'requestId',
        'status',
        'title',
        'type',
      ]);
      const order = await given.order();
      const badJson = await t.sepakat.server.inject({
        method: 'POST',
        url: '/v1/complaints',
        headers: { authorization: 'Bearer demo-platform-key', 'content-type': 'application/json' },
        payload: '{"orderId": ',
      });
      assert.equal(badJson.statusCode, 400);
      assert.equal(JSON.parse(badJson.body).code, 'validation_failed');
      const badToken = await t.sepakat.server.inject({
        method: 'GET',
        url: '/v1/complaints',
        headers: { authorization: 'Bearer not-a-token' },
      });
      assert.equal(badToken.statusCode, 401);
      assert.equal(JSON.parse(badToken.body).code, 'unauthorized');
      const missing = await t.as(order.buyer).post('/v1/complaints', { orderId: order.id });
      assert.equal(missing.status, 400);
      assert.ok(missing.body.errors.some((e: { path: string }) => e.path.includes('category')));
      const hugeAmount = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'damaged',
        description: 'x',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund', amount: 1e30 },
      });
      assert.equal(hugeAmount.status, 400);
      const badIfMatch = await t
        .as(order.buyer)
        .post('/v1/complaints/cmp_x/withdraw', { reason: 'x' }, { 'if-match': 'abc' });
      assert.equal(badIfMatch.status, 400);
    });

    it('takes actions without parameters with no body at all', async () => {
      const { complaint, seller } = await given.complaint({ status: 'awaiting_seller' });
      const token = (
        await t
          .as({ role: 'anonymous' })
          .post('/v1/dev/login', { userId: seller.id, role: 'seller', shopId: seller.shopId })
      ).body.token;
      const res = await t.sepakat.server.inject({
        method: 'POST',
        url: `/v1/complaints/${complaint.id}/proposals/${complaint.proposals[0].id}/accept`,
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(JSON.parse(res.body).status, 'resolved');
    });

    it('publishes a valid OpenAPI 3.1 document with every route of the contract, and browsable docs', async () => {
      const res = await t.platform.get('/openapi.json');
      assert.equal(res.status, 200);
      assert.equal(res.body.openapi, '3.1.0');
      const validator = new Validator();
      const validity = await validator.validate(res.body);
      assert.equal(validity.valid, true, JSON.stringify(validity.errors));
      assert.equal(validator.version, '3.1');
      const paths = Object.keys(res.body.paths);
      for (const p of [
        '/v1/orders/{orderId}',
        '/v1/orders/{orderId}/eligibility',
        '/v1/complaints',
        '/v1/complaints/{id}',
        '/v1/complaints/{id}/timeline',
        '/v1/uploads',
        '/v1/attachments/{id}',
        '/v1/complaints/{id}/evidence',
        '/v1/complaints/{id}/evidence/submit',
        '/v1/complaints/{id}/messages',
        '/v1/complaints/{id}/proposals',
        '/v1/complaints/{id}/proposals/{proposalId}/accept',
        '/v1/complaints/{id}/proposals/{proposalId}/reject',
        '/v1/complaints/{id}/escalate',
        '/v1/complaints/{id}/withdraw',
        '/v1/complaints/{id}/decision',
        '/v1/complaints/{id}/appeal',
        '/v1/complaints/{id}/notes',
        '/v1/complaints/{id}/assign',
        '/v1/complaints/{id}/evidence-requests',
        '/v1/complaints/{id}/deadlines/{kind}/extend',
        '/v1/complaints/{id}/close',
        '/v1/ledger/accounts/{accountId}',
        '/v1/policy',
        '/v1/dev/login',
        '/v1/dev/clock',
        '/v1/dev/clock/advance',
        '/healthz',
        '/readyz',
      ]) {
        assert.ok(paths.includes(p), `missing ${p}`);
      }
      for (const [p, item] of Object.entries(
        res.body.paths as Record<string, Record<string, { responses?: object }>>,
      )) {
        for (const [method, op] of Object.entries(item))
          assert.ok(op.responses, `${method} ${p} documents its responses`);
      }
      const docs = await t.platform.get('/docs/');
      assert.equal(docs.status, 200);
      assert.match(String(docs.headers['content-type']), /text\/html/);
    });

    it('serves the policy as versioned data with the seed’s durations', async () => {
      const res = await t.as({ role: 'agent', id: 'a-1' }).get('/v1/policy');
      assert.equal(res.status, 200);
      assert.equal(res.body.version, 1);
      const h = res.body.document.hours;
      assert.deepEqual(
        [h.complaintWindow, h.evidenceSubmission, h.sellerResponse, h.returnShipment, h.returnInspection],
        [48, 24, 48, 48, 48],
      );
      assert.equal((await t.as({ role: 'anonymous' }).get('/v1/policy')).status, 401);
    });

    it('lets owners read their own ledger balances only', async () => {
      const { complaint, buyer, seller } = await given.complaint({ status: 'awaiting_seller' });
      await t.as(seller).post(`/v1/complaints/${complaint.id}/proposals/${complaint.proposals[0].id}/accept`);
      const own = await t.as(buyer).get(`/v1/ledger/accounts/buyer_refund:${buyer.id}`);
      assert.equal(own.status, 200);
      assert.equal(own.body.balance, 520_000);
      assert.equal(own.body.postings[0].complaintId, complaint.id);
      assert.equal(
        (await t.as(buyer).get(`/v1/ledger/accounts/seller_payable:${seller.shopId}`)).status,
        404,
      );
      assert.equal(
        (await t.as({ role: 'buyer', id: 'someone' }).get(`/v1/ledger/accounts/buyer_refund:${buyer.id}`))
          .status,
        404,
      );
      assert.equal(
        (await t.as(seller).get(`/v1/ledger/accounts/seller_payable:${seller.shopId}`)).status,
        200,
      );
      const all = await t.sepakat.deps.db
        .selectFrom('ledger_postings')
        .select((eb) => eb.fn.sum<string>('amount').as('total'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(all.total), 0, 'the ledger balances');
    });

    it('reports health and readiness', async () => {
      assert.deepEqual((await t.platform.get('/healthz')).body, { status: 'ok' });
      const ready = await t.platform.get('/readyz');
      assert.equal(ready.status, 200);
      assert.equal(ready.body.checks.migrations.ok, true);
    });

    it('moves the manual clock only forward and reads it', async () => {
      const before = (await t.platform.get('/v1/dev/clock')).body;
      assert.equal(before.mode, 'manual');
      const moved = await t.advance(1);
      assert.equal(new Date(moved.now).getTime() - new Date(before.now).getTime(), 3_600_000);
      const bad = await t.as({ role: 'anonymous' }).post('/v1/dev/clock/advance', { hours: -5 });
      assert.equal(bad.status, 400);
    });
  });
}

describe('production mode', () => {
  it('has no /v1/dev routes', async () => {
    const t = await startTestApp('embedded', {
      SEPAKAT_MODE: 'production',
      DATABASE_URL: 'postgres://unused.invalid/db',
      JWT_SECRET: 'a-real-secret-of-at-least-32-characters!',
      PLATFORM_API_KEYS: 'platform-key-0123456789abcdefghij',
      INSURER_API_KEYS: 'insurer-key-0123456789abcdefghijk',
      SEPAKAT_CLOCK: 'system',
    });
    try {
      const res = await t.sepakat.server.inject({
        method: 'POST',
        url: '/v1/dev/login',
        payload: { userId: 'x', role: 'agent' },
      });
      assert.equal(res.statusCode, 404);
      const demoKey = await t.sepakat.server.inject({
        method: 'GET',
        url: '/v1/complaints',
        headers: { authorization: 'Bearer demo-platform-key' },
      });
      assert.equal(demoKey.statusCode, 401, 'demo keys do not work in production');
    } finally {
      await t.close();
    }
  });
});
