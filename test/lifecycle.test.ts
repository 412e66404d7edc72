import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

const HOUR = 3_600_000;

for (const backend of backends()) {
  describe(`complaint lifecycle (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    const balance = async (account: string) =>
      (await t.platform.get(`/v1/ledger/accounts/${account}`)).body.balance as number;

    it('submitting incomplete evidence is 422 naming what is missing; complete evidence waits for the seller 48 h', async () => {
      const { complaint, buyer } = await given.complaint({
        status: 'awaiting_evidence',
        category: 'damaged',
      });
      const client = t.as(buyer);
      const photo = await given.upload(buyer, 'photo');
      assert.equal(
        (
          await client.post(`/v1/complaints/${complaint.id}/evidence`, {
            kind: 'product_photo',
            attachmentId: photo,
          })
        ).status,
        200,
      );
      const early = await client.post(`/v1/complaints/${complaint.id}/evidence/submit`);
      assert.equal(early.status, 422);
      assert.equal(early.body.code, 'evidence_incomplete');
      assert.deepEqual(
        early.body.missing.map((m: { anyOf: string[]; min: number; have: number }) => [
          m.anyOf.join('|'),
          m.min,
          m.have,
        ]),
        [
          ['product_photo', 2, 1],
          ['packaging_photo', 1, 0],
        ],
      );
      await client.post(`/v1/complaints/${complaint.id}/evidence`, {
        kind: 'product_photo',
        attachmentId: await given.upload(buyer),
      });
      await client.post(`/v1/complaints/${complaint.id}/evidence`, {
        kind: 'packaging_photo',
        attachmentId: await given.upload(buyer),
      });
      const submitted = await client.post(`/v1/complaints/${complaint.id}/evidence/submit`);
      assert.equal(submitted.status, 200);
      assert.equal(submitted.body.status, 'awaiting_seller');
      assert.equal(submitted.body.waitingOn, 'seller');
      assert.deepEqual(
        submitted.body.deadlines.map((d: { kind: string; dueAt: string }) => [d.kind, d.dueAt]),
        [['seller_response', new Date(t.now().getTime() + 48 * HOUR).toISOString()]],
      );
      assert.equal(submitted.body.proposals[0].clockStartsAt, t.now().toISOString());
    });

    it('refuses evidence that does not fit its kind, and uploads that are not the caller’s', async () => {
      const { complaint, buyer } = await given.complaint({ status: 'awaiting_evidence' });
      const video = await given.upload(buyer, 'video');
      const mismatch = await t
        .as(buyer)
        .post(`/v1/complaints/${complaint.id}/evidence`, { kind: 'product_photo', attachmentId: video });
      assert.equal(mismatch.status, 422);
      assert.equal(mismatch.body.code, 'evidence_kind_mismatch');
      const stranger = await given.upload({ role: 'buyer', id: 'stranger' });
      const foreign = await t
        .as(buyer)
        .post(`/v1/complaints/${complaint.id}/evidence`, { kind: 'product_photo', attachmentId: stranger });
      assert.equal(foreign.body.code, 'attachment_not_found');
      const noText = await t
        .as(buyer)
        .post(`/v1/complaints/${complaint.id}/evidence`, { kind: 'chronology' });
      assert.equal(noText.body.code, 'validation_failed');
    });

    it('closes a complaint without evidence after 24 h (seed) and releases the escrow to the seller', async () => {
      const { complaint, order } = await given.complaint({ status: 'awaiting_evidence' });
      await t.advance(23.9);
      assert.equal((await t.platform.get(`/v1/complaints/${complaint.id}`)).body.status, 'awaiting_evidence');
      await t.advance(0.1);
      const closed = (await t.platform.get(`/v1/complaints/${complaint.id}`)).body;
      assert.deepEqual(
        [closed.status, closed.outcome, closed.waitingOn],
        ['closed', 'expired_no_evidence', 'none'],
      );
      assert.deepEqual(closed.deadlines, []);
      assert.deepEqual(closed.settlement.lines, [
        { kind: 'escrow_release', to: 'seller', amount: 520_000, fundedBy: 'escrow' },
      ]);
      assert.equal(await balance(`seller_payable:${order.body.shopId}`), 520_000);
      assert.equal(await balance(`order_escrow:${order.id}`), 0);
      const timeline = (await t.platform.get(`/v1/complaints/${complaint.id}/timeline`)).body.data;
      const expiry = timeline.find((e: { type: string }) => e.type === 'deadline_expired');
      assert.equal(expiry.actor.role, 'system');
    });

    it('refunds the buyer when the seller stays silent 48 h after complete evidence (seed)', async () => {
      const { complaint, order, buyer } = await given.complaint({ status: 'awaiting_seller' });
      await t.advance(48);
      const c = (await t.as(buyer).get(`/v1/complaints/${complaint.id}`)).body;
      assert.deepEqual([c.status, c.outcome], ['resolved', 'seller_unresponsive']);
      assert.equal(c.settlement.buyerRefund, 520_000);
      assert.deepEqual(
        c.settlement.lines.map((l: { kind: string; amount: number }) => [l.kind, l.amount]),
        [
          ['items_refund', 500_000],
          ['original_shipping_refund', 20_000],
          ['escrow_release', 0],
        ],
      );
      assert.equal(await balance(`buyer_refund:${buyer.id}`), 520_000);
      assert.equal(await balance(`order_escrow:${order.id}`), 0);
    });

    it('a seller’s message starts negotiating; the buyer’s proposal stays pending and is deemed accepted at its expiry', async () => {
      const { complaint, seller, buyer } = await given.complaint({
        status: 'awaiting_seller',
        desiredSolution: { type: 'refund', amount: 300_000 },
      });
      const evidenceAt = t.now().getTime();
      await t.advance(10);
      const replied = await t
        .as(seller)
        .post(`/v1/complaints/${complaint.id}/messages`, { body: 'Mohon maaf, kami cek dulu.' });
      assert.equal(replied.status, 200);
      assert.equal(replied.body.status, 'negotiating');
      assert.equal(replied.body.waitingOn, 'seller');
      const deadline = replied.body.deadlines[0];
      assert.deepEqual(
        [deadline.kind, deadline.dueAt, deadline.onExpiry],
        ['proposal_response', new Date(evidenceAt + 48 * HOUR).toISOString(), 'accept_proposal'],
      );
      await t.advance(38);
      const c = (await t.as(buyer).get(`/v1/complaints/${complaint.id}`)).body;
      assert.deepEqual(
        [c.status, c.outcome, c.proposals[0].status],
        ['resolved', 'refund', 'deemed_accepted'],
      );
      assert.equal(c.settlement.buyerRefund, 300_000);
      assert.equal(c.settlement.sellerRelease, 220_000);
    });

    it('a counter-offer replaces the pending proposal and the buyer accepts it', async () => {
      const { complaint, seller, buyer } = await given.complaint({ status: 'awaiting_seller' });
      const offer = await t
        .as(seller)
        .post(`/v1/complaints/${complaint.id}/proposals`, { type: 'refund', amount: 250_000 });
      assert.equal(offer.status, 200);
      assert.equal(offer.body.status, 'negotiating');
      assert.deepEqual(
        offer.body.proposals.map((p: { status: string; by: string }) => [p.by, p.status]),
        [
          ['buyer', 'superseded'],
          ['seller', 'pending'],
        ],
      );
      assert.equal(offer.body.waitingOn, 'buyer');
      const pending = offer.body.proposals[1];
      // only the party it is addressed to may accept
      assert.equal(
        (await t.as(seller).post(`/v1/complaints/${complaint.id}/proposals/${pending.id}/accept`)).status,
        409,
      );
      assert.ok(offer.body.allowedActions.includes('propose'));
      const accepted = await t
        .as(buyer)
        .post(`/v1/complaints/${complaint.id}/proposals/${pending.id}/accept`);
      assert.equal(accepted.status, 200);
      assert.deepEqual([accepted.body.status, accepted.body.outcome], ['resolved', 'refund']);
      assert.deepEqual(
        accepted.body.settlement.lines.map((l: { kind: string; amount: number; to: string }) => [
          l.kind,
          l.to,
          l.amount,
        ]),
        [
          ['items_refund', 'buyer', 250_000],
          ['escrow_release', 'seller', 270_000],
        ],
      );
      // a finished complaint takes no more actions
      const late = await t
        .as(buyer)
        .post(`/v1/complaints/${complaint.id}/messages`, { body: 'terima kasih' });
      assert.equal(late.status, 409);
      assert.equal(late.body.code, 'invalid_transition');
    });

    it('settles a shipping-cost complaint with a shipping refund, and refuses one above the shipping share', async () => {
      const order = await given.order({
        items: [{ lineId: 'l1', name: 'Kursi', unitPrice: 300_000, quantity: 1 }],
        shippingCost: 40_000,
      });
      const file = (desiredSolution: object) =>
        t.as(order.buyer).post('/v1/complaints', {
          orderId: order.id,
          category: 'shipping_cost',
          description: 'Ongkir ditagih dua kali',
          items: [{ lineId: 'l1', quantity: 1 }],
          desiredSolution,
        });
      const tooMuch = await file({ type: 'shipping_refund', amount: 40_001 });
      assert.equal(tooMuch.body.code, 'amount_exceeds_maximum');
      const filed = await file({ type: 'shipping_refund', amount: 15_000 });
      assert.equal(filed.status, 201);
      await given.completeEvidence(filed.body.id, order.buyer, 'shipping_cost', false);
      await t.as(order.buyer).post(`/v1/complaints/${filed.body.id}/evidence/submit`);
      const accepted = await t
        .as(order.seller)
        .post(`/v1/complaints/${filed.body.id}/proposals/${filed.body.proposals[0].id}/accept`);
      assert.deepEqual([accepted.body.status, accepted.body.outcome], ['resolved', 'shipping_refund']);
      assert.deepEqual(
        accepted.body.settlement.lines.map((l: { kind: string; amount: number }) => [l.kind, l.amount]),
        [
          ['original_shipping_refund', 15_000],
          ['escrow_release', 325_000],
        ],
      );
      assert.equal(await balance(`buyer_refund:${order.buyer.id}`), 15_000);
    });

    it('a shipping promo leaves no original shipping to refund (seed)', async () => {
      const { complaint, seller } = await given.complaint({
        status: 'awaiting_seller',
        order: { shippingPromoUsed: true },
      });
      assert.deepEqual(complaint.refundable, { itemsValue: 500_000, shippingShare: 0, maximum: 500_000 });
      const accepted = await t
        .as(seller)
        .post(`/v1/complaints/${complaint.id}/proposals/${complaint.proposals[0].id}/accept`);
      assert.deepEqual(
        accepted.body.settlement.lines.map((l: { kind: string; amount: number }) => [l.kind, l.amount]),
        [
          ['items_refund', 500_000],
          ['escrow_release', 0],
        ],
      );
    });

    it('after a rejection, 48 h without a new proposal escalates automatically', async () => {
      const { complaint } = await given.complaint({ status: 'negotiating' });
      assert.deepEqual(
        complaint.deadlines.map((d: { kind: string; onExpiry: string }) => [d.kind, d.onExpiry]),
        [['renegotiation', 'escalate']],
      );
      await t.advance(48);
      const c = (await t.platform.get(`/v1/complaints/${complaint.id}`)).body;
      assert.equal(c.status, 'escalated');
      assert.equal(c.escalation.by, 'system');
      // Sepakat's own words come with a code, for apps to say them in their language.
      assert.equal(c.escalation.reasonCode, 'no_new_proposal');
      assert.equal(c.waitingOn, 'agent');
      assert.deepEqual(
        c.deadlines.map((d: { kind: string; onExpiry: string }) => [d.kind, d.onExpiry]),
        [['agent_response', 'sla_breach']],
      );
    });

    it('escalation opens after a rejection or 72 h without agreement', async () => {
      const { complaint, seller, buyer } = await given.complaint({ status: 'awaiting_seller' });
      await t.as(seller).post(`/v1/complaints/${complaint.id}/messages`, { body: 'Halo' });
      const offer = await t
        .as(seller)
        .post(`/v1/complaints/${complaint.id}/proposals`, { type: 'refund', amount: 100_000 });
      const early = await t
        .as(buyer)
        .post(`/v1/complaints/${complaint.id}/escalate`, { reason: 'tidak setuju' });
      assert.equal(early.status, 422);
      assert.equal(early.body.code, 'escalation_not_yet_allowed');
      assert.ok(!offer.body.allowedActions.includes('escalate'));
      // counter-offers keep it going; 72 h after negotiation started either party may escalate
      await t.advance(40);
      await t.as(buyer).post(`/v1/complaints/${complaint.id}/proposals`, { type: 'refund', amount: 400_000 });
      await t.advance(32);
      const ok = await t
        .as(seller)
        .post(`/v1/complaints/${complaint.id}/escalate`, { reason: 'Minta bantuan' });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.status, 'escalated');
    });

    it('the buyer may withdraw before execution; the disputed escrow goes to the seller', async () => {
      const { complaint, buyer, seller, order } = await given.complaint({ status: 'negotiating' });
      assert.equal(
        (await t.as(seller).post(`/v1/complaints/${complaint.id}/withdraw`, { reason: 'x' })).status,
        409,
      );
      const res = await t.as(buyer).post(`/v1/complaints/${complaint.id}/withdraw`, {
        reason: 'Sudah diselesaikan langsung dengan penjual',
      });
      assert.deepEqual([res.body.status, res.body.outcome], ['closed', 'withdrawn']);
      assert.equal(await balance(`seller_payable:${order.body.shopId}`), 520_000);
    });

    it('every change raises the revision; If-Match with a stale revision is 412', async () => {
      const { complaint, seller } = await given.complaint({ status: 'awaiting_seller' });
      const stale = await t
        .as(seller)
        .post(
          `/v1/complaints/${complaint.id}/messages`,
          { body: 'a' },
          { 'if-match': String(complaint.revision - 1) },
        );
      assert.equal(stale.status, 412);
      assert.equal(stale.body.code, 'precondition_failed');
      const fresh = await t
        .as(seller)
        .post(
          `/v1/complaints/${complaint.id}/messages`,
          { body: 'b' },
          { 'if-match': `"${complaint.revision}"` },
        );
      assert.equal(fresh.status, 200);
      assert.equal(fresh.body.revision, complaint.revision + 1);
      assert.equal(fresh.headers.etag, `"${complaint.revision + 1}"`);
      const read = await t.as(seller).get(`/v1/complaints/${complaint.id}`);
      assert.equal(read.headers.etag, `"${complaint.revision + 1}"`);
    });

    it('shows a complaint only to its parties and agents; others get 404', async () => {
      const { complaint, buyer, seller } = await given.complaint({ status: 'awaiting_seller' });
      assert.equal((await t.as(buyer).get(`/v1/complaints/${complaint.id}`)).status, 200);
      assert.equal((await t.as(seller).get(`/v1/complaints/${complaint.id}`)).status, 200);
      assert.equal(
        (await t.as({ role: 'agent', id: 'a-9' }).get(`/v1/complaints/${complaint.id}`)).status,
        200,
      );
      for (const other of [
        { role: 'buyer' as const, id: 'other' },
        { role: 'seller' as const, id: 'u-x', shopId: 's-other' },
      ]) {
        assert.equal((await t.as(other).get(`/v1/complaints/${complaint.id}`)).status, 404);
        assert.equal((await t.as(other).get(`/v1/complaints/${complaint.id}/timeline`)).status, 404);
        assert.equal(
          (await t.as(other).post(`/v1/complaints/${complaint.id}/messages`, { body: 'hi' })).status,
          404,
        );
      }
      const mine = (await t.as(buyer).get('/v1/complaints')).body.data;
      assert.deepEqual(
        mine.map((c: { id: string }) => c.id),
        [complaint.id],
      );
    });

    it('the timeline lists every event oldest first with actor, type, data and time, and is append-only', async () => {
      const { complaint, buyer } = await given.complaint({ status: 'negotiating' });
      const res = await t.as(buyer).get(`/v1/complaints/${complaint.id}/timeline`);
      assert.equal(res.status, 200);
      const types = res.body.data.map((e: { type: string }) => e.type);
      assert.deepEqual(types.slice(0, 3), ['complaint_filed', 'proposal_made', 'status_changed']);
      assert.ok(types.includes('evidence_submitted'));
      assert.ok(types.includes('proposal_rejected'));
      const seqs = res.body.data.map((e: { seq: number }) => e.seq);
      assert.deepEqual(
        seqs,
        [...seqs].sort((a: number, b: number) => a - b),
      );
      for (const e of res.body.data) assert.ok(e.actor.role && e.occurredAt && e.data);
      const page = await t.as(buyer).get(`/v1/complaints/${complaint.id}/timeline?limit=2`);
      assert.equal(page.body.data.length, 2);
      const next = await t
        .as(buyer)
        .get(`/v1/complaints/${complaint.id}/timeline?limit=2&cursor=${page.body.nextCursor}`);
      assert.equal(next.body.data[0].seq, 3);
      await assert.rejects(
        t.sepakat.deps.db
          .updateTable('complaint_events')
          .set({ type: 'rewritten' })
          .where('complaint_id', '=', complaint.id)
          .execute(),
        /append-only/,
      );
      await assert.rejects(
        t.sepakat.deps.db.deleteFrom('complaint_events').where('complaint_id', '=', complaint.id).execute(),
        /append-only/,
      );
    });

    it('lists complaints with filters and cursor pagination', async () => {
      const a = await given.complaint({ status: 'awaiting_seller' });
      const agent = t.as({ role: 'agent', id: 'a-1' });
      const byOrder = await agent.get(`/v1/complaints?orderId=${a.order.id}`);
      assert.deepEqual(
        byOrder.body.data.map((c: { id: string }) => c.id),
        [a.complaint.id],
      );
      const first = await agent.get('/v1/complaints?limit=2&status=awaiting_seller,negotiating');
      assert.equal(first.body.data.length, 2);
      assert.ok(
        first.body.data.every((c: { status: string }) =>
          ['awaiting_seller', 'negotiating'].includes(c.status),
        ),
      );
      const second = await agent.get(
        `/v1/complaints?limit=2&status=awaiting_seller,negotiating&cursor=${first.body.nextCursor}`,
      );
      const ids = [...first.body.data, ...second.body.data].map((c: { id: string }) => c.id);
      assert.equal(new Set(ids).size, ids.length, 'pages do not overlap');
      assert.equal((await agent.get('/v1/complaints?cursor=garbage')).body.code, 'validation_failed');
      assert.equal((await agent.get('/v1/complaints?status=bogus')).status, 400);
    });
  });
}
