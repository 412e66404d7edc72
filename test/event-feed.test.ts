import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

for (const backend of backends()) {
  describe(`event feed (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    it('lists every timeline event across complaints in order, page by page, for the platform', async () => {
      const { complaint } = await given.complaint({ status: 'negotiating' });
      const all = (await t.platform.get('/v1/events?after=0&limit=1000')).body;
      const mine = all.data.filter((e: { complaintId: string }) => e.complaintId === complaint.id);
      const timeline = (await t.platform.get(`/v1/complaints/${complaint.id}/timeline?limit=500`)).body.data;
      assert.deepEqual(
        mine.map((e: { type: string }) => e.type),
        timeline.map((e: { type: string }) => e.type),
      );
      assert.deepEqual(
        all.data.map((e: { sequence: number }) => e.sequence),
        all.data.map((_: unknown, i: number) => i + 1),
      );
      const page = (await t.platform.get('/v1/events?after=2&limit=3')).body;
      assert.deepEqual(
        page.data.map((e: { sequence: number }) => e.sequence),
        [3, 4, 5],
      );
      assert.equal(page.lastSequence, 5);
      const end = (await t.platform.get(`/v1/events?after=${all.lastSequence}`)).body;
      assert.deepEqual([end.data.length, end.lastSequence], [0, all.lastSequence]);
      assert.equal((await t.as({ role: 'buyer', id: 'x' }).get('/v1/events')).status, 403);
    });

    it('has no gaps and no duplicates while concurrent writers commit and a reader polls', async () => {
      const start = (await t.platform.get('/v1/events?after=0&limit=1000')).body.lastSequence as number;
      const orders = await Promise.all(Array.from({ length: 12 }, () => given.order({ status: 'shipped' })));
      let writing = true;
      const seen: number[] = [];
      const reader = (async () => {
        let position = start;
        const giveUpAt = Date.now() + 120_000;
        while (Date.now() < giveUpAt) {
          const finished = !writing;
          const page = (await t.platform.get(`/v1/events?after=${position}&limit=50`)).body;
          const sequences = page.data.map((e: { sequence: number }) => e.sequence);
          // each page continues exactly where the last one ended: no gap, no repeat
          assert.deepEqual(
            sequences,
            sequences.map((_: number, i: number) => position + i + 1),
          );
          seen.push(...sequences);
          position = page.lastSequence;
          if (finished && sequences.length === 0) return position;
          // poll like a consumer would, leaving the writers room (the embedded database runs one query at a time)
          if (sequences.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        }
        throw new Error('the reader never caught up');
      })();
      // writers: file, then the seller answers, all at once
      await Promise.all(
        orders.map(async (o) => {
          const filed = await t.as(o.buyer).post('/v1/complaints', {
            orderId: o.id,
            category: 'not_received',
            description: 'belum sampai',
            items: [{ lineId: 'l1', quantity: 1 }],
            desiredSolution: { type: 'refund' },
          });
          assert.equal(filed.status, 201, JSON.stringify(filed.body));
          await t.as(o.seller).post(`/v1/complaints/${filed.body.id}/messages`, { body: 'sedang kami cek' });
          await t
            .as(o.seller)
            .post(`/v1/complaints/${filed.body.id}/proposals/${filed.body.proposals[0].id}/accept`);
        }),
      );
      writing = false;
      const last = await reader;
      const total = await t.sepakat.deps.db
        .selectFrom('complaint_events')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(last, Number(total.n), 'every event has a sequence, 1 to the last');
      assert.deepEqual(
        seen,
        Array.from({ length: last - start }, (_, i) => start + i + 1),
      );
    });
  });
}
