import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

const HOUR = 3_600_000;

for (const backend of backends()) {
  describe(`Customer Care mediation (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    const agent = { role: 'agent' as const, id: 'a-1' };
    const otherAgent = { role: 'agent' as const, id: 'a-2' };
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('parties cannot use the agent’s tools', async () => {
      const { complaint, buyer, seller } = await given.complaint({ status: 'escalated' });
      for (const party of [buyer, seller]) {
        for (const [path, body] of [
          ['decision', { type: 'refund', reason: 'x' }],
          ['notes', { body: 'x' }],
          ['assign', {}],
          ['close', { reason: 'x' }],
          ['evidence-requests', { from: 'buyer', note: 'x' }],
          ['deadlines/agent_response/extend', { hours: 2, reason: 'x' }],
        ] as const) {
          const res = await t.as(party).post(`/v1/complaints/${complaint.id}/${path}`, body);
          assert.equal(res.status, 409, `${path}: ${JSON.stringify(res.body)}`);
          assert.equal(res.body.code, 'invalid_transition');
        }
      }
    });

    it('assigns, keeps internal notes from the parties, and shows the SLA; a passed SLA is a breach with no automatic outcome', async () => {
      const { complaint, buyer } = await given.complaint({ status: 'escalated' });
      const assigned = await t.as(agent).post(`/v1/complaints/${complaint.id}/assign`, {});
      assert.equal(assigned.body.assignedAgentId, 'a-1');
      await t
        .as(agent)
        .post(`/v1/complaints/${complaint.id}/notes`, { body: 'Penjual punya riwayat komplain serupa.' });
      const forBuyer = (await t.as(buyer).get(`/v1/complaints/${complaint.id}/timeline`)).body.data;
      assert.ok(!forBuyer.some((e: { type: string }) => e.type === 'note_added'));
      const forAgent = (await t.as(agent).get(`/v1/complaints/${complaint.id}/timeline`)).body.data;
      const note = forAgent.find((e: { type: string }) => e.type === 'note_added');
      assert.equal(note.visibility, 'agents');
      assert.equal(note.data.body, 'Penjual punya riwayat komplain serupa.');

      const sla = assigned.body.deadlines[0];
      assert.deepEqual([sla.kind, sla.onExpiry, sla.breached], ['agent_response', 'sla_breach', false]);
      await t.advance(24);
      const breached = (await t.as(agent).get(`/v1/complaints/${complaint.id}`)).body;
      assert.equal(breached.status, 'escalated');
      assert.equal(breached.deadlines[0].breached, true);
      const list = (await t.as(agent).get('/v1/complaints?breaching=true&limit=100')).body.data;
      assert.ok(list.some((c: { id: string }) => c.id === complaint.id));
      // the agent's first response clears the breach and starts the decision SLA
      const answered = await t
        .as(agent)
        .post(`/v1/complaints/${complaint.id}/messages`, { body: 'Kami sedang meninjau.' });
      assert.deepEqual(
        answered.body.deadlines.map((d: { kind: string }) => d.kind),
        ['agent_decision'],
      );
    });

    it('decides, waits out the 48 h appeal window, then executes the decision', async () => {
      const { complaint, buyer, order } = await given.complaint({ status: 'escalated' });
      const decided = await t.as(agent).post(`/v1/complaints/${complaint.id}/decision`, {
        type: 'refund',
        amount: 200_000,
        reason: 'Foto menunjukkan kerusakan.',
      });
      assert.equal(decided.status, 200, JSON.stringify(decided.body));
      assert.equal(decided.body.status, 'escalated');
      assert.equal(decided.body.waitingOn, 'none');
      assert.deepEqual(
        decided.body.deadlines.map((d: { kind: string; dueAt: string; onExpiry: string }) => [
          d.kind,
          d.dueAt,
          d.onExpiry,
        ]),
        [['appeal_window', new Date(t.now().getTime() + 48 * HOUR).toISOString(), 'execute_decision']],
      );
      assert.ok(
        (await t.as(buyer).get(`/v1/complaints/${complaint.id}`)).body.allowedActions.includes('appeal'),
      );
      assert.equal(
        (
          await t
            .as(otherAgent)
            .post(`/v1/complaints/${complaint.id}/decision`, { type: 'refund', reason: 'x' })
        ).status,
        409,
      );
      await t.advance(48);
      const done = (await t.as(buyer).get(`/v1/complaints/${complaint.id}`)).body;
      assert.deepEqual(
        [done.status, done.outcome, done.settlement.buyerRefund, done.settlement.sellerRelease],
        ['resolved', 'refund', 200_000, 320_000],
      );
      assert.equal(
        (await t.platform.get(`/v1/ledger/accounts/seller_payable:${order.body.shopId}`)).body.balance,
        320_000,
      );
      const late = await t.as(buyer).post(`/v1/complaints/${complaint.id}/appeal`, {
        reason: 'terlambat',
        evidence: [{ kind: 'other', text: 'Foto baru' }],
      });
      assert.equal(late.status, 409);
      const noEvidence = await given.complaint({ status: 'escalated' });
      await t
        .as(agent)
        .post(`/v1/complaints/${noEvidence.complaint.id}/decision`, { type: 'refund', reason: 'ok' });
      const bare = await t
        .as(noEvidence.buyer)
        .post(`/v1/complaints/${noEvidence.complaint.id}/appeal`, { reason: 'tidak setuju' });
      assert.equal(bare.status, 400, 'an appeal brings new evidence (SPEC 3.4)');
    });

    it('an appeal is allowed once, within its window, and decided by a different agent whose decision is final', async () => {
      const { complaint, buyer, seller } = await given.complaint({ status: 'escalated' });
      await t.as(agent).post(`/v1/complaints/${complaint.id}/decision`, {
        type: 'refund',
        amount: 100_000,
        reason: 'Sebagian rusak.',
      });
      await t.advance(10);
      const photo = await given.upload(buyer);
      const appealed = await t.as(buyer).post(`/v1/complaints/${complaint.id}/appeal`, {
        reason: 'Kerusakan menyeluruh, lihat foto baru.',
        evidence: [{ kind: 'product_photo', attachmentId: photo }],
      });
      assert.equal(appealed.status, 200, JSON.stringify(appealed.body));
      assert.equal(appealed.body.waitingOn, 'agent');
      assert.ok(
        appealed.body.evidence.some(
          (e: { forAppeal: boolean; attachmentId: string }) => e.forAppeal && e.attachmentId === photo,
        ),
      );
      const again = await t.as(seller).post(`/v1/complaints/${complaint.id}/appeal`, {
        reason: 'saya juga',
        evidence: [{ kind: 'other', text: 'Bukti pengiriman' }],
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'appeal_already_used');
      const same = await t
        .as(agent)
        .post(`/v1/complaints/${complaint.id}/decision`, { type: 'refund', reason: 'tetap' });
      assert.equal(same.status, 403);
      assert.equal(same.body.code, 'different_agent_required');
      const final = await t.as(otherAgent).post(`/v1/complaints/${complaint.id}/decision`, {
        type: 'refund',
        reason: 'Banding diterima: refund penuh.',
      });
      assert.equal(final.status, 200);
      assert.deepEqual(
        [
          final.body.status,
          final.body.outcome,
          final.body.decision.isFinal,
          final.body.settlement.buyerRefund,
        ],
        ['resolved', 'refund', true, 520_000],
      );
    });

    it('an appeal after its window finds the decision executed; an extended window extends the right to appeal', async () => {
      const { complaint, seller } = await given.complaint({ status: 'escalated' });
      await t.as(agent).post(`/v1/complaints/${complaint.id}/decision`, { type: 'refund', reason: 'ok' });
      // Time passes the window before any worker has executed the decision.
      await sql`update app_clock set now = now + interval '48 hours'`.execute(t.sepakat.deps.db);
      const late = await t.as(seller).post(`/v1/complaints/${complaint.id}/appeal`, {
        reason: 'terlambat',
        evidence: [{ kind: 'other', text: 'Foto baru' }],
      });
      // the request applies the due appeal window first: the decision is executed, nothing is left to appeal
      assert.equal(late.status, 409);
      assert.equal(late.body.code, 'invalid_transition');
      assert.equal((await t.as(seller).get(`/v1/complaints/${complaint.id}`)).body.status, 'resolved');

      const other = await given.complaint({ status: 'escalated' });
      await t
        .as(agent)
        .post(`/v1/complaints/${other.complaint.id}/decision`, { type: 'refund', reason: 'ok' });
      await t.as(agent).post(`/v1/complaints/${other.complaint.id}/deadlines/appeal_window/extend`, {
        hours: 24,
        reason: 'libur panjang',
      });
      await t.advance(49);
      const extended = await t.as(other.seller).post(`/v1/complaints/${other.complaint.id}/appeal`, {
        reason: 'saya keberatan',
        evidence: [{ kind: 'other', text: 'Foto packing' }],
      });
      assert.equal(extended.status, 200, JSON.stringify(extended.body));
    });

    it('requests evidence from a party with a deadline, which the party answers by attaching evidence', async () => {
      const { complaint, seller } = await given.complaint({ status: 'escalated' });
      const requested = await t.as(agent).post(`/v1/complaints/${complaint.id}/evidence-requests`, {
        from: 'seller',
        note: 'Mohon foto saat pengemasan.',
        hours: 12,
      });
      assert.equal(requested.body.waitingOn, 'seller');
      const request = requested.body.deadlines.find((d: { kind: string }) => d.kind === 'evidence_request');
      assert.equal(request.dueAt, new Date(t.now().getTime() + 12 * HOUR).toISOString());
      const photo = await given.upload(seller);
      const answered = await t
        .as(seller)
        .post(`/v1/complaints/${complaint.id}/evidence`, { kind: 'packaging_photo', attachmentId: photo });
      assert.equal(answered.body.waitingOn, 'agent');
      assert.equal(answered.body.evidenceRequest, null);
      // an unanswered request expires back to the agent
      await t
        .as(agent)
        .post(`/v1/complaints/${complaint.id}/evidence-requests`, { from: 'buyer', note: 'Video unboxing?' });
      await t.advance(24);
      const expired = (await t.as(agent).get(`/v1/complaints/${complaint.id}`)).body;
      assert.equal(expired.evidenceRequest, null);
      assert.equal(expired.status, 'escalated');
    });

    it('extends a running deadline with a reason; a deadline that is not running is 409', async () => {
      const { complaint } = await given.complaint({ status: 'awaiting_evidence' });
      const due = new Date(complaint.deadlines[0].dueAt).getTime();
      const extended = await t
        .as(agent)
        .post(`/v1/complaints/${complaint.id}/deadlines/evidence_submission/extend`, {
          hours: 12,
          reason: 'Pembeli sedang di luar kota',
        });
      assert.equal(extended.status, 200);
      assert.equal(extended.body.deadlines[0].dueAt, new Date(due + 12 * HOUR).toISOString());
      await t.advance(25);
      assert.equal(
        (await t.as(agent).get(`/v1/complaints/${complaint.id}`)).body.status,
        'awaiting_evidence',
      );
      await t.advance(11);
      assert.equal((await t.as(agent).get(`/v1/complaints/${complaint.id}`)).body.status, 'closed');
      const none = await t
        .as(agent)
        .post(`/v1/complaints/${complaint.id}/deadlines/seller_response/extend`, { hours: 1, reason: 'x' });
      assert.equal(none.status, 409);
    });

    it('closes a complaint with closed_by_agent and releases the disputed escrow to the seller', async () => {
      const { complaint } = await given.complaint({ status: 'negotiating' });
      const closed = await t
        .as(agent)
        .post(`/v1/complaints/${complaint.id}/close`, { reason: 'Duplikat komplain' });
      assert.deepEqual(
        [closed.body.status, closed.body.outcome, closed.body.settlement.sellerRelease],
        ['closed', 'closed_by_agent', 520_000],
      );
    });
  });
}
