import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './helpers/app.ts';

/** Right after `npm start`, the Tokolink demo lets one try each category and each refusal of SPEC 3.1. */
describe('the Tokolink demo data', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('embedded', { SEED_DEMO_DATA: 'true' });
  });
  after(() => t.close());

  const eligibility = async (buyer: string, order: string) =>
    (await t.as({ role: 'buyer', id: buyer }).get(`/v1/orders/${order}/eligibility`)).body;
  const category = (
    e: { categories: { category: string; eligible: boolean; code: string | null }[] },
    name: string,
  ) => e.categories.find((c) => c.category === name)!;

  it('has orders for every category and every refusal', async () => {
    const regular = await eligibility('u-100', 'o-1001');
    for (const name of ['damaged', 'missing_items', 'not_as_described', 'shipping_cost'])
      assert.equal(category(regular, name).eligible, true, name);
    assert.equal(category(regular, 'counterfeit').code, 'counterfeit_requires_mall');
    const mall = await eligibility('u-100', 'o-1002');
    assert.deepEqual(
      [
        category(mall, 'counterfeit').eligible,
        mall.categories.find((c: { category: string }) => c.category === 'counterfeit').program,
      ],
      [true, 'pasti_ori'],
    );
    assert.equal(category(await eligibility('u-100', 'o-1003'), 'not_received').eligible, true);
    assert.equal((await eligibility('u-100', 'o-1004')).code, 'complaint_window_closed');
    assert.equal((await eligibility('u-100', 'o-1005')).code, 'already_confirmed');
    assert.equal((await eligibility('u-100', 'o-1006')).code, 'order_not_delivered');
    assert.equal(
      category(await eligibility('u-101', 'o-1007'), 'shipping_cost').code,
      'no_shipping_to_refund',
    );
    assert.equal((await eligibility('u-101', 'o-1010')).code, 'complaint_already_open');
  });

  it('has complaints under way for the agents, and users for every role', async () => {
    const queue = (await t.as({ role: 'agent', id: 'a-1' }).get('/v1/agent/queue')).body.data;
    assert.ok(queue.some((i: { kind: string }) => i.kind === 'escalated'));
    const users = (await t.as({ role: 'anonymous' }).get('/v1/dev/users')).body.data;
    assert.deepEqual([...new Set(users.map((u: { role: string }) => u.role))].sort(), [
      'admin',
      'agent',
      'buyer',
      'seller',
    ]);
  });
});
