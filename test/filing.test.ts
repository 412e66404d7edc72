import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

for (const backend of backends()) {
  describe(`orders and filing (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('ingests an order idempotently and refuses to change its amounts', async () => {
      const order = await given.order();
      const again = await t.platform.put(`/v1/orders/${order.id}`, order.body);
      assert.equal(again.status, 200);
      assert.equal(again.body.paidTotal, 520_000);
      const changed = await t.platform.put(`/v1/orders/${order.id}`, { ...order.body, shippingCost: 1 });
      assert.equal(changed.status, 409);
      assert.equal(changed.body.code, 'order_immutable');
      const escrow = await t.platform.get(`/v1/ledger/accounts/order_escrow:${order.id}`);
      assert.equal(escrow.body.balance, 520_000, 'the paid total is held in escrow once');
    });

    it('only the platform ingests orders; bad snapshots are 400 validation_failed', async () => {
      const order = await given.order();
      const asBuyer = await t.as(order.buyer).put(`/v1/orders/${order.id}`, order.body);
      assert.equal(asBuyer.status, 403);
      const bad = await t.platform.put('/v1/orders/o-bad', {
        ...order.body,
        items: [{ lineId: 'l1', name: 'x', unitPrice: 1.5, quantity: 1 }],
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.code, 'validation_failed');
      assert.ok(bad.body.errors.length > 0);
      const unauth = await t.as({ role: 'anonymous' }).put(`/v1/orders/${order.id}`, order.body);
      assert.equal(unauth.status, 401);
      assert.equal(unauth.headers['content-type'], 'application/problem+json; charset=utf-8');
    });

    it('answers eligibility for the calling buyer only', async () => {
      const order = await given.order({ shopIsMall: true, deliveredHoursAgo: 2 });
      const res = await t.as(order.buyer).get(`/v1/orders/${order.id}/eligibility`);
      assert.equal(res.status, 200);
      assert.equal(res.body.eligible, true);
      assert.equal(res.body.until, new Date(t.now().getTime() + 46 * 3_600_000).toISOString());
      const counterfeit = res.body.categories.find((c: { category: string }) => c.category === 'counterfeit');
      assert.deepEqual([counterfeit.eligible, counterfeit.program], [true, 'pasti_ori']);
      const other = await t
        .as({ role: 'buyer', id: 'someone-else' })
        .get(`/v1/orders/${order.id}/eligibility`);
      assert.equal(other.status, 404);
    });

    const refusals: {
      name: string;
      order: Parameters<Given['order']>[0];
      category?: string;
      code: string;
    }[] = [
      { name: 'an order that is only paid', order: { status: 'paid' }, code: 'order_not_delivered' },
      {
        name: 'a shipped order for a damaged item',
        order: { status: 'shipped' },
        code: 'order_not_delivered',
      },
      {
        name: 'not_received on a delivered order',
        order: {},
        category: 'not_received',
        code: 'order_not_shipped',
      },
      {
        name: 'a completed order (seed: after confirmation)',
        order: { status: 'completed' },
        code: 'already_confirmed',
      },
      {
        name: 'a receipt confirmed on a delivered order',
        order: { receivedConfirmedAt: '2026-11-19T00:00:00Z' },
        code: 'already_confirmed',
      },
      {
        name: 'delivered more than 2×24 h ago (seed)',
        order: { deliveredHoursAgo: 48.01 },
        code: 'complaint_window_closed',
      },
      {
        name: 'counterfeit against a regular shop (seed: Pasti Ori is Mall)',
        order: { shopIsMall: false },
        category: 'counterfeit',
        code: 'counterfeit_requires_mall',
      },
    ];
    for (const r of refusals) {
      it(`refuses ${r.name}: 422 ${r.code}`, async () => {
        const order = await given.order(r.order);
        const res = await t.as(order.buyer).post('/v1/complaints', {
          orderId: order.id,
          category: r.category ?? 'damaged',
          description: 'rusak',
          items: [{ lineId: 'l1', quantity: 1 }],
          desiredSolution: { type: 'refund' },
        });
        assert.equal(res.status, 422, JSON.stringify(res.body));
        assert.equal(res.body.code, r.code);
      });
    }

    it('accepts a complaint at exactly 2×24 h after delivery', async () => {
      const order = await given.order({ deliveredHoursAgo: 48 });
      const res = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'damaged',
        description: 'rusak',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    });

    it('allows one open complaint per order', async () => {
      const { order, buyer } = await given.complaint({ status: 'awaiting_evidence' });
      const res = await t.as(buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'damaged',
        description: 'lagi',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      assert.equal(res.status, 422);
      assert.equal(res.body.code, 'complaint_already_open');
    });

    it('checks disputed items against the order', async () => {
      const order = await given.order({
        items: [{ lineId: 'l1', name: 'Teh', unitPrice: 25_000, quantity: 4 }],
      });
      const file = (items: unknown) =>
        t.as(order.buyer).post('/v1/complaints', {
          orderId: order.id,
          category: 'missing_items',
          description: 'kurang',
          items,
          desiredSolution: { type: 'refund' },
        });
      assert.equal((await file([{ lineId: 'l9', quantity: 1 }])).body.code, 'unknown_order_line');
      assert.equal((await file([{ lineId: 'l1', quantity: 5 }])).body.code, 'quantity_exceeds_order');
      assert.equal((await file([{ lineId: 'l1', quantity: 0 }])).body.code, 'validation_failed');
      const ok = await file([{ lineId: 'l1', quantity: 2 }]);
      assert.equal(ok.status, 201);
      // 50,000 of 100,000 item value: half the 20,000 shipping
      assert.deepEqual(ok.body.refundable, { itemsValue: 50_000, shippingShare: 10_000, maximum: 60_000 });
    });

    it('files with the desired solution as the first proposal, under the current policy, with its deadline', async () => {
      const order = await given.order({ shopIsMall: true });
      const res = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'counterfeit',
        description: 'Sepatu tidak asli',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      assert.equal(res.status, 201);
      assert.equal(res.headers.location, `/v1/complaints/${res.body.id}`);
      assert.equal(res.headers.etag, '"1"');
      const c = res.body;
      assert.equal(c.status, 'awaiting_evidence');
      assert.equal(c.program, 'pasti_ori');
      assert.equal(c.waitingOn, 'buyer');
      assert.equal(c.policyVersion, 1);
      assert.deepEqual(
        c.deadlines.map((d: { kind: string; dueAt: string; onExpiry: string }) => [
          d.kind,
          d.dueAt,
          d.onExpiry,
        ]),
        [
          [
            'evidence_submission',
            new Date(t.now().getTime() + 24 * 3_600_000).toISOString(),
            'close_expired_no_evidence',
          ],
        ],
      );
      assert.equal(c.proposals.length, 1);
      assert.deepEqual(
        [c.proposals[0].by, c.proposals[0].addressedTo, c.proposals[0].status],
        ['buyer', 'seller', 'pending'],
      );
      assert.ok(c.allowedActions.includes('submit_evidence'));
      assert.ok(!c.allowedActions.includes('decide'));
    });

    it('refuses solutions that do not fit, and amounts above the refundable maximum', async () => {
      const order = await given.order();
      const file = (desiredSolution: unknown, category = 'damaged') =>
        t.as(order.buyer).post('/v1/complaints', {
          orderId: order.id,
          category,
          description: 'x',
          items: [{ lineId: 'l1', quantity: 1 }],
          desiredSolution,
        });
      assert.equal((await file({ type: 'resend' })).body.code, 'solution_not_allowed');
      const tooMuch = await file({ type: 'refund', amount: 520_001 });
      assert.equal(tooMuch.body.code, 'amount_exceeds_maximum');
      assert.equal(tooMuch.body.maximum, 520_000);
      assert.equal((await file({ type: 'refund', amount: -5 })).body.code, 'validation_failed');
    });

    it('only buyers file, and only on their own orders', async () => {
      const order = await given.order();
      const body = {
        orderId: order.id,
        category: 'damaged',
        description: 'x',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      };
      assert.equal((await t.as(order.seller).post('/v1/complaints', body)).status, 403);
      assert.equal((await t.as({ role: 'buyer', id: 'intruder' }).post('/v1/complaints', body)).status, 404);
    });
  });
}
