import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { backends } from './helpers/databases.ts';
import { startTestApp, type Caller, type TestApp } from './helpers/app.ts';
import { Given } from './helpers/given.ts';
import { cloneComplaints, instantsIn } from './helpers/population.ts';
import { backfillListRows } from '../src/app/backfill-list-rows.ts';

const agent: Caller = { role: 'agent', id: 'agent-1' };
const COPIES = 1_200;
const MALL_COPIES = 300;
const MINUTE = 60_000;

interface QueueItem {
  complaintId: string;
  kind: string;
  breached: boolean;
  dueAt: string | null;
  status: string;
}

/** Every page of a list, following `nextCursor`. */
async function allPages<T>(t: TestApp, caller: Caller, url: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res: { status: number; body: any } = await t
      .as(caller)
      .get(`${url}${cursor ? `${sep}cursor=${cursor}` : ''}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    items.push(...(res.body.data as T[]));
    cursor = res.body.nextCursor;
    pages++;
  } while (cursor);
  return { items, pages };
}

/**
 * More than 1,000 complaints near a deadline and one breached escalation: the queue and the lists
 * must put the most urgent first and count them right, whatever their number. (The queue used to
 * fetch 1,000 rows by next deadline and sort breaches first in memory: a breached escalation,
 * which has no running deadline, was the first to be cut off, and `total` stopped at 1,000.)
 */
for (const backend of backends()) {
  describe(`lists with more than 1,000 candidates (${backend})`, () => {
    let t: TestApp;
    let breached: string;
    let seller: Caller;
    let nearIds: Set<string>;
    before(async () => {
      t = await startTestApp(backend);
      const given = new Given(t);
      // A complaint waiting on its seller (48 h), copied 1,200 times, each copy a minute earlier
      // than the one before, so their deadlines are all different.
      const waiting = await given.complaint({ category: 'not_received' });
      // the copies' shop (one shop: `shops: 1`, not a Mall partner)
      seller = { role: 'seller', id: 'seller-q', shopId: 'bsr-q0' };
      const db = t.sepakat.deps.db;
      await cloneComplaints(db, [waiting.complaint.id], {
        copies: COPIES,
        buyers: 300,
        shops: 1,
        shiftMs: -MINUTE,
        shiftedTimes: await instantsIn(db, [waiting.complaint.id]),
        tag: 'q',
      });
      // and 300 of a Mall partner's (Garansi 7 Hari), waiting on the seller too
      const mall = await given.complaint({ status: 'awaiting_seller', order: { shopIsMall: true } });
      await cloneComplaints(db, [mall.complaint.id], {
        copies: MALL_COPIES,
        buyers: 300,
        shops: 1,
        shiftMs: -MINUTE,
        shiftedTimes: await instantsIn(db, [mall.complaint.id]),
        tag: 'g',
      });
      // The escalation's 24 h SLA passes: breached, and its only deadline no longer runs.
      breached = (await given.complaint({ status: 'escalated' })).complaint.id;
      await t.advance(25);
      nearIds = new Set(
        (
          await db.selectFrom('complaints').select('id').where('status', '=', 'awaiting_seller').execute()
        ).map((r) => r.id),
      );
      assert.equal(nearIds.size, COPIES + 1 + MALL_COPIES + 1);
    });
    after(() => t.close());

    it('the agents’ queue: the breached escalation first, then every deadline in order, and the right total', async () => {
      const first = await t.as(agent).get('/v1/agent/queue?limit=50');
      assert.equal(first.status, 200);
      // more than the 500 that are counted exactly: the answer says so
      assert.deepEqual([first.body.total, first.body.totalIsExact], [500, false]);
      assert.deepEqual(
        [first.body.data[0].complaintId, first.body.data[0].kind, first.body.data[0].breached],
        [breached, 'escalated', true],
      );
      const { items, pages } = await allPages<QueueItem>(t, agent, '/v1/agent/queue?limit=200');
      assert.equal(items.length, nearIds.size + 1);
      assert.ok(pages > 1);
      assert.equal(new Set(items.map((i) => i.complaintId)).size, items.length, 'no complaint twice');
      const rest = items.slice(1);
      assert.ok(rest.every((i) => !i.breached && i.kind === 'deadline_near' && nearIds.has(i.complaintId)));
      for (let i = 1; i < rest.length; i++)
        assert.ok(rest[i - 1]!.dueAt! <= rest[i]!.dueAt!, `in deadline order at ${i}`);

      const breaches = (await t.as(agent).get('/v1/agent/queue?breaching=true')).body;
      assert.deepEqual([breaches.total, breaches.data.map((i: QueueItem) => i.complaintId)], [1, [breached]]);
      const escalated = (await t.as(agent).get('/v1/agent/queue?status=escalated')).body;
      assert.deepEqual(
        escalated.data.map((i: QueueItem) => i.complaintId),
        [breached],
      );
      const notBreaching = (await t.as(agent).get('/v1/agent/queue?breaching=false&limit=1')).body;
      assert.deepEqual(
        [notBreaching.total, notBreaching.totalIsExact, notBreaching.data[0].breached],
        [500, false, false],
      );
      // under 500, exact
      const mall = (await t.as(agent).get('/v1/agent/queue?program=garansi_7_hari&limit=1')).body;
      assert.deepEqual([mall.total, mall.totalIsExact], [MALL_COPIES + 1, true]);
      assert.equal(mall.data[0].program, 'garansi_7_hari');
      const none = (await t.as(agent).get('/v1/agent/queue?category=counterfeit&status=awaiting_seller'))
        .body;
      assert.deepEqual([none.total, none.data], [0, []]);
      assert.equal((await t.as(agent).get('/v1/agent/queue?cursor=garbage')).status, 400);
    });

    it('GET /v1/complaints by deadline with statuses: every complaint once, most urgent first', async () => {
      const { items } = await allPages<{ id: string; status: string; deadlines: { dueAt: string }[] }>(
        t,
        agent,
        '/v1/complaints?sort=deadline&status=awaiting_seller,escalated&limit=100',
      );
      assert.equal(items.length, nearIds.size + 1);
      assert.equal(new Set(items.map((i) => i.id)).size, items.length);
      const dues = items.filter((i) => i.status === 'awaiting_seller').map((i) => i.deadlines[0]!.dueAt);
      assert.deepEqual(dues, [...dues].sort());
      // the breached escalation has no running deadline: last
      assert.equal(items.at(-1)!.id, breached);
    });

    it('a seller’s inbox: what waits on the seller, most urgent first, from list rows', async () => {
      const page = (await t.as(seller).get('/v1/complaints?sort=deadline&waitingOn=seller&limit=20')).body;
      assert.ok(page.nextCursor, 'more than a page');
      assert.equal(page.data.length, 20);
      assert.ok(page.data.every((c: { waitingOn: string; shopId: string }) => c.waitingOn === 'seller'));
      assert.ok(page.data.every((c: { shopId: string }) => c.shopId === page.data[0].shopId));
      const row = page.data[0];
      assert.deepEqual(Object.keys(row).includes('allowedActions'), false, 'a list row, not the complaint');
      assert.equal(row.items[0].name, 'Sepatu Lari');
      assert.equal(row.refundable.maximum, 520_000);
      const full = (await t.as(seller).get(`/v1/complaints/${row.id}`)).body;
      assert.deepEqual(
        [full.revision, full.waitingOn, full.deadlines, full.status],
        [row.revision, row.waitingOn, row.deadlines, row.status],
      );
    });
  });
}

for (const backend of backends()) {
  describe(`list rows of complaints saved before they were kept (${backend})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(backend);
    });
    after(() => t.close());

    it('are filled from the aggregate at start-up, and lists show them', async () => {
      const { complaint, buyer } = await new Given(t).complaint({ status: 'negotiating' });
      const db = t.sepakat.deps.db;
      // as a database migrated from before 2026-12-08 has it
      await db
        .updateTable('complaints')
        .set({ list_row: null, waiting_on: null, breached_at: null })
        .where('id', '=', complaint.id)
        .execute();
      assert.equal(await backfillListRows(db), 1);
      assert.equal(await backfillListRows(db), 0);
      const listed = (await t.as(buyer).get('/v1/complaints')).body.data;
      const full = (await t.as(buyer).get(`/v1/complaints/${complaint.id}`)).body;
      assert.deepEqual(
        listed.map((c: { id: string; waitingOn: string; revision: number }) => [
          c.id,
          c.waitingOn,
          c.revision,
        ]),
        [[complaint.id, full.waitingOn, full.revision]],
      );
      const waitingOn = await db
        .selectFrom('complaints')
        .select('waiting_on')
        .where('id', '=', complaint.id)
        .executeTakeFirstOrThrow();
      assert.equal(waitingOn.waiting_on, full.waitingOn);
    });
  });
}
