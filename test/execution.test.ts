import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type Caller, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

const HOUR = 3_600_000;
const ADDRESS = {
  name: 'Gudang Larisa',
  phone: '0211234567',
  line1: 'Jl. Gatot Subroto 1',
  city: 'Jakarta Selatan',
  province: 'DKI Jakarta',
  postalCode: '12930',
};

/** A JNE tracking number (policy: 15–16 digits), unique per call. */
function jne(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`.padEnd(16, '7').slice(0, 16);
}

for (const backend of backends()) {
  describe(`returns, exchanges and seller shipments (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    const agent: Caller = { role: 'agent', id: 'a-1' };
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    const lines = (c: { settlement: { lines: { kind: string; amount: number; fundedBy: string }[] } }) =>
      c.settlement.lines.map((l) => [l.kind, l.amount, l.fundedBy]);
    const balance = async (account: string) =>
      (await t.platform.get(`/v1/ledger/accounts/${account}`)).body.balance as number;

    /** An agreed solution: filed with it as the desired solution and accepted by the seller. */
    async function agreed(
      solution: { type: string },
      opts: { category?: string; mall?: boolean; insurance?: boolean } = {},
    ) {
      const g = await given.complaint({
        status: 'awaiting_seller',
        category: opts.category ?? 'damaged',
        desiredSolution: solution,
        order: { shopIsMall: opts.mall ?? true, shippingInsurance: opts.insurance ?? false },
      });
      const res = await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/proposals/${g.complaint.proposals[0].id}/accept`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return { ...g, complaint: res.body };
    }

    async function returnShipped(g: Awaited<ReturnType<typeof agreed>>, cost = 15_000) {
      await t.as(g.seller).put(`/v1/complaints/${g.complaint.id}/return-address`, ADDRESS);
      const tracking = jne();
      const shipped = await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/return-shipment`, {
        courier: 'jne',
        trackingNumber: tracking,
        cost,
      });
      assert.equal(shipped.status, 200, JSON.stringify(shipped.body));
      return tracking;
    }

    it('return and refund, Garansi 7 Hari: 500,000 + 20,000 + 15,000 = 535,000 (seed), the return shipping paid by the platform', async () => {
      const g = await agreed({ type: 'return_refund' });
      assert.equal(g.complaint.status, 'awaiting_return_shipment');
      assert.equal(g.complaint.waitingOn, 'seller');
      assert.deepEqual(
        g.complaint.deadlines.map((d: { kind: string }) => d.kind),
        ['return_address'],
      );
      const addressed = await t.as(g.seller).put(`/v1/complaints/${g.complaint.id}/return-address`, ADDRESS);
      assert.equal(addressed.status, 200, JSON.stringify(addressed.body));
      assert.equal(addressed.body.waitingOn, 'buyer');
      const due = addressed.body.deadlines[0];
      assert.deepEqual(
        [due.kind, due.dueAt, due.onExpiry],
        ['return_shipment', new Date(t.now().getTime() + 48 * HOUR).toISOString(), 'close_expired_no_return'],
      );

      const ship = (body: object) =>
        t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/return-shipment`, body);
      const notPartner = await ship({ courier: 'kilat', trackingNumber: '123', cost: 15_000 });
      assert.deepEqual([notPartner.status, notPartner.body.code], [422, 'courier_not_partner']);
      const badFormat = await ship({ courier: 'jnt', trackingNumber: '1234567890', cost: 15_000 });
      assert.deepEqual([badFormat.status, badFormat.body.code], [422, 'invalid_tracking_number']);
      const tracking = jne();
      const shipped = await ship({ courier: 'jne', trackingNumber: tracking, cost: 15_000 });
      assert.equal(shipped.body.status, 'return_in_transit');
      assert.equal(shipped.body.waitingOn, 'courier');

      const delivered = await t.platform.post(`/v1/shipments/${tracking}/delivered`, {});
      assert.equal(delivered.status, 200, JSON.stringify(delivered.body));
      assert.deepEqual(
        [delivered.body.direction, delivered.body.alreadyReported, delivered.body.complaintStatus],
        ['return', false, 'return_inspection'],
      );
      const again = await t.platform.post(`/v1/shipments/${tracking}/delivered`, {});
      assert.equal(again.body.alreadyReported, true);

      const inspected = await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/inspection`, {
        result: 'accepted',
        note: 'Barang kembali utuh',
      });
      assert.deepEqual([inspected.body.status, inspected.body.outcome], ['resolved', 'return_refund']);
      assert.deepEqual(lines(inspected.body), [
        ['items_refund', 500_000, 'escrow'],
        ['original_shipping_refund', 20_000, 'escrow'],
        ['return_shipping_reimbursement', 15_000, 'platform'],
        ['escrow_release', 0, 'escrow'],
      ]);
      assert.equal(inspected.body.settlement.buyerRefund, 535_000);
      const reimbursement = inspected.body.settlement.lines[2];
      assert.ok(
        new Date(reimbursement.dueAt).getTime() >= t.now().getTime() + 3 * 24 * HOUR,
        'due 3 working days later',
      );
      assert.equal(await balance(`buyer_refund:${g.buyer.id}`), 535_000);
      const subsidy = (await t.platform.get('/v1/ledger/accounts/platform_shipping_subsidy?limit=100')).body
        .postings;
      assert.deepEqual(
        subsidy
          .filter((p: { complaintId: string }) => p.complaintId === g.complaint.id)
          .map((p: { amount: number }) => p.amount),
        [-15_000],
        'the platform funds the return shipping',
      );

      const payouts = (await t.platform.get(`/v1/payouts?complaintId=${g.complaint.id}`)).body.data;
      assert.deepEqual(
        payouts
          .map((p: { kind: string; amount: number; recipient: { role: string } }) => [
            p.kind,
            p.amount,
            p.recipient.role,
          ])
          .sort(),
        [
          ['items_refund', 500_000, 'buyer'],
          ['original_shipping_refund', 20_000, 'buyer'],
          ['return_shipping_reimbursement', 15_000, 'buyer'],
        ],
      );
      const reimbursementPayout = payouts.find(
        (p: { kind: string }) => p.kind === 'return_shipping_reimbursement',
      );
      assert.equal(reimbursementPayout.dueAt, reimbursement.dueAt);
      const confirmed = await t.platform.post(`/v1/payouts/${reimbursementPayout.id}/confirm`, {
        reference: 'TRF-1',
      });
      assert.deepEqual(
        [confirmed.status, confirmed.body.status, confirmed.body.reference],
        [200, 'confirmed', 'TRF-1'],
      );
      const twice = await t.platform.post(`/v1/payouts/${reimbursementPayout.id}/confirm`, {
        reference: 'TRF-2',
      });
      assert.deepEqual(
        [twice.status, twice.body.reference, twice.body.confirmedAt],
        [200, 'TRF-1', confirmed.body.confirmedAt],
      );
      assert.equal((await t.as(g.buyer).post(`/v1/payouts/${reimbursementPayout.id}/confirm`)).status, 403);
      const mine = (await t.as(g.buyer).get('/v1/payouts')).body.data;
      assert.equal(mine.length, 3);
    });

    it('a standard shop: the buyer bears the return shipping (default policy)', async () => {
      const g = await agreed({ type: 'return_refund' }, { mall: false });
      await returnShipped(g);
      await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/return-received`);
      const done = await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'accepted', note: 'ok' });
      assert.deepEqual(lines(done.body), [
        ['items_refund', 500_000, 'escrow'],
        ['original_shipping_refund', 20_000, 'escrow'],
        ['escrow_release', 0, 'escrow'],
      ]);
    });

    it('return and exchange: the platform reimburses 15,000 + 20,000 = 35,000 (seed), the seller is paid', async () => {
      const g = await agreed({ type: 'return_exchange' });
      const tracking = await returnShipped(g);
      await t.platform.post(`/v1/shipments/${tracking}/delivered`);
      const inspected = await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'accepted', note: 'diganti' });
      assert.equal(inspected.body.status, 'awaiting_seller_shipment');
      assert.equal(inspected.body.deadlines[0].kind, 'seller_shipment');
      const out = jne();
      const shipped = await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: out,
        cost: 20_000,
      });
      assert.equal(shipped.body.status, 'seller_shipment_in_transit');
      await t.platform.post(`/v1/shipments/${out}/delivered`);
      const received = await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/confirm-receipt`);
      assert.deepEqual([received.body.status, received.body.outcome], ['resolved', 'exchange']);
      assert.deepEqual(lines(received.body), [
        ['return_shipping_reimbursement', 15_000, 'platform'],
        ['escrow_release', 520_000, 'escrow'],
        ['reshipment_reimbursement', 20_000, 'platform'],
      ]);
      const platformFunded = received.body.settlement.lines
        .filter((l: { fundedBy: string }) => l.fundedBy === 'platform')
        .reduce((s: number, l: { amount: number }) => s + l.amount, 0);
      assert.equal(platformFunded, 35_000);
      assert.equal(await balance(`seller_payable:${g.seller.shopId}`), 540_000);
    });

    it('with shipping insurance no shipping is reimbursed; the insurance claim path applies (seed)', async () => {
      const g = await agreed({ type: 'return_exchange' }, { insurance: true });
      assert.equal(g.complaint.shippingInsurance.applies, true);
      const tracking = await returnShipped(g);
      await t.platform.post(`/v1/shipments/${tracking}/delivered`);
      await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'accepted', note: 'ok' });
      const out = jne();
      await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: out,
        cost: 20_000,
      });
      const done = await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/confirm-receipt`);
      assert.deepEqual(lines(done.body), [['escrow_release', 520_000, 'escrow']]);
    });

    it('a tracking number serves one shipment', async () => {
      const a = await agreed({ type: 'return_refund' });
      const tracking = await returnShipped(a);
      const b = await agreed({ type: 'return_refund' });
      await t.as(b.seller).put(`/v1/complaints/${b.complaint.id}/return-address`, ADDRESS);
      const reused = await t.as(b.buyer).post(`/v1/complaints/${b.complaint.id}/return-shipment`, {
        courier: 'jne',
        trackingNumber: tracking,
        cost: 1,
      });
      assert.deepEqual([reused.status, reused.body.code], [409, 'tracking_number_in_use']);
      assert.equal(
        (await t.platform.post('/v1/shipments/0000000000000000/delivered')).body.code,
        'shipment_not_found',
      );
    });

    it('uses the shop’s default return address as soon as the return starts', async () => {
      const g = await given.complaint({
        status: 'awaiting_seller',
        desiredSolution: { type: 'return_refund' },
        order: { shopIsMall: true },
      });
      const set = await t.as(g.seller).put(`/v1/shops/${g.seller.shopId}/return-address`, ADDRESS);
      assert.equal(set.status, 200);
      assert.equal(
        (
          await t
            .as({ role: 'seller', id: 'x', shopId: 'other' })
            .put(`/v1/shops/${g.seller.shopId}/return-address`, ADDRESS)
        ).status,
        404,
      );
      const accepted = await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/proposals/${g.complaint.proposals[0].id}/accept`);
      assert.equal(accepted.body.waitingOn, 'buyer');
      assert.deepEqual(
        accepted.body.deadlines.map((d: { kind: string }) => d.kind),
        ['return_shipment'],
      );
    });

    it('automatic outcomes of the return leg', async () => {
      // no return address in 48 h: refunded without a return
      const noAddress = await agreed({ type: 'return_refund' });
      // the buyer does not ship within 2×24 h of the address (seed): closed, escrow to the seller
      const noShipment = await agreed({ type: 'return_refund' });
      await t.as(noShipment.seller).put(`/v1/complaints/${noShipment.complaint.id}/return-address`, ADDRESS);
      // the seller does not report the inspection within 2×24 h of arrival (seed): deemed accepted
      const noInspection = await agreed({ type: 'return_refund' });
      const tracking = await returnShipped(noInspection);
      await t.platform.post(`/v1/shipments/${tracking}/delivered`);
      // a return never delivered in 14 days: escalated as lost
      const lost = await agreed({ type: 'return_refund' });
      await returnShipped(lost);

      await t.advance(48);
      const read = async (g: { complaint: { id: string } }) =>
        (await t.as(agent).get(`/v1/complaints/${g.complaint.id}`)).body;
      assert.deepEqual(
        [(await read(noAddress)).status, (await read(noAddress)).outcome],
        ['resolved', 'seller_unresponsive'],
      );
      assert.deepEqual(
        [(await read(noShipment)).status, (await read(noShipment)).outcome],
        ['closed', 'expired_no_return'],
      );
      const inspected = await read(noInspection);
      assert.deepEqual(
        [inspected.status, inspected.outcome, inspected.settlement.buyerRefund],
        ['resolved', 'return_refund', 535_000],
      );
      assert.equal((await read(lost)).status, 'return_in_transit');
      await t.advance(14 * 24 - 48);
      const escalated = await read(lost);
      assert.equal(escalated.status, 'escalated');
      assert.match(escalated.escalation.reason, /lost/);
      assert.match(escalated.escalation.reasonCode, /^(return_lost|seller_shipment_lost)$/);
    });

    it('a rejected inspection goes to Customer Care, whose decision then settles at once', async () => {
      const g = await agreed({ type: 'return_refund' });
      const tracking = await returnShipped(g);
      await t.platform.post(`/v1/shipments/${tracking}/delivered`);
      const photo = await given.upload(g.seller);
      const rejected = await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/inspection`, {
        result: 'rejected',
        note: 'Barang yang kembali bukan barang kami',
        attachmentIds: [photo],
      });
      assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
      assert.equal(rejected.body.status, 'escalated');
      assert.equal(rejected.body.escalation.reasonCode, 'inspection_rejected');
      assert.ok(!rejected.body.allowedActions.includes('withdraw'));
      assert.equal(
        (await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/withdraw`, { reason: 'x' })).status,
        409,
      );
      await t.as(agent).post(`/v1/complaints/${g.complaint.id}/decision`, {
        type: 'return_refund',
        reason: 'Barang sesuai foto pengiriman',
      });
      await t.advance(48);
      const done = (await t.as(g.buyer).get(`/v1/complaints/${g.complaint.id}`)).body;
      assert.deepEqual(
        [done.status, done.outcome, done.settlement.buyerRefund],
        ['resolved', 'return_refund', 535_000],
      );
    });

    it('missing items and resends: the seller ships, the buyer confirms, or 48 h after delivery it is done', async () => {
      const missing = await agreed({ type: 'send_missing' }, { category: 'missing_items', mall: false });
      assert.equal(missing.complaint.status, 'awaiting_seller_shipment');
      const out = jne();
      await t.as(missing.seller).post(`/v1/complaints/${missing.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: out,
        cost: 9_000,
      });
      const confirmed = await t
        .as(missing.buyer)
        .post(`/v1/complaints/${missing.complaint.id}/confirm-receipt`);
      assert.deepEqual(
        [confirmed.body.outcome, confirmed.body.settlement.sellerRelease],
        ['missing_items_sent', 520_000],
      );

      const resend = await agreed({ type: 'resend' }, { category: 'not_received', mall: false });
      const again = jne();
      await t.as(resend.seller).post(`/v1/complaints/${resend.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: again,
        cost: 9_000,
      });
      await t.platform.post(`/v1/shipments/${again}/delivered`);
      const waiting = (await t.as(resend.buyer).get(`/v1/complaints/${resend.complaint.id}`)).body;
      assert.equal(waiting.waitingOn, 'buyer');
      assert.deepEqual(
        waiting.deadlines.map((d: { kind: string }) => d.kind),
        ['seller_shipment_confirmation'],
      );
      await t.advance(48);
      assert.equal(
        (await t.as(resend.buyer).get(`/v1/complaints/${resend.complaint.id}`)).body.outcome,
        'resent',
      );
    });

    it('a seller who does not ship within 48 h refunds the items’ value instead', async () => {
      const g = await agreed({ type: 'send_missing' }, { category: 'missing_items', mall: false });
      await t.advance(48);
      const done = (await t.as(g.buyer).get(`/v1/complaints/${g.complaint.id}`)).body;
      assert.deepEqual(
        [done.status, done.outcome, done.settlement.buyerRefund, done.settlement.sellerRelease],
        ['resolved', 'refund', 500_000, 20_000],
      );
    });

    it('a lost replacement: escalated, decided again, shipped again under a new tracking number', async () => {
      const g = await agreed({ type: 'return_exchange' }, { mall: false });
      const back = await returnShipped(g);
      await t.platform.post(`/v1/shipments/${back}/delivered`);
      await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'accepted', note: 'ok' });
      const first = jne();
      await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: first,
        cost: 18_000,
      });
      await t.advance(14 * 24);
      const lost = (await t.as(agent).get(`/v1/complaints/${g.complaint.id}`)).body;
      assert.equal(lost.status, 'escalated');
      await t.as(agent).post(`/v1/complaints/${g.complaint.id}/decision`, {
        type: 'return_exchange',
        reason: 'kirim ulang',
      });
      await t.advance(48);
      assert.equal(
        (await t.as(agent).get(`/v1/complaints/${g.complaint.id}`)).body.status,
        'awaiting_seller_shipment',
      );
      // a tracking number already used by another complaint's shipment is refused
      const other = await agreed({ type: 'return_refund' });
      const taken = await returnShipped(other);
      const reused = await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: taken,
        cost: 18_000,
      });
      assert.deepEqual([reused.status, reused.body.code], [409, 'tracking_number_in_use']);
      const second = jne();
      await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: second,
        cost: 18_000,
      });
      const delivered = await t.platform.post(`/v1/shipments/${second}/delivered`);
      assert.equal(delivered.status, 200, JSON.stringify(delivered.body));
      // the first parcel turns up after all: recorded, answered 200
      const late = await t.platform.post(`/v1/shipments/${first}/delivered`);
      assert.equal(late.status, 200);
      const done = await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/confirm-receipt`);
      assert.equal(done.body.outcome, 'exchange');
    });

    it('a re-shipment is reimbursed up to the invoice’s shipping, like the return leg', async () => {
      const g = await agreed({ type: 'return_exchange' });
      const back = await returnShipped(g);
      await t.platform.post(`/v1/shipments/${back}/delivered`);
      await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'accepted', note: 'ok' });
      await t.as(g.seller).post(`/v1/complaints/${g.complaint.id}/seller-shipment`, {
        courier: 'jne',
        trackingNumber: jne(),
        cost: 50_000_000,
      });
      const done = await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/confirm-receipt`);
      assert.equal(
        done.body.settlement.lines.find((l: { kind: string }) => l.kind === 'reshipment_reimbursement')
          .amount,
        20_000,
      );
    });

    it('a rejected inspection needs evidence; the original delivery’s resi is not a return resi', async () => {
      const g = await agreed({ type: 'return_refund' });
      await t.as(g.seller).put(`/v1/complaints/${g.complaint.id}/return-address`, ADDRESS);
      const original = await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/return-shipment`, {
        courier: 'jne',
        trackingNumber: String(g.order.body.trackingNumber),
        cost: 10_000,
      });
      assert.deepEqual([original.status, original.body.code], [409, 'tracking_number_in_use']);
      const tracking = jne();
      await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/return-shipment`, {
        courier: 'jne',
        trackingNumber: tracking,
        cost: 10_000,
      });
      await t.platform.post(`/v1/shipments/${tracking}/delivered`);
      const bare = await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'rejected', note: 'tidak sesuai' });
      assert.deepEqual([bare.status, bare.body.code], [400, 'validation_failed']);
    });

    it('a shop default address saved after the return started still counts when the seller’s 48 h pass', async () => {
      const g = await agreed({ type: 'return_refund' });
      await t.as(g.seller).put(`/v1/shops/${g.seller.shopId}/return-address`, ADDRESS);
      await t.advance(48);
      const c = (await t.as(g.buyer).get(`/v1/complaints/${g.complaint.id}`)).body;
      assert.deepEqual(
        [c.status, c.waitingOn, c.deadlines[0].kind],
        ['awaiting_return_shipment', 'buyer', 'return_shipment'],
      );
    });

    it('Pasti Ori: a partial refund earns twice what was refunded for the items', async () => {
      const g = await given.complaint({
        status: 'awaiting_seller',
        category: 'counterfeit',
        desiredSolution: { type: 'refund', amount: 100_000 },
        order: { shopIsMall: true },
      });
      const done = await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/proposals/${g.complaint.proposals[0].id}/accept`);
      assert.equal(
        done.body.settlement.lines.find((l: { kind: string }) => l.kind === 'compensation').amount,
        200_000,
      );
    });

    it('Pasti Ori: a complaint in the buyer’s favour opens a compensation claim of 2× the price, decided by the insurer', async () => {
      const g = await agreed({ type: 'return_refund' }, { category: 'counterfeit' });
      assert.equal(g.complaint.program, 'pasti_ori');
      const tracking = await returnShipped(g);
      await t.platform.post(`/v1/shipments/${tracking}/delivered`);
      const done = await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'accepted', note: 'ok' });
      // seed: the buyer bears the return shipping in Pasti Ori
      assert.deepEqual(lines(done.body), [
        ['items_refund', 500_000, 'escrow'],
        ['original_shipping_refund', 20_000, 'escrow'],
        ['escrow_release', 0, 'escrow'],
        ['compensation', 1_000_000, 'insurer'],
      ]);
      assert.equal(done.body.settlement.buyerRefund, 520_000, 'the refund never waits for the compensation');
      assert.equal(done.body.waitingOn, 'insurer');
      const insurer: Caller = { role: 'insurer' };
      const claims = (await t.as(insurer).get('/v1/compensation-claims?status=pending&limit=100')).body.data;
      const claim = claims.find((c: { complaintId: string }) => c.complaintId === g.complaint.id);
      assert.equal(claim.amount, 1_000_000);
      assert.equal(claim.overdue, false);
      assert.equal((await t.as(g.buyer).get('/v1/compensation-claims')).status, 403);
      const decided = await t
        .as(insurer)
        .post(`/v1/compensation-claims/${claim.id}/decision`, { decision: 'approved', reason: 'Valid' });
      assert.deepEqual([decided.status, decided.body.status], [200, 'approved']);
      assert.equal(await balance(`buyer_credit:${g.buyer.id}`), 1_000_000);
      const twice = await t
        .as(insurer)
        .post(`/v1/compensation-claims/${claim.id}/decision`, { decision: 'rejected', reason: 'x' });
      assert.equal(twice.status, 409);
      const after = (await t.as(g.buyer).get(`/v1/complaints/${g.complaint.id}`)).body;
      assert.equal(after.settlement.lines.at(-1).status, 'approved');
      const payouts = (await t.platform.get(`/v1/payouts?complaintId=${g.complaint.id}`)).body.data;
      assert.ok(
        payouts.some(
          (p: { kind: string; amount: number }) => p.kind === 'compensation' && p.amount === 1_000_000,
        ),
      );
    });

    it('Pasti Ori compensation is capped at 20,000,000, opens for a silent seller, and a rejection records its reason', async () => {
      const order = await given.order({
        shopIsMall: true,
        items: [{ lineId: 'l1', name: 'Jam Tangan', unitPrice: 15_000_000, quantity: 1 }],
      });
      const filed = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'counterfeit',
        description: 'palsu',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'return_refund' },
      });
      await given.completeEvidence(filed.body.id, order.buyer, 'counterfeit', true);
      await t.as(order.buyer).post(`/v1/complaints/${filed.body.id}/evidence/submit`);
      await t.advance(48);
      const c = (await t.as(order.buyer).get(`/v1/complaints/${filed.body.id}`)).body;
      assert.equal(c.outcome, 'seller_unresponsive');
      const compensation = c.settlement.lines.find((l: { kind: string }) => l.kind === 'compensation');
      assert.equal(compensation.amount, 20_000_000);
      const claim = (await t.as({ role: 'insurer' }).get('/v1/compensation-claims?limit=100')).body.data.find(
        (x: { complaintId: string }) => x.complaintId === c.id,
      );
      const rejected = await t.as({ role: 'insurer' }).post(`/v1/compensation-claims/${claim.id}/decision`, {
        decision: 'rejected',
        reason: 'Barang terbukti asli',
      });
      assert.deepEqual([rejected.body.status, rejected.body.reason], ['rejected', 'Barang terbukti asli']);
      assert.equal(await balance(`buyer_credit:${order.buyer.id}`), 0);
    });
  });
}
