import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError, type ErrorCode } from '../errors.ts';
import type { Order } from '../order.ts';
import { DEFAULT_POLICY, type Policy } from '../policy.ts';
import { addHours } from '../time.ts';
import { assessEligibility, fileComplaint, type FileComplaintInput, type FilingContext } from './filing.ts';
import type { Actor, Category, Program, Solution } from './types.ts';

const POLICY: Policy = { version: 3, publishedAt: '2026-01-01T00:00:00.000Z', document: DEFAULT_POLICY };
const DELIVERED_AT = new Date('2026-11-20T03:00:00.000Z'); // the seed's example
const BUYER: Actor = { role: 'buyer', id: 'u-100' };

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
    deliveredAt: DELIVERED_AT,
    receivedConfirmedAt: null,
    ...overrides,
  };
}

/** An order in flight: shipped, not yet delivered (what not_received needs). */
const SHIPPED: Partial<Order> = { status: 'shipped', deliveredAt: null };

function ctx(overrides: Partial<FilingContext> = {}): FilingContext {
  return {
    now: addHours(DELIVERED_AT, 1),
    policy: POLICY,
    hasOpenComplaint: false,
    disputedBefore: new Map(),
    ...overrides,
  };
}

function input(overrides: Partial<FileComplaintInput> = {}): FileComplaintInput {
  return {
    id: 'cmp-1',
    proposalId: 'prp-1',
    category: 'damaged',
    description: 'Sol sepatu sobek saat dibuka.',
    items: [{ lineId: 'l1', quantity: 1 }],
    desiredSolution: { type: 'refund' },
    ...overrides,
  };
}

function refusalCode(fn: () => unknown): ErrorCode | 'no error' {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'no error';
}

const TWO_LINES: Partial<Order> = {
  items: [
    { lineId: 'l1', sku: 'SKU-1', name: 'Sepatu Lari', unitPrice: 500_000, quantity: 1 },
    { lineId: 'l2', sku: 'SKU-2', name: 'Kaus Kaki', unitPrice: 250_000, quantity: 2 },
  ],
};

describe('fileComplaint refusals (SPEC 3.1)', () => {
  const cases: {
    name: string;
    input: { order?: Partial<Order>; complaint?: Partial<FileComplaintInput>; ctx?: Partial<FilingContext> };
    expected: ErrorCode;
  }[] = [
    // seed: a claim starts once the order is delivered
    {
      name: 'a paid order is not delivered',
      input: { order: { status: 'paid' } },
      expected: 'order_not_delivered',
    },
    { name: 'a shipped order is not delivered', input: { order: SHIPPED }, expected: 'order_not_delivered' },
    {
      name: 'a cancelled order is not delivered',
      input: { order: { status: 'cancelled' } },
      expected: 'order_not_delivered',
    },
    {
      name: 'a delivered order without a delivery time',
      input: { order: { deliveredAt: null } },
      expected: 'order_not_delivered',
    },
    {
      name: 'not_received on a delivered order',
      input: { complaint: { category: 'not_received' } },
      expected: 'order_not_shipped',
    },
    {
      name: 'not_received on an order not yet shipped',
      input: { order: { status: 'paid', deliveredAt: null }, complaint: { category: 'not_received' } },
      expected: 'order_not_shipped',
    },
    // seed: claims after the buyer confirmed receipt are not processed
    {
      name: 'the buyer confirmed receipt (status completed)',
      input: { order: { status: 'completed', receivedConfirmedAt: addHours(DELIVERED_AT, 0.5) } },
      expected: 'already_confirmed',
    },
    {
      name: 'status completed even without a confirmation time',
      input: { order: { status: 'completed' } },
      expected: 'already_confirmed',
    },
    {
      name: 'receivedConfirmedAt set on a delivered order',
      input: { order: { receivedConfirmedAt: addHours(DELIVERED_AT, 0.5) } },
      expected: 'already_confirmed',
    },
    {
      name: 'not_received after the buyer confirmed receipt',
      input: {
        order: { ...SHIPPED, receivedConfirmedAt: DELIVERED_AT },
        complaint: { category: 'not_received' },
      },
      expected: 'already_confirmed',
    },
    // seed: 2×24 h after delivery
    {
      name: 'one millisecond after the 48 h complaint window',
      input: { ctx: { now: new Date(addHours(DELIVERED_AT, 48).getTime() + 1) } },
      expected: 'complaint_window_closed',
    },
    {
      name: 'a week after delivery',
      input: { ctx: { now: addHours(DELIVERED_AT, 7 * 24) } },
      expected: 'complaint_window_closed',
    },
    // default: one open complaint per order
    {
      name: 'another complaint on the order is open',
      input: { ctx: { hasOpenComplaint: true } },
      expected: 'complaint_already_open',
    },
    {
      name: 'another complaint is open, not_received on a shipped order',
      input: { order: SHIPPED, complaint: { category: 'not_received' }, ctx: { hasOpenComplaint: true } },
      expected: 'complaint_already_open',
    },
    // seed: Pasti Ori is a Mall guarantee
    {
      name: 'counterfeit against a shop that is not a Mall partner',
      input: { order: { shopIsMall: false }, complaint: { category: 'counterfeit' } },
      expected: 'counterfeit_requires_mall',
    },
    // the disputed items
    {
      name: 'a line that is not on the order',
      input: { complaint: { items: [{ lineId: 'l9', quantity: 1 }] } },
      expected: 'unknown_order_line',
    },
    {
      name: 'more than was ordered',
      input: { complaint: { items: [{ lineId: 'l1', quantity: 2 }] } },
      expected: 'quantity_exceeds_order',
    },
    {
      name: 'the only unit was taken by an earlier complaint',
      input: { ctx: { disputedBefore: new Map([['l1', 1]]) } },
      expected: 'quantity_exceeds_order',
    },
    {
      name: 'one of two units taken earlier, two disputed now',
      input: {
        order: TWO_LINES,
        complaint: { items: [{ lineId: 'l2', quantity: 2 }] },
        ctx: { disputedBefore: new Map([['l2', 1]]) },
      },
      expected: 'quantity_exceeds_order',
    },
    {
      name: 'the same line named twice, together more than was ordered',
      input: {
        complaint: {
          items: [
            { lineId: 'l1', quantity: 1 },
            { lineId: 'l1', quantity: 1 },
          ],
        },
      },
      expected: 'quantity_exceeds_order',
    },
    // the desired solution
    {
      name: 'a refund for a shipping cost complaint',
      input: { complaint: { category: 'shipping_cost', desiredSolution: { type: 'refund' } } },
      expected: 'solution_not_allowed',
    },
    {
      name: 'a shipping refund for a damaged item',
      input: { complaint: { desiredSolution: { type: 'shipping_refund' } } },
      expected: 'solution_not_allowed',
    },
    {
      name: 'a return with an amount (only refunds take one)',
      input: { complaint: { desiredSolution: { type: 'return_refund', amount: 1000 } } },
      expected: 'validation_failed',
    },
    {
      name: 'a refund above items + shipping share',
      input: { complaint: { desiredSolution: { type: 'refund', amount: 520_001 } } },
      expected: 'amount_exceeds_maximum',
    },
    {
      name: 'a partial dispute asking for more than its own maximum',
      input: {
        order: TWO_LINES,
        complaint: {
          items: [{ lineId: 'l2', quantity: 1 }],
          desiredSolution: { type: 'refund', amount: 255_001 },
        },
      },
      expected: 'amount_exceeds_maximum',
    },
    {
      name: 'a shipping-cost complaint when a promo paid the shipping (nothing to refund, seed)',
      input: {
        order: { shippingPromoUsed: true },
        complaint: { category: 'shipping_cost', desiredSolution: { type: 'shipping_refund' } },
      },
      expected: 'no_shipping_to_refund',
    },
  ];
  for (const { name, input: given, expected } of cases) {
    it(`${name} → ${expected}`, () => {
      assert.equal(
        refusalCode(() => fileComplaint(order(given.order), BUYER, input(given.complaint), ctx(given.ctx))),
        expected,
      );
    });
  }
});

describe('fileComplaint accepts (the boundaries of SPEC 3.1)', () => {
  const cases: {
    name: string;
    input: { order?: Partial<Order>; complaint?: Partial<FileComplaintInput>; ctx?: Partial<FilingContext> };
  }[] = [
    { name: 'exactly 48 h after delivery', input: { ctx: { now: addHours(DELIVERED_AT, 48) } } },
    { name: 'right at delivery', input: { ctx: { now: DELIVERED_AT } } },
    {
      name: 'not_received on a shipped order',
      input: { order: SHIPPED, complaint: { category: 'not_received' } },
    },
    {
      name: 'not_received long after shipping (no delivery window applies)',
      input: {
        order: SHIPPED,
        complaint: { category: 'not_received' },
        ctx: { now: addHours(DELIVERED_AT, 30 * 24) },
      },
    },
    { name: 'counterfeit against a Mall partner', input: { complaint: { category: 'counterfeit' } } },
    {
      name: 'the unit left after an earlier complaint',
      input: {
        order: TWO_LINES,
        complaint: { items: [{ lineId: 'l2', quantity: 1 }] },
        ctx: { disputedBefore: new Map([['l2', 1]]) },
      },
    },
    {
      name: 'exactly the refundable maximum',
      input: { complaint: { desiredSolution: { type: 'refund', amount: 520_000 } } },
    },
  ];
  for (const { name, input: given } of cases) {
    it(name, () => {
      const { complaint } = fileComplaint(order(given.order), BUYER, input(given.complaint), ctx(given.ctx));
      assert.equal(complaint.id, 'cmp-1');
    });
  }
});

/** A desired solution and order status each category can be filed with. */
function validFor(category: Category): { order: Partial<Order>; solution: Solution } {
  if (category === 'not_received') return { order: SHIPPED, solution: { type: 'refund' } };
  if (category === 'shipping_cost') return { order: {}, solution: { type: 'shipping_refund' } };
  return { order: {}, solution: { type: 'refund' } };
}

describe('fileComplaint programs (SPEC 3.2)', () => {
  const cases: { name: string; input: { category: Category; shopIsMall: boolean }; expected: Program }[] = [
    {
      name: 'Mall + counterfeit',
      input: { category: 'counterfeit', shopIsMall: true },
      expected: 'pasti_ori',
    },
    { name: 'Mall + damaged', input: { category: 'damaged', shopIsMall: true }, expected: 'garansi_7_hari' },
    {
      name: 'Mall + missing_items',
      input: { category: 'missing_items', shopIsMall: true },
      expected: 'garansi_7_hari',
    },
    {
      name: 'Mall + not_as_described',
      input: { category: 'not_as_described', shopIsMall: true },
      expected: 'garansi_7_hari',
    },
    {
      name: 'Mall + not_received',
      input: { category: 'not_received', shopIsMall: true },
      expected: 'standard',
    },
    {
      name: 'Mall + shipping_cost',
      input: { category: 'shipping_cost', shopIsMall: true },
      expected: 'standard',
    },
    {
      name: 'regular shop + damaged',
      input: { category: 'damaged', shopIsMall: false },
      expected: 'standard',
    },
    {
      name: 'regular shop + not_as_described',
      input: { category: 'not_as_described', shopIsMall: false },
      expected: 'standard',
    },
  ];
  for (const { name, input: given, expected } of cases) {
    it(`${name} → ${expected}`, () => {
      const valid = validFor(given.category);
      const { complaint } = fileComplaint(
        order({ ...valid.order, shopIsMall: given.shopIsMall }),
        BUYER,
        input({ category: given.category, desiredSolution: valid.solution }),
        ctx(),
      );
      assert.equal(complaint.program, expected);
    });
  }
});

describe('fileComplaint refundable maximum (SPEC 4)', () => {
  const cases: {
    name: string;
    input: { order: Partial<Order>; items: FileComplaintInput['items'] };
    expected: { itemsValue: number; shippingShare: number };
  }[] = [
    {
      name: 'seed: the whole order, 500,000 + 20,000',
      input: { order: {}, items: [{ lineId: 'l1', quantity: 1 }] },
      expected: { itemsValue: 500_000, shippingShare: 20_000 },
    },
    {
      name: 'seed: a shipping promo paid the shipping',
      input: { order: { shippingPromoUsed: true }, items: [{ lineId: 'l1', quantity: 1 }] },
      expected: { itemsValue: 500_000, shippingShare: 0 },
    },
    {
      name: 'one unit of a two-line order (a quarter of its value)',
      input: { order: TWO_LINES, items: [{ lineId: 'l2', quantity: 1 }] },
      expected: { itemsValue: 250_000, shippingShare: 5_000 },
    },
    {
      name: 'a whole line of a two-line order (half its value)',
      input: { order: TWO_LINES, items: [{ lineId: 'l2', quantity: 2 }] },
      expected: { itemsValue: 500_000, shippingShare: 10_000 },
    },
    {
      name: 'every line of a two-line order',
      input: {
        order: TWO_LINES,
        items: [
          { lineId: 'l1', quantity: 1 },
          { lineId: 'l2', quantity: 2 },
        ],
      },
      expected: { itemsValue: 1_000_000, shippingShare: 20_000 },
    },
    {
      name: 'a third of the value: the shipping share is rounded down (10,000 → 3,333)',
      input: {
        order: {
          shippingCost: 10_000,
          items: [
            { lineId: 'l1', sku: 'SKU-1', name: 'Topi', unitPrice: 100_000, quantity: 1 },
            { lineId: 'l2', sku: 'SKU-2', name: 'Jaket', unitPrice: 200_000, quantity: 1 },
          ],
        },
        items: [{ lineId: 'l1', quantity: 1 }],
      },
      expected: { itemsValue: 100_000, shippingShare: 3_333 },
    },
  ];
  for (const { name, input: given, expected } of cases) {
    it(name, () => {
      const { complaint } = fileComplaint(order(given.order), BUYER, input({ items: given.items }), ctx());
      assert.deepEqual(complaint.refundable, expected);
    });
  }

  it('keeps a snapshot of each disputed line (sku, name, price, quantity)', () => {
    const { complaint } = fileComplaint(
      order(TWO_LINES),
      BUYER,
      input({ items: [{ lineId: 'l2', quantity: 1 }] }),
      ctx(),
    );
    assert.deepEqual(complaint.items, [
      { lineId: 'l2', sku: 'SKU-2', name: 'Kaus Kaki', unitPrice: 250_000, quantity: 1 },
    ]);
  });
});

describe('fileComplaint status, first proposal and deadline', () => {
  const filedAt = addHours(DELIVERED_AT, 1);

  it('with evidence required: awaiting_evidence, evidence due 24 h after filing (seed)', () => {
    const { complaint, events } = fileComplaint(order(), BUYER, input(), ctx({ now: filedAt }));
    assert.equal(complaint.status, 'awaiting_evidence');
    assert.equal(complaint.filedAt, filedAt.toISOString());
    assert.equal(complaint.evidenceCompletedAt, null);
    assert.deepEqual(complaint.deadlines, [
      {
        kind: 'evidence_submission',
        dueAt: addHours(filedAt, 24).toISOString(),
        onExpiry: 'close_expired_no_evidence',
        party: 'buyer',
        breached: false,
      },
    ]);
    assert.deepEqual(
      events.map((e) => e.type),
      ['complaint_filed', 'proposal_made', 'status_changed'],
    );
    assert.deepEqual(events[2]?.data, { from: null, to: 'awaiting_evidence' });
  });

  it('the desired solution is the first proposal, to the seller, its clock not yet running', () => {
    const { complaint } = fileComplaint(
      order(),
      BUYER,
      input({ desiredSolution: { type: 'refund', amount: 300_000 } }),
      ctx({ now: filedAt }),
    );
    assert.equal(complaint.proposals.length, 1);
    const [proposal] = complaint.proposals;
    assert.deepEqual(
      {
        id: proposal?.id,
        by: proposal?.by,
        addressedTo: proposal?.addressedTo,
        solution: proposal?.solution,
        status: proposal?.status,
        clockStartsAt: proposal?.clockStartsAt,
      },
      {
        id: 'prp-1',
        by: 'buyer',
        addressedTo: 'seller',
        solution: { type: 'refund', amount: 300_000 },
        status: 'pending',
        clockStartsAt: null,
      },
    );
  });

  it('with no evidence required (not_received): straight to the seller, 48 h from filing', () => {
    const { complaint, events } = fileComplaint(
      order(SHIPPED),
      BUYER,
      input({ category: 'not_received' }),
      ctx({ now: filedAt }),
    );
    assert.equal(complaint.status, 'awaiting_seller');
    assert.equal(complaint.evidenceCompletedAt, filedAt.toISOString());
    assert.equal(complaint.proposals[0]?.clockStartsAt, filedAt.toISOString());
    assert.deepEqual(complaint.deadlines, [
      {
        kind: 'seller_response',
        dueAt: addHours(filedAt, 48).toISOString(),
        onExpiry: 'refund_seller_unresponsive',
        party: 'seller',
        breached: false,
      },
    ]);
    assert.deepEqual(events[2]?.data, { from: null, to: 'awaiting_seller' });
  });

  it('records the order’s parties, currency, insurance and the policy version', () => {
    const { complaint } = fileComplaint(order({ shippingInsurance: true }), BUYER, input(), ctx());
    assert.deepEqual(
      {
        orderId: complaint.orderId,
        buyerId: complaint.buyerId,
        shopId: complaint.shopId,
        shopIsMall: complaint.shopIsMall,
        currency: complaint.currency,
        hasShippingInsurance: complaint.hasShippingInsurance,
        policyVersion: complaint.policyVersion,
        outcome: complaint.outcome,
        settlement: complaint.settlement,
      },
      {
        orderId: 'o-1',
        buyerId: 'u-100',
        shopId: 's-1',
        shopIsMall: true,
        currency: 'IDR',
        hasShippingInsurance: true,
        policyVersion: 3,
        outcome: null,
        settlement: null,
      },
    );
  });
});

describe('assessEligibility', () => {
  it('a delivered Mall order within the window: every category but not_received, until delivery + 48 h', () => {
    const result = assessEligibility(order(), ctx());
    assert.equal(result.eligible, true);
    assert.equal(result.code, null);
    assert.equal(result.until, addHours(DELIVERED_AT, 48).toISOString());
    assert.deepEqual(
      result.categories.map((c) => [c.category, c.eligible, c.program, c.code]),
      [
        ['not_received', false, 'standard', 'order_not_shipped'],
        ['damaged', true, 'garansi_7_hari', null],
        ['missing_items', true, 'garansi_7_hari', null],
        ['not_as_described', true, 'garansi_7_hari', null],
        ['counterfeit', true, 'pasti_ori', null],
        ['shipping_cost', true, 'standard', null],
      ],
    );
  });

  it('offers the solutions that fit each category', () => {
    const result = assessEligibility(order(), ctx());
    assert.deepEqual(Object.fromEntries(result.categories.map((c) => [c.category, c.solutions])), {
      not_received: ['refund', 'resend'],
      damaged: ['refund', 'return_refund', 'return_exchange'],
      missing_items: ['refund', 'send_missing'],
      not_as_described: ['refund', 'return_refund', 'return_exchange'],
      counterfeit: ['return_refund', 'refund'],
      shipping_cost: ['shipping_refund'],
    });
  });

  it('a regular shop: counterfeit is refused', () => {
    const counterfeit = assessEligibility(order({ shopIsMall: false }), ctx()).categories.find(
      (c) => c.category === 'counterfeit',
    );
    assert.deepEqual([counterfeit?.eligible, counterfeit?.code], [false, 'counterfeit_requires_mall']);
  });

  it('a shipped order: only not_received, with no window', () => {
    const result = assessEligibility(order(SHIPPED), ctx());
    assert.equal(result.eligible, true);
    assert.equal(result.until, null);
    assert.deepEqual(
      result.categories.filter((c) => c.eligible).map((c) => c.category),
      ['not_received'],
    );
  });

  const refusals: {
    name: string;
    input: { order?: Partial<Order>; ctx?: Partial<FilingContext> };
    expected: ErrorCode;
  }[] = [
    {
      name: 'a paid order',
      input: { order: { status: 'paid', deliveredAt: null } },
      expected: 'order_not_delivered',
    },
    { name: 'a completed order', input: { order: { status: 'completed' } }, expected: 'already_confirmed' },
    {
      name: 'a delivered order past its window',
      input: { ctx: { now: new Date(addHours(DELIVERED_AT, 48).getTime() + 1) } },
      expected: 'complaint_window_closed',
    },
    {
      name: 'an order with an open complaint',
      input: { ctx: { hasOpenComplaint: true } },
      expected: 'complaint_already_open',
    },
  ];
  for (const { name, input: given, expected } of refusals) {
    it(`${name}: not eligible, ${expected}`, () => {
      const result = assessEligibility(order(given.order), ctx(given.ctx));
      assert.deepEqual([result.eligible, result.code, result.until], [false, expected, null]);
      assert.ok(result.categories.every((c) => !c.eligible));
    });
  }
});
