import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileComplaint } from './complaint/filing.ts';
import { decide, type Command } from './complaint/lifecycle.ts';
import { SYSTEM_ACTOR, type Actor, type Complaint, type SettlementLine } from './complaint/types.ts';
import { escrowFunding, settlementMovements, type LedgerMovement } from './ledger.ts';
import type { Order } from './order.ts';
import { DEFAULT_POLICY, type Policy } from './policy.ts';

const POLICY: Policy = { version: 1, publishedAt: '2026-01-01T00:00:00.000Z', document: DEFAULT_POLICY };
const T0 = new Date('2026-11-20T04:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const BUYER: Actor = { role: 'buyer', id: 'u-100' };
const SELLER: Actor = { role: 'seller', id: 'seller-user-1', shopId: 's-1' };

function order(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o-1',
    buyerId: 'u-100',
    shopId: 's-1',
    shopIsMall: true,
    currency: 'IDR',
    items: [{ lineId: 'l1', sku: 'SKU-1', name: 'Sepatu Lari', unitPrice: 500_000, quantity: 1 }],
    shippingCost: 20_000,
    shippingPromoUsed: false,
    shippingInsurance: false,
    courier: 'jne',
    trackingNumber: '123456789012345',
    status: 'delivered',
    shippedAt: new Date('2026-11-18T03:00:00.000Z'),
    deliveredAt: new Date('2026-11-20T03:00:00.000Z'),
    receivedConfirmedAt: null,
    ...overrides,
  };
}

/** A not_received complaint (no evidence needed: it waits on the seller at once). */
function filed(opts: { id?: string; order?: Partial<Order>; amount?: number } = {}): Complaint {
  return fileComplaint(
    order({ status: 'shipped', deliveredAt: null, ...opts.order }),
    BUYER,
    {
      id: opts.id ?? 'cmp-1',
      proposalId: 'prp-1',
      category: 'not_received',
      description: 'Paket belum sampai.',
      items: [{ lineId: 'l1', quantity: 1 }],
      desiredSolution:
        opts.amount === undefined ? { type: 'refund' } : { type: 'refund', amount: opts.amount },
    },
    { now: T0, policy: POLICY, hasOpenComplaint: false, disputedBefore: new Map() },
  ).complaint;
}

function apply(c: Complaint, by: Actor, cmd: Command, hours: number): Complaint {
  const result = decide(c, by, cmd, {
    now: at(hours),
    policy: POLICY,
    calendar: { timeZone: 'Asia/Jakarta', holidays: new Set<string>() },
    shopReturnAddress: null,
  });
  assert.ok(result);
  return result.complaint;
}

const sellerSilent = (c: Complaint) =>
  apply(
    c,
    SYSTEM_ACTOR,
    { type: 'ExpireDeadline', kind: 'seller_response', dueAt: c.deadlines[0]!.dueAt },
    48,
  );
const sellerAccepts = (c: Complaint) => apply(c, SELLER, { type: 'AcceptProposal', proposalId: 'prp-1' }, 2);
const buyerWithdraws = (c: Complaint) => apply(c, BUYER, { type: 'Withdraw', reason: 'Sudah sampai.' }, 2);

const postings = (movements: LedgerMovement[]) =>
  movements.map((m) => [m.key, m.postings.map((p) => [p.accountId, p.amount])]);

describe('settlementMovements', () => {
  const cases: { name: string; input: Complaint; expected: ReturnType<typeof postings> }[] = [
    {
      name: 'seller silent: items and shipping to the buyer’s refund balance; the zero release moves nothing',
      input: sellerSilent(filed()),
      expected: [
        [
          'complaint:cmp-1:items_refund',
          [
            ['order_escrow:o-1', -500_000],
            ['buyer_refund:u-100', 500_000],
          ],
        ],
        [
          'complaint:cmp-1:original_shipping_refund',
          [
            ['order_escrow:o-1', -20_000],
            ['buyer_refund:u-100', 20_000],
          ],
        ],
      ],
    },
    {
      name: 'a partial refund: the rest of the disputed escrow to the seller’s payable',
      input: sellerAccepts(filed({ amount: 300_000 })),
      expected: [
        [
          'complaint:cmp-1:items_refund',
          [
            ['order_escrow:o-1', -300_000],
            ['buyer_refund:u-100', 300_000],
          ],
        ],
        [
          'complaint:cmp-1:escrow_release',
          [
            ['order_escrow:o-1', -220_000],
            ['seller_payable:s-1', 220_000],
          ],
        ],
      ],
    },
    {
      name: 'a shipping promo: no shipping line, no shipping movement',
      input: sellerSilent(filed({ order: { shippingPromoUsed: true } })),
      expected: [
        [
          'complaint:cmp-1:items_refund',
          [
            ['order_escrow:o-1', -500_000],
            ['buyer_refund:u-100', 500_000],
          ],
        ],
      ],
    },
    {
      name: 'withdrawn: the whole disputed escrow to the seller',
      input: buyerWithdraws(filed()),
      expected: [
        [
          'complaint:cmp-1:escrow_release',
          [
            ['order_escrow:o-1', -520_000],
            ['seller_payable:s-1', 520_000],
          ],
        ],
      ],
    },
    { name: 'not settled yet: nothing to post', input: filed(), expected: [] },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const movements = settlementMovements(input);
      assert.deepEqual(postings(movements), expected);
      for (const m of movements) {
        assert.equal(
          m.postings.reduce((sum, p) => sum + p.amount, 0),
          0,
          `${m.key} does not balance`,
        );
      }
    });
  }

  it('keys are unique per complaint and line kind, and the same on every call (posted once)', () => {
    const a = sellerSilent(filed({ id: 'cmp-a' }));
    const b = sellerSilent(filed({ id: 'cmp-b' }));
    const keys = [...settlementMovements(a), ...settlementMovements(b)].map((m) => m.key);
    assert.deepEqual(keys, [
      'complaint:cmp-a:items_refund',
      'complaint:cmp-a:original_shipping_refund',
      'complaint:cmp-b:items_refund',
      'complaint:cmp-b:original_shipping_refund',
    ]);
    assert.equal(new Set(keys).size, keys.length);
    assert.deepEqual(settlementMovements(a), settlementMovements(a));
  });

  it('each line is funded from its source: platform reimbursements from the shipping subsidy', () => {
    const settled = sellerSilent(filed());
    const lines: SettlementLine[] = [
      { kind: 'items_refund', to: 'buyer', amount: 500_000, fundedBy: 'escrow' },
      { kind: 'original_shipping_refund', to: 'buyer', amount: 20_000, fundedBy: 'escrow' },
      { kind: 'return_shipping_reimbursement', to: 'buyer', amount: 15_000, fundedBy: 'platform' },
      { kind: 'escrow_release', to: 'seller', amount: 0, fundedBy: 'escrow' },
      { kind: 'compensation', to: 'buyer', amount: 1_000_000, fundedBy: 'insurer', status: 'pending' },
    ];
    const c: Complaint = {
      ...settled,
      settlement: { ...settled.settlement!, buyerRefund: 535_000, lines },
    };
    const movements = settlementMovements(c);
    // seed: 500,000 + 20,000 + 15,000 = 535,000 reaches the buyer's refund balance
    assert.equal(
      movements
        .flatMap((m) => m.postings)
        .reduce((sum, p) => (p.accountId === 'buyer_refund:u-100' ? sum + p.amount : sum), 0),
      535_000,
    );
    assert.deepEqual(movements.find((m) => m.kind === 'return_shipping_reimbursement')?.postings, [
      { accountId: 'platform_shipping_subsidy', amount: -15_000 },
      { accountId: 'buyer_refund:u-100', amount: 15_000 },
    ]);
    // a pending compensation claim moves no money until the insurer decides
    assert.ok(movements.every((m) => m.kind !== 'compensation'));
  });

  it('never takes more out of escrow than the disputed amount', () => {
    for (const c of [
      sellerSilent(filed()),
      sellerAccepts(filed({ amount: 300_000 })),
      buyerWithdraws(filed()),
    ]) {
      const fromEscrow = settlementMovements(c)
        .flatMap((m) => m.postings)
        .filter((p) => p.accountId === 'order_escrow:o-1')
        .reduce((sum, p) => sum - p.amount, 0);
      assert.equal(fromEscrow, c.refundable.itemsValue + c.refundable.shippingShare);
    }
  });
});

describe('escrowFunding', () => {
  const cases: { name: string; input: Partial<Order>; expected: number }[] = [
    { name: 'items plus shipping', input: {}, expected: 520_000 },
    {
      name: 'a shipping promo paid the shipping: items only',
      input: { shippingPromoUsed: true },
      expected: 500_000,
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const m = escrowFunding(order(input));
      assert.equal(m.key, 'order:o-1:escrow_funded');
      assert.deepEqual(m.postings, [
        { accountId: 'marketplace_clearing', amount: -expected },
        { accountId: 'order_escrow:o-1', amount: expected },
      ]);
    });
  }
});
