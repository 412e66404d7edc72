import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

const ADDRESS = {
  name: 'Gudang',
  phone: '0211234567',
  line1: 'Jl. Sudirman 1',
  city: 'Jakarta',
  province: 'DKI Jakarta',
  postalCode: '10220',
};
let trackingSeq = 0;
const jne = () => `8${String(Date.now()).slice(-9)}${String(++trackingSeq).padStart(5, '0')}`;

for (const backend of backends()) {
  describe(`execution races (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    async function inTransit() {
      const g = await given.complaint({
        status: 'awaiting_seller',
        desiredSolution: { type: 'return_refund' },
        order: { shopIsMall: true },
      });
      await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/proposals/${g.complaint.proposals[0].id}/accept`);
      await t.as(g.seller).put(`/v1/complaints/${g.complaint.id}/return-address`, ADDRESS);
      const tracking = jne();
      const shipped = await t.as(g.buyer).post(`/v1/complaints/${g.complaint.id}/return-shipment`, {
        courier: 'jne',
        trackingNumber: tracking,
        cost: 15_000,
      });
      assert.equal(shipped.status, 200, JSON.stringify(shipped.body));
      return { ...g, tracking };
    }

    const settledEvents = async (id: string) =>
      (await t.platform.get(`/v1/complaints/${id}/timeline?limit=500`)).body.data.filter(
        (e: { type: string }) => e.type === 'settled',
      ).length;

    it('two delivery reports for one tracking number at once: one effect', async () => {
      const g = await inTransit();
      const reports = await Promise.all(
        Array.from({ length: 6 }, () => t.platform.post(`/v1/shipments/${g.tracking}/delivered`)),
      );
      assert.ok(
        reports.every((r) => r.status === 200),
        JSON.stringify(reports.map((r) => r.body)),
      );
      assert.equal(reports.filter((r) => !r.body.alreadyReported).length, 1);
      const timeline = (await t.platform.get(`/v1/complaints/${g.complaint.id}/timeline?limit=500`)).body
        .data;
      assert.equal(timeline.filter((e: { type: string }) => e.type === 'return_delivered').length, 1);
    });

    it('a seller’s inspection arriving as its deadline fires: the complaint settles once', async () => {
      const g = await inTransit();
      await t.platform.post(`/v1/shipments/${g.tracking}/delivered`);
      const [inspection, advance] = await Promise.all([
        t
          .as(g.seller)
          .post(`/v1/complaints/${g.complaint.id}/inspection`, { result: 'accepted', note: 'ok' }),
        t.advance(48),
      ]);
      assert.ok([200, 409].includes(inspection.status), JSON.stringify(inspection.body));
      assert.ok(advance.fired >= 0);
      const c = (await t.platform.get(`/v1/complaints/${g.complaint.id}`)).body;
      assert.deepEqual([c.status, c.outcome], ['resolved', 'return_refund']);
      assert.equal(await settledEvents(g.complaint.id), 1);
      const keys = await t.sepakat.deps.db
        .selectFrom('ledger_transactions')
        .select('key')
        .where('complaint_id', '=', g.complaint.id)
        .execute();
      assert.equal(keys.length, 3, 'items, original shipping, return shipping: each posted once');
    });

    it('concurrent confirmations of one payout: one effect', async () => {
      const g = await given.complaint({ status: 'awaiting_seller' });
      await t
        .as(g.seller)
        .post(`/v1/complaints/${g.complaint.id}/proposals/${g.complaint.proposals[0].id}/accept`);
      const payout = (await t.platform.get(`/v1/payouts?complaintId=${g.complaint.id}`)).body.data[0];
      const confirmations = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.platform.post(`/v1/payouts/${payout.id}/confirm`, { reference: `TRF-${i}` }),
        ),
      );
      assert.ok(confirmations.every((r) => r.status === 200));
      const references = new Set(confirmations.map((r) => r.body.reference));
      assert.equal(references.size, 1, 'every answer shows the one confirmation that happened');
      const row = await sql<{
        n: string;
      }>`select count(*) as n from payouts where id = ${payout.id} and status = 'confirmed'`.execute(
        t.sepakat.deps.db,
      );
      assert.equal(Number(row.rows[0]!.n), 1);
    });
  });
}
