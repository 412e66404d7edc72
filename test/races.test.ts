import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

for (const backend of backends()) {
  describe(`concurrent actions (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('20 concurrent accepts of one proposal: one success, 409 for the rest, one settlement', async () => {
      const { complaint, seller, order, buyer } = await given.complaint({ status: 'awaiting_seller' });
      const proposalId = complaint.proposals[0].id;
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          t.as(seller).post(`/v1/complaints/${complaint.id}/proposals/${proposalId}/accept`),
        ),
      );
      const statuses = results.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 200).length, 1, JSON.stringify(statuses));
      assert.equal(
        statuses.filter((s) => s === 409).length,
        19,
        JSON.stringify(results.find((r) => r.status !== 200 && r.status !== 409)?.body),
      );
      for (const r of results.filter((r) => r.status === 409))
        assert.ok(['conflict', 'invalid_transition'].includes(r.body.code));
      const settled = (
        await t.platform.get(`/v1/complaints/${complaint.id}/timeline?limit=500`)
      ).body.data.filter((e: { type: string }) => e.type === 'settled');
      assert.equal(settled.length, 1);
      assert.equal(
        (await t.platform.get(`/v1/ledger/accounts/buyer_refund:${buyer.id}`)).body.balance,
        520_000,
      );
      assert.equal((await t.platform.get(`/v1/ledger/accounts/order_escrow:${order.id}`)).body.balance, 0);
    });

    it('an accept racing the deadline that would deem it accepted settles once', async () => {
      const { complaint, seller } = await given.complaint({ status: 'awaiting_seller' });
      const proposalId = complaint.proposals[0].id;
      const [advance, accept] = await Promise.all([
        t.advance(48),
        t.as(seller).post(`/v1/complaints/${complaint.id}/proposals/${proposalId}/accept`),
      ]);
      assert.ok(advance.fired >= 0);
      assert.ok([200, 409].includes(accept.status));
      const c = (await t.platform.get(`/v1/complaints/${complaint.id}`)).body;
      assert.equal(c.status, 'resolved');
      const postings = await t.sepakat.deps.db
        .selectFrom('ledger_transactions')
        .select('key')
        .where('complaint_id', '=', complaint.id)
        .execute();
      assert.equal(postings.length, new Set(postings.map((p) => p.key)).size);
      assert.ok(postings.length >= 1);
    });

    it('concurrent filings on one order open one complaint', async () => {
      const order = await given.order();
      const body = {
        orderId: order.id,
        category: 'damaged',
        description: 'rusak',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      };
      const results = await Promise.all(
        Array.from({ length: 8 }, () => t.as(order.buyer).post('/v1/complaints', body)),
      );
      assert.equal(results.filter((r) => r.status === 201).length, 1);
      for (const r of results.filter((r) => r.status !== 201))
        assert.equal(r.body.code, 'complaint_already_open');
    });
  });
}
