import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

/** The API the web app leans on besides SPEC 7's table: order lists, urgency order, settlement quotes. */
for (const backend of backends()) {
  describe(`API for the web app (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    const agent = { role: 'agent' as const, id: 'a-1' };
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('lists a buyer’s orders newest first, with complaints and whether one may be filed until when', async () => {
      const older = await given.order();
      const newer = await t.platform.put(`/v1/orders/${older.id}-b`, {
        ...older.body,
        deliveredAt: null,
        status: 'paid',
        shippedAt: null,
      });
      assert.equal(newer.status, 201);
      const filed = await t.as(older.buyer).post('/v1/complaints', {
        orderId: older.id,
        category: 'damaged',
        description: 'Sol sepatu lepas.',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      assert.equal(filed.status, 201);

      const first = await t.as(older.buyer).get('/v1/orders?limit=1');
      assert.equal(first.status, 200);
      assert.deepEqual(
        first.body.data.map((o: any) => o.order.id),
        [`${older.id}-b`],
      );
      assert.equal(first.body.data[0].eligibility.eligible, false);
      assert.equal(first.body.data[0].eligibility.code, 'order_not_delivered');
      const second = await t.as(older.buyer).get(`/v1/orders?limit=1&cursor=${first.body.nextCursor}`);
      const item = second.body.data[0];
      assert.equal(item.order.id, older.id);
      assert.equal(item.order.paidTotal, 520_000);
      assert.deepEqual(item.complaints, [
        { id: filed.body.id, status: 'awaiting_evidence', category: 'damaged' },
      ]);
      assert.equal(item.eligibility.code, 'complaint_already_open');
      assert.equal(second.body.nextCursor, null);

      // Another buyer sees none of them; the seller sees the shop's, without eligibility.
      const stranger = await t.as({ role: 'buyer', id: 'someone-else' }).get('/v1/orders');
      assert.ok(!stranger.body.data.some((o: any) => o.order.buyerId === older.buyer.id));
      const shop = await t.as(older.seller).get('/v1/orders');
      assert.deepEqual(shop.body.data.map((o: any) => o.order.id).sort(), [older.id, `${older.id}-b`].sort());
      assert.equal(shop.body.data[0].eligibility, null);
      // A forged cursor is a 400, not a 500.
      const forged = await t.as(older.buyer).get('/v1/orders?cursor=bm9wZQ');
      assert.equal(forged.status, 400);
      assert.equal(forged.body.code, 'validation_failed');
    });

    it('sorts a shop’s complaints by their earliest running deadline, ended ones last, across pages', async () => {
      const a = await given.complaint({ status: 'awaiting_seller' });
      const shopId = a.seller.shopId!;
      // Two more complaints of the same shop, filed later, so their deadlines are later.
      const more = [];
      for (let i = 0; i < 2; i++) {
        await t.advance(1);
        const order = await t.platform.put(`/v1/orders/${a.order.id}-${i}`, {
          ...a.order.body,
          deliveredAt: t.now().toISOString(),
        });
        assert.equal(order.status, 201);
        const res = await t.as(a.buyer).post('/v1/complaints', {
          orderId: `${a.order.id}-${i}`,
          category: 'not_as_described',
          description: 'Warna berbeda dari foto.',
          items: [{ lineId: 'l1', quantity: 1 }],
          desiredSolution: { type: 'refund' },
        });
        assert.equal(res.status, 201);
        more.push(res.body);
      }
      const withdrawn = await t
        .as(a.buyer)
        .post(`/v1/complaints/${more[0].id}/withdraw`, { reason: 'Sudah beres.' });
      assert.equal(withdrawn.status, 200);

      const seller = t.as({ role: 'seller', id: 'u-x', shopId });
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const res: any = await seller.get(
          `/v1/complaints?sort=deadline&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.equal(res.status, 200, JSON.stringify(res.body));
        ids.push(...res.body.data.map((c: any) => c.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      // The withdrawn one has no running deadline: last.
      assert.deepEqual([...ids].sort(), [a.complaint.id, more[0].id, more[1].id].sort());
      assert.equal(ids[2], more[0].id);
      const dues = [];
      for (const id of ids.slice(0, 2)) {
        const c = (await seller.get(`/v1/complaints/${id}`)).body;
        dues.push(Math.min(...c.deadlines.map((d: any) => Date.parse(d.dueAt))));
      }
      assert.ok(dues[0]! <= dues[1]!);
    });

    it('quotes a decision line by line without saving anything', async () => {
      const { complaint } = await given.complaint({ status: 'escalated' });
      const full = await t.as(agent).get(`/v1/complaints/${complaint.id}/settlement-quote?type=refund`);
      assert.equal(full.status, 200, JSON.stringify(full.body));
      assert.equal(full.body.resultingStatus, 'resolved');
      assert.deepEqual(
        full.body.settlement.lines.map((l: any) => [l.kind, l.to, l.amount, l.fundedBy]),
        [
          ['items_refund', 'buyer', 500_000, 'escrow'],
          ['original_shipping_refund', 'buyer', 20_000, 'escrow'],
          ['escrow_release', 'seller', 0, 'escrow'],
        ],
      );
      assert.equal(full.body.settlement.buyerRefund, 520_000);

      const partial = await t
        .as(agent)
        .get(`/v1/complaints/${complaint.id}/settlement-quote?type=refund&amount=100000`);
      assert.equal(partial.body.settlement.buyerRefund, 100_000);
      assert.equal(partial.body.settlement.sellerRelease, 420_000);

      const ret = await t.as(agent).get(`/v1/complaints/${complaint.id}/settlement-quote?type=return_refund`);
      assert.equal(ret.body.resultingStatus, 'awaiting_return_shipment');
      assert.equal(ret.body.settlement, null);
      assert.deepEqual(
        ret.body.expectedLines.map((l: any) => [l.kind, l.amount, l.fundedBy, l.upTo ?? false]),
        [
          ['items_refund', 500_000, 'escrow', false],
          // A regular shop's buyer pays the return shipping (default policy): no reimbursement line.
          ['original_shipping_refund', 20_000, 'escrow', false],
        ],
      );

      // A Mall shop's not-as-described return (Garansi 7 Hari): the platform reimburses up to B.
      const mall = await given.complaint({
        status: 'escalated',
        category: 'not_as_described',
        order: { shopIsMall: true },
      });
      const mallQuote = await t
        .as(agent)
        .get(`/v1/complaints/${mall.complaint.id}/settlement-quote?type=return_refund`);
      assert.equal(mallQuote.status, 200, JSON.stringify(mallQuote.body));
      assert.deepEqual(mallQuote.body.expectedLines.at(-1), {
        kind: 'return_shipping_reimbursement',
        to: 'buyer',
        amount: 20_000,
        fundedBy: 'platform',
        dueAt: mallQuote.body.expectedLines.at(-1).dueAt,
        upTo: true,
      });

      const tooMuch = await t
        .as(agent)
        .get(`/v1/complaints/${complaint.id}/settlement-quote?type=refund&amount=9999999`);
      assert.equal(tooMuch.status, 422);
      assert.equal(tooMuch.body.code, 'amount_exceeds_maximum');
      const wrongType = await t
        .as(agent)
        .get(`/v1/complaints/${complaint.id}/settlement-quote?type=shipping_refund`);
      assert.equal(wrongType.body.code, 'solution_not_allowed');
      const bad = await t
        .as(agent)
        .get(`/v1/complaints/${complaint.id}/settlement-quote?type=refund&amount=abc`);
      assert.equal(bad.status, 400);

      const after = await t.as(agent).get(`/v1/complaints/${complaint.id}`);
      assert.equal(after.body.status, 'escalated');
      assert.equal(after.body.revision, complaint.revision);
      const stranger = await t
        .as({ role: 'buyer', id: 'nobody' })
        .get(`/v1/complaints/${complaint.id}/settlement-quote?type=refund`);
      assert.equal(stranger.status, 404);
    });

    it('tells the caller who they are (GET /v1/me)', async () => {
      const buyer = await t.as({ role: 'buyer', id: 'u-7' }).get('/v1/me');
      assert.deepEqual(buyer.body, { userId: 'u-7', role: 'buyer', shopId: null });
      const seller = await t.as({ role: 'seller', id: 'u-8', shopId: 's-9' }).get('/v1/me');
      assert.deepEqual(seller.body, { userId: 'u-8', role: 'seller', shopId: 's-9' });
      const admin = await t.as({ role: 'admin', id: 'adm-1' }).get('/v1/me');
      assert.deepEqual(admin.body, { userId: 'adm-1', role: 'admin', shopId: null });
      assert.equal((await t.platform.get('/v1/me')).body.role, 'platform');
      const anonymous = await t.as({ role: 'anonymous' }).get('/v1/me');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.code, 'unauthorized');
      const forged = await t.as({ role: 'anonymous' }).get('/v1/me', { authorization: 'Bearer not-a-token' });
      assert.equal(forged.status, 401);
    });
  });
}
