import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type Caller, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';
import { Given } from './helpers/given.ts';

for (const backend of backends()) {
  describe(`notifications and reminders (${backend})`, () => {
    let t: TestApp;
    let given: Given;
    before(async () => {
      t = await startTestApp(backend);
      given = new Given(t);
    });
    after(() => t.close());

    const inbox = async (who: Caller, query = '') => (await t.as(who).get(`/v1/notifications${query}`)).body;
    const ofComplaint = (list: { data: { complaintId: string }[] }, id: string) =>
      list.data.filter((n) => n.complaintId === id);

    it('tells each party when they must act and how it ended, in Indonesian or English', async () => {
      const { complaint, buyer, seller } = await given.complaint({ status: 'awaiting_evidence' });
      const first = ofComplaint(await inbox(buyer), complaint.id);
      assert.deepEqual(
        first.map((n: any) => [n.kind, n.params.deadlineKind]),
        [['action_needed', 'evidence_submission']],
      );
      assert.equal((first[0] as any).title, 'Lengkapi bukti komplain');
      assert.match((first[0] as any).body, /^Batas waktu: .* WIB\.$/);
      const english = ofComplaint(await inbox(buyer, '?locale=en'), complaint.id);
      assert.equal((english[0] as any).title, 'Complete the complaint’s evidence');
      const byHeader = await t.as(buyer).get('/v1/notifications', { 'accept-language': 'en-US,en;q=0.9' });
      assert.equal(
        ofComplaint(byHeader.body, complaint.id)[0] &&
          (ofComplaint(byHeader.body, complaint.id)[0] as any).title,
        'Complete the complaint’s evidence',
      );

      await given.completeEvidence(complaint.id, buyer, 'damaged', false);
      const submitted = (await t.as(buyer).post(`/v1/complaints/${complaint.id}/evidence/submit`)).body;
      const forShop = ofComplaint(await inbox(seller), complaint.id);
      assert.deepEqual(
        forShop.map((n: any) => n.params.deadlineKind),
        ['seller_response'],
      );
      const colleague: Caller = { role: 'seller', id: 'u-other-staff', shopId: seller.shopId };
      assert.equal(
        ofComplaint(await inbox(colleague), complaint.id).length,
        1,
        'every seller of the shop sees it',
      );

      await t.as(seller).post(`/v1/complaints/${complaint.id}/messages`, { body: 'Mohon tunggu, kami cek.' });
      const message = ofComplaint(await inbox(buyer), complaint.id).find(
        (n: any) => n.kind === 'message',
      ) as any;
      assert.deepEqual([message.title, message.body], ['Pesan baru dari penjual', 'Mohon tunggu, kami cek.']);

      await t.as(seller).post(`/v1/complaints/${complaint.id}/proposals/${submitted.proposals[0].id}/accept`);
      const outcome = ofComplaint(await inbox(buyer), complaint.id).find(
        (n: any) => n.kind === 'outcome',
      ) as any;
      assert.equal(outcome.title, 'Komplain selesai: dana dikembalikan');
      assert.match(outcome.body, /520\.000/);
      assert.ok(ofComplaint(await inbox(seller), complaint.id).some((n: any) => n.kind === 'outcome'));
    });

    it('counts unread notifications and marks them read, only the caller’s own', async () => {
      const { buyer } = await given.complaint({ status: 'awaiting_evidence' });
      const list = await inbox(buyer);
      assert.equal(list.unreadCount, list.data.length);
      const stranger = await t
        .as({ role: 'buyer', id: 'stranger' })
        .post(`/v1/notifications/${list.data[0].id}/read`);
      assert.equal(stranger.body.marked, 0);
      const one = await t.as(buyer).post(`/v1/notifications/${list.data[0].id}/read`);
      assert.deepEqual([one.body.marked, one.body.unreadCount], [1, list.unreadCount - 1]);
      assert.equal((await inbox(buyer, '?unread=true')).data.length, list.unreadCount - 1);
      const all = await t.as(buyer).post('/v1/notifications/read-all');
      assert.equal(all.body.unreadCount, 0);
      assert.equal((await t.platform.get('/v1/notifications')).status, 403);
    });

    it('reminds 24 h and 2 h before a deadline, once each, and never for a deadline that moved or was cleared', async () => {
      const { complaint, seller } = await given.complaint({ status: 'awaiting_seller' });
      const reminders = async () =>
        ofComplaint(await inbox(seller, '?limit=100'), complaint.id).filter(
          (n: any) => n.kind === 'reminder',
        ) as any[];
      await t.advance(23.9);
      assert.equal((await reminders()).length, 0);
      await t.advance(0.1);
      assert.deepEqual(
        (await reminders()).map((n) => n.params.hoursBefore),
        [24],
      );
      assert.match((await reminders())[0].title, /^Pengingat: /);
      await t.advance(1);
      assert.equal((await reminders()).length, 1, 'not sent twice');
      // the agent moves the deadline: the 2 h reminder of the old one is never sent, the new one has its own
      await t
        .as({ role: 'agent', id: 'a-1' })
        .post(`/v1/complaints/${complaint.id}/deadlines/seller_response/extend`, {
          hours: 24,
          reason: 'libur',
        });
      await t.advance(21.5); // 46.5 h after the evidence: past the old deadline's 2 h mark
      assert.deepEqual(
        (await reminders()).map((n) => n.params.hoursBefore),
        [24],
        'nothing for the old deadline',
      );
      await t.advance(2); // 48.5 h: 24 h before the moved deadline (72 h)
      assert.deepEqual((await reminders()).map((n) => n.params.hoursBefore).sort(), [24, 24]);
      await t.advance(22); // 70.5 h: 2 h before it
      assert.deepEqual((await reminders()).map((n) => n.params.hoursBefore).sort(), [2, 24, 24]);
      // answered: no reminder for a cleared deadline
      const next = await given.complaint({ status: 'awaiting_seller' });
      await t.as(next.seller).post(`/v1/complaints/${next.complaint.id}/messages`, { body: 'halo' });
      await t.advance(47);
      const forNext = ofComplaint(await inbox(next.seller, '?limit=100'), next.complaint.id).filter(
        (n: any) => n.kind === 'reminder' && n.params.deadlineKind === 'seller_response',
      );
      assert.equal(forNext.length, 0);
    });
  });
}
