import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { ManualClock } from '../src/app/clock.ts';
import * as actions from '../src/app/complaint-actions.ts';
import { decideClaim } from '../src/app/compensation-claims.ts';
import type { AppDeps } from '../src/app/deps.ts';
import { fileComplaint } from '../src/app/file-complaint.ts';
import { fireDueDeadlines } from '../src/app/fire-due-deadlines.ts';
import { confirmPayoutInstruction } from '../src/app/payouts.ts';
import { reportDelivery } from '../src/app/shipments.ts';
import { uploadFile } from '../src/app/uploads.ts';
import { upsertOrder } from '../src/app/upsert-order.ts';
import { sampleMp4, samplePng } from '../src/demo/sample-files.ts';
import { SOLUTIONS_BY_CATEGORY } from '../src/domain/complaint/rules.ts';
import type { Actor, Category } from '../src/domain/complaint/types.ts';
import { DomainError } from '../src/domain/errors.ts';
import { paidTotal, type Order } from '../src/domain/order.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { backends } from './helpers/databases.ts';

/*
 * SPEC 4's ledger invariants, shown by driving random sequences of actions and clock moves
 * through the real use cases and checking, after every step:
 *   - all postings sum to zero;
 *   - no order's escrow goes negative;
 *   - no buyer receives more from an order's escrow than its paid total;
 *   - each settlement line that moves money is posted exactly once, and nothing else is;
 *   - each such line has exactly one payout instruction, of the same amount.
 * Refusals (DomainError) are part of the game; anything else thrown fails the property.
 */

const AGENTS: Actor[] = [
  { role: 'agent', id: 'pa-1' },
  { role: 'agent', id: 'pa-2' },
];
const INSURER: Actor = { role: 'insurer', id: 'insurer' };
const PLATFORM: Actor = { role: 'platform', id: 'platform' };
const ADDRESS = {
  name: 'Gudang',
  phone: '0211234567',
  line1: 'Jl. Sudirman 1',
  city: 'Jakarta',
  province: 'DKI Jakarta',
  postalCode: '10220',
  country: 'ID',
};
/** The categories each demo order can be complained about (order 1 used a shipping promo, order 2 is in transit). */
const CATEGORIES_BY_ORDER: Category[][] = [
  ['damaged', 'missing_items', 'counterfeit', 'not_as_described', 'shipping_cost'],
  ['damaged', 'missing_items', 'not_as_described'],
  ['not_received'],
  ['damaged', 'missing_items', 'not_as_described', 'shipping_cost'],
];

type Step =
  | {
      do: 'file';
      order: number;
      category: number;
      solution: number;
      amount: number | null;
      half: boolean;
      withEvidence: boolean;
    }
  | { do: 'evidence'; order: number }
  | {
      do:
        | 'sellerMessage'
        | 'accept'
        | 'reject'
        | 'withdraw'
        | 'returnAddress'
        | 'returnReceived'
        | 'confirmReceipt'
        | 'escalate'
        | 'close'
        | 'delivered';
      order: number;
      party: 'buyer' | 'seller';
    }
  | { do: 'propose'; order: number; party: 'buyer' | 'seller'; solution: number; amount: number | null }
  | { do: 'decide'; order: number; agent: number; solution: number; amount: number | null }
  | { do: 'appeal'; order: number; party: 'buyer' | 'seller' }
  | { do: 'shipReturn' | 'sellerShip'; order: number; cost: number }
  | { do: 'inspection'; order: number; accepted: boolean }
  | { do: 'compensation'; order: number; approved: boolean }
  | { do: 'confirmPayouts'; order: number }
  | { do: 'progress' | 'finish'; order: number; cost: number; agent: number; solution: number }
  | { do: 'advance'; hours: number };

const order = fc.integer({ min: 0, max: 3 });
const party = fc.constantFrom<'buyer' | 'seller'>('buyer', 'seller');
/** An index into the solutions that fit the complaint's category, so most steps are valid ones. */
const solution = fc.nat(5);
const amount = fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: null });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      do: fc.constant('file' as const),
      order,
      category: fc.nat(5),
      solution,
      amount,
      half: fc.boolean(),
      withEvidence: fc.boolean(),
    }),
  },
  { weight: 4, arbitrary: fc.record({ do: fc.constant('evidence' as const), order }) },
  { weight: 4, arbitrary: fc.record({ do: fc.constant('accept' as const), order, party }) },
  // the natural next step of whoever must act, so that random runs also reach the far states
  // … and now and then all the way to the end, so runs also finish returns and exchanges
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('finish' as const),
      order,
      cost: fc.integer({ min: 0, max: 40_000 }),
      agent: fc.nat(1),
      solution,
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      do: fc.constant('progress' as const),
      order,
      cost: fc.integer({ min: 0, max: 40_000 }),
      agent: fc.nat(1),
      solution,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      do: fc.constantFrom(
        'sellerMessage',
        'accept',
        'reject',
        'withdraw',
        'returnAddress',
        'returnReceived',
        'confirmReceipt',
        'escalate',
        'close',
        'delivered',
      ) as fc.Arbitrary<
        | 'sellerMessage'
        | 'accept'
        | 'reject'
        | 'withdraw'
        | 'returnAddress'
        | 'returnReceived'
        | 'confirmReceipt'
        | 'escalate'
        | 'close'
        | 'delivered'
      >,
      order,
      party,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ do: fc.constant('propose' as const), order, party, solution, amount }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('decide' as const),
      order,
      agent: fc.integer({ min: 0, max: 1 }),
      solution,
      amount,
    }),
  },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('appeal' as const), order, party }) },
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constantFrom('shipReturn', 'sellerShip') as fc.Arbitrary<'shipReturn' | 'sellerShip'>,
      order,
      cost: fc.integer({ min: 0, max: 60_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ do: fc.constant('inspection' as const), order, accepted: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ do: fc.constant('compensation' as const), order, approved: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ do: fc.constant('confirmPayouts' as const), order }) },
  {
    weight: 3,
    arbitrary: fc.record({
      do: fc.constant('advance' as const),
      hours: fc.constantFrom(1, 1, 6, 12, 24, 47, 49, 400),
    }),
  },
);

let run = 0;
let trackingSeq = 0;

for (const backend of backends()) {
  describe(`ledger invariants under random action sequences (${backend})`, () => {
    let t: TestApp;
    let deps: AppDeps;
    before(async () => {
      t = await startTestApp(backend);
      deps = t.sepakat.deps;
    });
    after(() => t.close());

    async function checkInvariants(orders: Order[]): Promise<void> {
      const db = deps.db;
      const total = await sql<{
        total: string | null;
      }>`select sum(amount) as total from ledger_postings`.execute(db);
      assert.equal(Number(total.rows[0]!.total ?? 0), 0, 'postings sum to zero');
      const negative = await sql<{ account_id: string; balance: string }>`
        select account_id, sum(amount) as balance from ledger_postings
        where account_id like 'order_escrow:%' group by account_id having sum(amount) < 0`.execute(db);
      assert.deepEqual(negative.rows, [], 'no escrow goes negative');
      for (const o of orders) {
        const paidOut = await sql<{ total: string | null }>`
          select -sum(p.amount) as total from ledger_postings p join ledger_transactions t on t.id = p.transaction_id
          where p.account_id = ${`order_escrow:${o.id}`} and t.kind <> 'escrow_funded' and t.kind <> 'escrow_release'`.execute(
          db,
        );
        assert.ok(
          Number(paidOut.rows[0]!.total ?? 0) <= paidTotal(o),
          `buyer receives at most the paid total of ${o.id}`,
        );
      }
      const complaints = await db
        .selectFrom('complaints')
        .select(['id', 'state'])
        .where(
          'order_id',
          'in',
          orders.map((o) => o.id),
        )
        .execute();
      for (const row of complaints) {
        const c = row.state as {
          settlement: { lines: { kind: string; amount: number; status?: string }[] } | null;
        };
        const expected = (c.settlement?.lines ?? [])
          .filter((l) => l.amount > 0 && (l.kind !== 'compensation' || l.status === 'approved'))
          .map((l) => `complaint:${row.id}:${l.kind}`);
        const posted = await db
          .selectFrom('ledger_transactions')
          .select('key')
          .where('complaint_id', '=', row.id)
          .execute();
        assert.deepEqual(
          posted.map((p) => p.key).sort(),
          expected.sort(),
          `each settlement line of ${row.id} posted once`,
        );
        const payouts = await db
          .selectFrom('payouts')
          .select(['line_kind', 'amount'])
          .where('complaint_id', '=', row.id)
          .execute();
        const moving = (c.settlement?.lines ?? []).filter(
          (l) => l.amount > 0 && (l.kind !== 'compensation' || l.status === 'approved'),
        );
        assert.deepEqual(
          payouts.map((p) => `${p.line_kind}:${p.amount}`).sort(),
          moving.map((l) => `${l.kind}:${l.amount}`).sort(),
          `one payout instruction per money-moving line of ${row.id}`,
        );
      }
    }

    // A fixed seed keeps CI deterministic; explore more with PROPERTY_SEED=random PROPERTY_RUNS=500.
    const seed =
      process.env.PROPERTY_SEED === 'random'
        ? Date.now() % 2_147_483_647
        : Number(process.env.PROPERTY_SEED ?? 20261122);

    it('hold after every step', async (ctx) => {
      const done = new Map<string, number>();
      const clock = t.sepakat.clock as ManualClock;
      await fc.assert(
        fc.asyncProperty(
          fc.array(step, { minLength: 10, maxLength: backend === 'postgres' ? 25 : 40, size: 'max' }),
          async (steps) => {
            run++;
            const orders: Order[] = [];
            for (let i = 0; i < 4; i++) {
              const now = clock.now().getTime();
              const o: Order = {
                id: `po-${run}-${i}`,
                buyerId: `pb-${run}-${i}`,
                shopId: `ps-${run}-${i % 2}`,
                shopIsMall: i % 2 === 0,
                currency: 'IDR',
                items: [
                  { lineId: 'l1', sku: 'A', name: 'A', unitPrice: 500_000, quantity: 1 },
                  { lineId: 'l2', sku: 'B', name: 'B', unitPrice: 33_333, quantity: 3 },
                ],
                shippingCost: 20_000,
                shippingPromoUsed: i === 1,
                shippingInsurance: i === 3,
                courier: 'jne',
                trackingNumber: null,
                status: i === 2 ? 'shipped' : 'delivered',
                shippedAt: new Date(now - 48 * 3_600_000),
                deliveredAt: i === 2 ? null : new Date(now - 3_600_000),
                receivedConfirmedAt: null,
              };
              await upsertOrder(deps, o);
              orders.push(o);
            }
            const buyer = (i: number): Actor => ({ role: 'buyer', id: orders[i]!.buyerId });
            const seller = (i: number): Actor => ({
              role: 'seller',
              id: `seller-${orders[i]!.shopId}`,
              shopId: orders[i]!.shopId,
            });
            const latest = async (i: number) =>
              deps.db
                .selectFrom('complaints')
                .select(['id', 'state'])
                .where('order_id', '=', orders[i]!.id)
                .orderBy('created_at', 'desc')
                .orderBy('id', 'desc')
                .executeTakeFirst();
            const sol = (category: Category, index: number, amt: number | null) => {
              const fitting = SOLUTIONS_BY_CATEGORY[category];
              const type = fitting[index % fitting.length]!;
              return amt !== null && (type === 'refund' || type === 'shipping_refund')
                ? { type, amount: amt }
                : { type };
            };

            /** Everything any category's checklist asks for, then submit. */
            const completeEvidence = async (b: Actor, id: string) => {
              const photo = async () =>
                (
                  await uploadFile(deps, b, {
                    stream: Readable.from(samplePng([9, 9, 9])),
                    filename: 'p.png',
                  })
                ).id;
              const video = async () =>
                (await uploadFile(deps, b, { stream: Readable.from(sampleMp4()), filename: 'v.mp4' })).id;
              await actions.addEvidence(deps, b, id, {
                kind: 'chronology',
                text: 'Kronologi lengkap kejadian yang cukup panjang untuk dibaca.',
              });
              for (const kind of ['product_photo', 'product_photo', 'packaging_photo', 'invoice'] as const)
                await actions.addEvidence(deps, b, id, { kind, attachmentId: await photo() });
              await actions.addEvidence(deps, b, id, { kind: 'unboxing_video', attachmentId: await video() });
              await actions.submitEvidence(deps, b, id);
            };

            // `finish` is eight `progress` steps in a row
            const expanded = steps.flatMap((x): Step[] =>
              x.do === 'finish' ? Array.from({ length: 8 }, () => ({ ...x, do: 'progress' as const })) : [x],
            );
            for (const s of expanded) {
              try {
                if (s.do === 'advance') {
                  await clock.advance(s.hours * 3_600_000);
                  await fireDueDeadlines(deps);
                } else if (s.do === 'file') {
                  const line = orders[s.order]!.items[s.half ? 1 : 0]!;
                  const categories = CATEGORIES_BY_ORDER[s.order]!;
                  const category = categories[s.category % categories.length]!;
                  const filed = await fileComplaint(deps, buyer(s.order), {
                    orderId: orders[s.order]!.id,
                    category,
                    description: 'random',
                    items: [{ lineId: line.lineId, quantity: s.half ? 2 : 1 }],
                    desiredSolution: sol(category, s.solution, s.amount),
                  });
                  if (s.withEvidence && filed.status === 'awaiting_evidence')
                    await completeEvidence(buyer(s.order), filed.id);
                } else {
                  const c = await latest(s.order);
                  if (!c) continue;
                  const id = c.id;
                  const state = c.state as {
                    category: Category;
                    proposals: { id: string; status: string; addressedTo: string }[];
                    execution: {
                      returnShipment: { trackingNumber: string } | null;
                      sellerShipment: { trackingNumber: string } | null;
                    } | null;
                  };
                  const who = (p: 'buyer' | 'seller') => (p === 'buyer' ? buyer(s.order) : seller(s.order));
                  const pending = state.proposals.find((p) => p.status === 'pending');
                  const status = (c.state as { status: string }).status;
                  switch (s.do) {
                    case 'finish':
                    case 'progress': {
                      const x = state.execution as { returnAddressAt: string | null } | null;
                      if (status === 'awaiting_evidence') await completeEvidence(buyer(s.order), id);
                      else if ((status === 'awaiting_seller' || status === 'negotiating') && pending)
                        await actions.acceptProposal(
                          deps,
                          who(pending.addressedTo as 'buyer' | 'seller'),
                          id,
                          pending.id,
                        );
                      else if (status === 'awaiting_return_shipment' && !x?.returnAddressAt)
                        await actions.setReturnAddress(deps, seller(s.order), id, ADDRESS);
                      else if (status === 'awaiting_return_shipment')
                        await actions.shipReturn(deps, buyer(s.order), id, {
                          courier: 'jne',
                          trackingNumber: String(1_000_000_000_000_000 + ++trackingSeq),
                          cost: s.cost,
                        });
                      else if (status === 'return_in_transit')
                        await reportDelivery(deps, PLATFORM, state.execution!.returnShipment!.trackingNumber);
                      else if (status === 'return_inspection')
                        await actions.reportInspection(deps, seller(s.order), id, {
                          result: 'accepted',
                          note: 'ok',
                          attachmentIds: [],
                        });
                      else if (status === 'awaiting_seller_shipment')
                        await actions.shipReplacement(deps, seller(s.order), id, {
                          courier: 'jne',
                          trackingNumber: String(2_000_000_000_000_000 + ++trackingSeq),
                          cost: s.cost,
                        });
                      else if (status === 'seller_shipment_in_transit')
                        await actions.confirmReceipt(deps, buyer(s.order), id);
                      else if (status === 'escalated')
                        await actions.decideComplaint(deps, AGENTS[s.agent]!, id, {
                          solution: sol(state.category, s.solution, null),
                          reason: 'putusan',
                        });
                      break;
                    }
                    case 'evidence':
                      await completeEvidence(buyer(s.order), id);
                      break;
                    case 'sellerMessage':
                      await actions.postMessage(deps, seller(s.order), id, {
                        body: 'halo',
                        attachmentIds: [],
                      });
                      break;
                    case 'accept':
                      if (pending)
                        await actions.acceptProposal(
                          deps,
                          who(pending.addressedTo as 'buyer' | 'seller'),
                          id,
                          pending.id,
                        );
                      break;
                    case 'reject':
                      if (pending)
                        await actions.rejectProposal(
                          deps,
                          who(pending.addressedTo as 'buyer' | 'seller'),
                          id,
                          pending.id,
                          'tidak',
                        );
                      break;
                    case 'propose':
                      await actions.makeProposal(
                        deps,
                        who(s.party),
                        id,
                        sol(state.category, s.solution, s.amount),
                      );
                      break;
                    case 'withdraw':
                      await actions.withdrawComplaint(deps, buyer(s.order), id, 'batal');
                      break;
                    case 'escalate':
                      await actions.escalateComplaint(deps, who(s.party), id, 'bantuan');
                      break;
                    case 'close':
                      await actions.closeComplaint(deps, AGENTS[0]!, id, 'tutup');
                      break;
                    case 'decide':
                      await actions.decideComplaint(deps, AGENTS[s.agent]!, id, {
                        solution: sol(state.category, s.solution, s.amount),
                        reason: 'putusan',
                      });
                      break;
                    case 'appeal':
                      await actions.appealDecision(deps, who(s.party), id, {
                        reason: 'banding',
                        evidence: [{ kind: 'other', text: 'bukti baru' }],
                      });
                      break;
                    case 'returnAddress':
                      await actions.setReturnAddress(deps, seller(s.order), id, ADDRESS);
                      break;
                    case 'shipReturn':
                      await actions.shipReturn(deps, buyer(s.order), id, {
                        courier: 'jne',
                        trackingNumber: String(1_000_000_000_000_000 + ++trackingSeq),
                        cost: s.cost,
                      });
                      break;
                    case 'sellerShip':
                      await actions.shipReplacement(deps, seller(s.order), id, {
                        courier: 'jne',
                        trackingNumber: String(2_000_000_000_000_000 + ++trackingSeq),
                        cost: s.cost,
                      });
                      break;
                    case 'delivered': {
                      const tracking =
                        state.execution?.sellerShipment?.trackingNumber ??
                        state.execution?.returnShipment?.trackingNumber;
                      if (tracking) await reportDelivery(deps, PLATFORM, tracking);
                      break;
                    }
                    case 'returnReceived':
                      await actions.confirmReturnReceived(deps, seller(s.order), id);
                      break;
                    case 'inspection':
                      await actions.reportInspection(deps, seller(s.order), id, {
                        result: s.accepted ? 'accepted' : 'rejected',
                        note: 'cek',
                        attachmentIds: [],
                      });
                      break;
                    case 'confirmReceipt':
                      await actions.confirmReceipt(deps, buyer(s.order), id);
                      break;
                    case 'compensation': {
                      const claim = await deps.db
                        .selectFrom('compensation_claims')
                        .select('id')
                        .where('complaint_id', '=', id)
                        .executeTakeFirst();
                      if (claim)
                        await decideClaim(deps, INSURER, claim.id, {
                          decision: s.approved ? 'approved' : 'rejected',
                          reason: 'acak',
                        });
                      break;
                    }
                    case 'confirmPayouts': {
                      const payouts = await deps.db
                        .selectFrom('payouts')
                        .select('id')
                        .where('complaint_id', '=', id)
                        .execute();
                      for (const p of payouts) await confirmPayoutInstruction(deps, PLATFORM, p.id, 'ref');
                      break;
                    }
                  }
                }
                done.set(s.do, (done.get(s.do) ?? 0) + 1);
              } catch (err) {
                if (!(err instanceof DomainError)) throw err;
                if (process.env.PROPERTY_DEBUG) console.log(s.do, err.code, err.message);
              }
              await checkInvariants(orders);
            }
          },
        ),
        {
          numRuns: Number(process.env.PROPERTY_RUNS ?? 40),
          seed,
        },
      );
      // What the random runs reached: a property that only ever met refusals would prove nothing.
      const outcomes = await deps.db
        .selectFrom('complaints')
        .select(['outcome', (eb) => eb.fn.countAll<string>().as('n')])
        .groupBy('outcome')
        .execute();
      ctx.diagnostic(`seed ${seed}`);
      ctx.diagnostic(`steps that succeeded: ${JSON.stringify(Object.fromEntries(done))}`);
      ctx.diagnostic(
        `complaints by outcome: ${JSON.stringify(Object.fromEntries(outcomes.map((o) => [o.outcome ?? 'open', Number(o.n)])))}`,
      );
      assert.ok(
        outcomes.filter((o) => o.outcome !== null).length >= 4,
        'the runs reached several different outcomes',
      );
    });
  });
}
