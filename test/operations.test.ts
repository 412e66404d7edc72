import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { DEFAULT_POLICY } from '../src/domain/policy.ts';
import { validatePolicyDocument } from '../src/domain/policy-validation.ts';
import { startTestApp, type Caller, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

const HOUR = 3_600_000;
const admin: Caller = { role: 'admin', id: 'adm-1' };
const agent: Caller = { role: 'agent', id: 'a-1' };

describe('the default policy', () => {
  it('passes the publishing checks', () => {
    assert.ok('document' in validatePolicyDocument(DEFAULT_POLICY));
  });
});

for (const backend of backends()) {
  describe(`policy publishing (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('only an admin publishes, and a bad policy is 422 naming the field', async () => {
      const doc = structuredClone(DEFAULT_POLICY);
      assert.equal((await t.as(agent).put('/v1/policy', doc)).status, 403);
      const cases: [string, (d: typeof doc) => void, string][] = [
        ['a zero duration', (d) => (d.hours.sellerResponse = 0), 'hours.sellerResponse'],
        ['a fractional duration', (d) => (d.hours.evidenceSubmission = 1.5), 'hours.evidenceSubmission'],
        ['an unknown courier', (d) => (d.couriers[0]!.code = 'kilat'), 'couriers.0.code'],
        [
          'a cap below zero',
          (d) => (d.compensation.capByCurrency.IDR = -1),
          'compensation.capByCurrency.IDR',
        ],
        [
          'a broken tracking pattern',
          (d) => (d.couriers[1]!.trackingPattern = '(['),
          'couriers.1.trackingPattern',
        ],
        ['an unknown time zone', (d) => (d.timeZone = 'Mars/Olympus'), 'timeZone'],
      ];
      for (const [name, spoil, path] of cases) {
        const bad = structuredClone(DEFAULT_POLICY);
        spoil(bad);
        const res = await t.as(admin).put('/v1/policy', bad);
        assert.equal(res.status, 422, name);
        assert.equal(res.body.code, 'policy_invalid', name);
        assert.ok(
          res.body.errors.some((e: { path: string }) => e.path === path),
          `${name}: ${JSON.stringify(res.body.errors)}`,
        );
      }
      const missing = await t.as(admin).put('/v1/policy', { timeZone: 'Asia/Jakarta' });
      assert.equal(missing.status, 422);
      assert.ok(missing.body.errors.some((e: { path: string }) => e.path === 'hours'));
    });

    it('new complaints use a new version; open ones keep theirs', async () => {
      const before = await given.complaint({ status: 'awaiting_evidence' });
      assert.equal(before.complaint.policyVersion, 1);
      const next = structuredClone(DEFAULT_POLICY);
      next.hours.evidenceSubmission = 12;
      const published = await t.as(admin).put('/v1/policy', next);
      assert.equal(published.status, 201, JSON.stringify(published.body));
      assert.equal(published.body.version, 2);
      const versions = (await t.as(agent).get('/v1/policy/versions')).body.data;
      assert.deepEqual(
        versions.map((v: { version: number; publishedBy: string }) => [v.version, v.publishedBy]),
        [
          [2, 'adm-1'],
          [1, 'system'],
        ],
      );
      assert.equal((await t.as(agent).get('/v1/policy')).body.document.hours.evidenceSubmission, 12);
      assert.equal(
        (await t.as(agent).get('/v1/policy?version=1')).body.document.hours.evidenceSubmission,
        24,
      );
      assert.equal((await t.as(agent).get('/v1/policy?version=9')).status, 404);
      const after = await given.complaint({ status: 'awaiting_evidence' });
      assert.equal(after.complaint.policyVersion, 2);
      assert.equal(after.complaint.deadlines[0].dueAt, new Date(t.now().getTime() + 12 * HOUR).toISOString());
      await t.advance(13);
      assert.equal((await t.as(agent).get(`/v1/complaints/${after.complaint.id}`)).body.status, 'closed');
      assert.equal(
        (await t.as(agent).get(`/v1/complaints/${before.complaint.id}`)).body.status,
        'awaiting_evidence',
        'still on version 1: 24 h',
      );
    });
  });

  describe(`the agents' queue (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('lists escalations, appeals, near deadlines and overdue compensation, most urgent first, with filters', async () => {
      const escalated = await given.complaint({ status: 'escalated' });
      const appealed = await given.complaint({ status: 'escalated', order: { shopIsMall: true } });
      await t.as(agent).post(`/v1/complaints/${appealed.complaint.id}/decision`, {
        type: 'refund',
        amount: 1000,
        reason: 'sebagian',
      });
      await t.as(appealed.buyer).post(`/v1/complaints/${appealed.complaint.id}/appeal`, {
        reason: 'kurang',
        evidence: [{ kind: 'other', text: 'foto baru' }],
      });
      const waiting = await given.complaint({ status: 'awaiting_seller' });
      const far = await given.complaint({ status: 'awaiting_evidence' });
      await t.advance(25); // the escalation's 24 h SLA is breached; the seller's 48 h are near
      const queue = (await t.as(agent).get('/v1/agent/queue')).body;
      const ids = queue.data.map((i: { complaintId: string }) => i.complaintId);
      const item = (id: string) => queue.data.find((i: { complaintId: string }) => i.complaintId === id);
      assert.deepEqual(
        [item(escalated.complaint.id).kind, item(escalated.complaint.id).breached],
        ['escalated', true],
      );
      assert.equal(item(appealed.complaint.id).kind, 'appeal');
      assert.deepEqual(
        [item(waiting.complaint.id).kind, item(waiting.complaint.id).deadlineKind],
        ['deadline_near', 'seller_response'],
      );
      assert.ok(!ids.includes(far.complaint.id), 'closed after 24 h without evidence: not in the queue');
      assert.ok(ids.indexOf(escalated.complaint.id) < ids.indexOf(waiting.complaint.id), 'breaches first');

      await t.as(agent).post(`/v1/complaints/${escalated.complaint.id}/assign`, {});
      const mine = (await t.as(agent).get('/v1/agent/queue?assignee=me')).body.data;
      assert.deepEqual(
        mine.map((i: { complaintId: string }) => i.complaintId),
        [escalated.complaint.id],
      );
      const mall = (await t.as(agent).get('/v1/agent/queue?program=garansi_7_hari')).body.data;
      assert.ok(mall.every((i: { program: string }) => i.program === 'garansi_7_hari'));
      assert.ok(mall.some((i: { complaintId: string }) => i.complaintId === appealed.complaint.id));
      assert.equal((await t.as(escalated.buyer).get('/v1/agent/queue')).status, 403);
    });

    it('an overdue Pasti Ori compensation claim is a breach in the queue', async () => {
      const order = await given.order({ shopIsMall: true });
      const filed = await t.as(order.buyer).post('/v1/complaints', {
        orderId: order.id,
        category: 'counterfeit',
        description: 'palsu',
        items: [{ lineId: 'l1', quantity: 1 }],
        desiredSolution: { type: 'refund' },
      });
      await given.completeEvidence(filed.body.id, order.buyer, 'counterfeit', true);
      await t.as(order.buyer).post(`/v1/complaints/${filed.body.id}/evidence/submit`);
      await t
        .as(order.seller)
        .post(`/v1/complaints/${filed.body.id}/proposals/${filed.body.proposals[0].id}/accept`);
      const claim = (
        await t.as(agent).get('/v1/compensation-claims?status=pending&limit=100')
      ).body.data.find((c: { complaintId: string }) => c.complaintId === filed.body.id);
      assert.equal(claim.overdue, false);
      await t.advance(24 * 25); // well past 14 working days
      const overdue = (await t.as(agent).get('/v1/compensation-claims?overdue=true&limit=100')).body.data.map(
        (c: { id: string }) => c.id,
      );
      assert.ok(overdue.includes(claim.id));
      const queued = (await t.as(agent).get('/v1/agent/queue?limit=200')).body.data.find(
        (i: { claimId: string | null }) => i.claimId === claim.id,
      );
      assert.deepEqual(
        [queued.kind, queued.breached, queued.waitingOn],
        ['compensation_overdue', true, 'insurer'],
      );
    });
  });
}

for (const backend of backends()) {
  describe(`metrics (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('serves Prometheus metrics: latency by route, deadlines and their lag, complaints by status, breaches', async () => {
      const { complaint } = await given.complaint({ status: 'escalated' });
      await t.platform.get(`/v1/complaints/${complaint.id}`);
      // a due deadline that no worker has fired yet shows as lag
      await sql`update app_clock set now = now + interval '30 hours'`.execute(t.sepakat.deps.db);
      const res = await t.sepakat.server.inject({ method: 'GET', url: '/metrics' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/plain/);
      const text = res.body;
      assert.match(text, /sepakat_http_request_duration_seconds_bucket\{[^}]*route="\/v1\/complaints\/:id"/);
      assert.match(text, /sepakat_complaints\{status="escalated"\} 1/);
      assert.match(text, /sepakat_deadlines\{state="pending"\} 1/);
      assert.match(text, /sepakat_deadlines_due 1/);
      assert.match(text, /sepakat_deadline_lag_seconds 21600/);
      assert.match(text, /sepakat_sla_breaches\{kind="agent_sla"\} 0/);
      assert.match(text, /sepakat_webhook_deliveries\{status="failed"\} 0/);
      await t.advance(0.001);
      const after = (await t.sepakat.server.inject({ method: 'GET', url: '/metrics' })).body;
      assert.match(after, /sepakat_sla_breaches\{kind="agent_sla"\} 1/);
      assert.match(after, /sepakat_deadline_lag_seconds 0/);
    });
  });
}
