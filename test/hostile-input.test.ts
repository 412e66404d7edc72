import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { DEMO_JWT_SECRET } from '../src/config.ts';
import { samplePng } from '../src/demo/sample-files.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

/** Bad input gets a 4xx problem with a stable code, never a 500, and changes nothing. */
for (const backend of backends()) {
  describe(`hostile input (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    const isProblem = (
      res: { status: number; headers: Record<string, unknown>; body: { code?: string } },
      status: number,
      code?: string,
    ) => {
      assert.equal(res.status, status, JSON.stringify(res.body));
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      if (code) assert.equal(res.body.code, code);
    };

    it('refuses NUL characters in paths and bodies', async () => {
      const order = await given.order();
      isProblem(await t.as(order.buyer).get('/v1/complaints/a%00b'), 400, 'validation_failed');
      isProblem(await t.platform.put('/v1/orders/x%00y', order.body), 400, 'validation_failed');
      isProblem(
        await t.as(order.buyer).post('/v1/complaints', {
          orderId: 'a\u0000b',
          category: 'damaged',
          description: 'x',
          items: [{ lineId: 'l1', quantity: 1 }],
          desiredSolution: { type: 'refund' },
        }),
        400,
        'validation_failed',
      );
    });

    it('refuses cursors it did not issue', async () => {
      const agent = t.as({ role: 'agent', id: 'a-1' });
      const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      for (const cursor of [
        forge({ at: '1', id: 'x' }),
        forge({ at: '+275760-09-13T00:00:00.000Z', id: 'x' }),
        forge({ at: '2026-01-01T00:00:00.000Z', id: 'x\u0000' }),
        'not-base64-json',
      ]) {
        isProblem(await agent.get(`/v1/complaints?cursor=${cursor}`), 400, 'validation_failed');
      }
      const { complaint } = await given.complaint({ status: 'awaiting_seller' });
      isProblem(
        await agent.get(`/v1/complaints/${complaint.id}/timeline?cursor=${forge({ seq: 9007199254740991 })}`),
        400,
        'validation_failed',
      );
      isProblem(
        await t.platform.get(`/v1/ledger/accounts/marketplace_clearing?cursor=${forge({ id: -1 })}`),
        400,
        'validation_failed',
      );
    });

    it('refuses order totals beyond the safe range and impossible dates', async () => {
      const order = await given.order();
      const huge = {
        ...order.body,
        items: [{ lineId: 'l1', name: 'x', unitPrice: 9007199254740991, quantity: 2 }],
      };
      isProblem(await t.platform.put('/v1/orders/o-huge', huge), 400, 'validation_failed');
      isProblem(
        await t.platform.put('/v1/orders/o-year0', { ...order.body, deliveredAt: '0000-01-01T00:00:00Z' }),
        400,
        'validation_failed',
      );
      assert.equal((await t.platform.get('/v1/ledger/accounts/marketplace_clearing')).status, 200);
    });

    it('answers malformed multipart bodies and wrong content types with 4xx', async () => {
      const buyer = { role: 'buyer' as const, id: 'u-hostile' };
      const token = (
        await t.as({ role: 'anonymous' }).post('/v1/dev/login', { userId: buyer.id, role: 'buyer' })
      ).body.token;
      const auth = { authorization: `Bearer ${token}` };
      const png = samplePng([1, 2, 3]);
      const truncated = Buffer.concat([
        Buffer.from(
          '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n',
        ),
        png.subarray(0, 60),
      ]);
      const cut = await t.sepakat.server.inject({
        method: 'POST',
        url: '/v1/uploads',
        headers: { ...auth, 'content-type': 'multipart/form-data; boundary=b' },
        payload: truncated,
      });
      assert.ok(cut.statusCode >= 400 && cut.statusCode < 500, `${cut.statusCode} ${cut.body}`);
      const noBoundary = await t.sepakat.server.inject({
        method: 'POST',
        url: '/v1/uploads',
        headers: { ...auth, 'content-type': 'multipart/form-data' },
        payload: 'garbage',
      });
      assert.ok(
        noBoundary.statusCode >= 400 && noBoundary.statusCode < 500,
        `${noBoundary.statusCode} ${noBoundary.body}`,
      );
      const wrongPart = Buffer.concat([
        Buffer.from(
          '--b\r\nContent-Disposition: form-data; name="photo"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n',
        ),
        png,
        Buffer.from('\r\n--b--\r\n'),
      ]);
      const named = await t.sepakat.server.inject({
        method: 'POST',
        url: '/v1/uploads',
        headers: { ...auth, 'content-type': 'multipart/form-data; boundary=b' },
        payload: wrongPart,
      });
      assert.equal(named.statusCode, 400);
      const octet = await t.sepakat.server.inject({
        method: 'POST',
        url: '/v1/complaints',
        headers: { ...auth, 'content-type': 'application/octet-stream' },
        payload: 'x',
      });
      assert.equal(octet.statusCode, 415);
      assert.equal(JSON.parse(octet.body).code, 'unsupported_media_type');
      const badUrl = await t.sepakat.server.inject({
        method: 'GET',
        url: '/v1/complaints/%C3%28',
        headers: auth,
      });
      assert.ok(badUrl.statusCode >= 400 && badUrl.statusCode < 500);
      assert.match(String(badUrl.headers['content-type']), /problem\+json/);
      assert.equal((await t.platform.get('/problems/__proto__')).status, 404);
    });

    it('reads credentials and headers the way HTTP allows', async () => {
      const lower = await t.sepakat.server.inject({
        method: 'GET',
        url: '/v1/complaints',
        headers: { authorization: 'bearer demo-platform-key' },
      });
      assert.equal(lower.statusCode, 200);
      // a token that never expires is refused
      const forever = await new SignJWT({ role: 'agent' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('a-1')
        .sign(new TextEncoder().encode(DEMO_JWT_SECRET));
      const noExp = await t.sepakat.server.inject({
        method: 'GET',
        url: '/v1/complaints',
        headers: { authorization: `Bearer ${forever}` },
      });
      assert.equal(noExp.statusCode, 401);
      const { complaint, seller } = await given.complaint({ status: 'awaiting_seller' });
      assert.equal(
        (
          await t
            .as(seller)
            .post(`/v1/complaints/${complaint.id}/messages`, { body: 'x' }, { 'if-match': '*' })
        ).status,
        200,
      );
      isProblem(
        await t
          .as(seller)
          .post(`/v1/complaints/${complaint.id}/messages`, { body: 'x' }, { 'if-match': '0x1' }),
        400,
        'validation_failed',
      );
    });

    it('reads whole ledger account ids, never prefixes', async () => {
      const alice = { role: 'buyer' as const, id: 'alice' };
      isProblem(await t.as(alice).get('/v1/ledger/accounts/buyer_refund:alice:2'), 404, 'not_found');
      assert.equal((await t.as(alice).get('/v1/ledger/accounts/buyer_refund:alice')).status, 200);
    });

    it('counts an upload once: it cannot be attached twice', async () => {
      const { complaint, buyer } = await given.complaint({
        status: 'awaiting_evidence',
        category: 'damaged',
      });
      const photo = await given.upload(buyer);
      assert.equal(
        (
          await t
            .as(buyer)
            .post(`/v1/complaints/${complaint.id}/evidence`, { kind: 'product_photo', attachmentId: photo })
        ).status,
        200,
      );
      isProblem(
        await t
          .as(buyer)
          .post(`/v1/complaints/${complaint.id}/evidence`, { kind: 'product_photo', attachmentId: photo }),
        409,
        'attachment_in_use',
      );
    });

    it('no agent can close a complaint whose decision waits out its appeal window', async () => {
      const { complaint } = await given.complaint({ status: 'escalated' });
      await t
        .as({ role: 'agent', id: 'a-1' })
        .post(`/v1/complaints/${complaint.id}/decision`, { type: 'refund', reason: 'ok' });
      for (const id of ['a-1', 'a-2'])
        isProblem(
          await t.as({ role: 'agent', id }).post(`/v1/complaints/${complaint.id}/close`, { reason: 'x' }),
          409,
          'invalid_transition',
        );
    });

    it('a silent seller on a shipping-cost complaint refunds the shipping share, not the goods', async () => {
      const order = await given.order();
      const filed = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'shipping_cost',
        description: 'ongkir salah',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'shipping_refund', amount: 5_000 },
      });
      await given.completeEvidence(filed.body.id, order.buyer, 'shipping_cost', false);
      await t.as(order.buyer).post(`/v1/complaints/${filed.body.id}/evidence/submit`);
      await t.advance(48);
      const c = (await t.as(order.buyer).get(`/v1/complaints/${filed.body.id}`)).body;
      assert.equal(c.outcome, 'seller_unresponsive');
      assert.deepEqual(
        c.settlement.lines.map((l: { kind: string; amount: number }) => [l.kind, l.amount]),
        [
          ['original_shipping_refund', 20_000],
          ['escrow_release', 500_000],
        ],
      );
    });

    it('eligibility and filing agree: no shipping-cost complaint when a promo paid the shipping', async () => {
      const order = await given.order({ shippingPromoUsed: true });
      const eligibility = (await t.as(order.buyer).get(`/v1/orders/${order.id}/eligibility`)).body;
      const shipping = eligibility.categories.find(
        (c: { category: string }) => c.category === 'shipping_cost',
      );
      assert.deepEqual([shipping.eligible, shipping.code], [false, 'no_shipping_to_refund']);
      const filed = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'shipping_cost',
        description: 'x',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'shipping_refund' },
      });
      isProblem(filed, 422, 'no_shipping_to_refund');
    });

    it('two first snapshots of one order at once: one is stored, the other is compared with it', async () => {
      const order = await given.order();
      const body = (unitPrice: number) => ({
        ...order.body,
        items: [{ lineId: 'l1', sku: 'x', name: 'x', unitPrice, quantity: 1 }],
      });
      const [a, b] = await Promise.all([
        t.platform.put('/v1/orders/o-twin', body(100)),
        t.platform.put('/v1/orders/o-twin', body(900_000)),
      ]);
      assert.deepEqual([a.status, b.status].sort(), [201, 409]);
      const stored = (await t.platform.get('/v1/orders/o-twin')).body;
      assert.equal(
        (await t.platform.get('/v1/ledger/accounts/order_escrow:o-twin')).body.balance,
        stored.paidTotal,
      );
    });
  });
}
