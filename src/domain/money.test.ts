import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertMinorUnits,
  disputedItemsValue,
  originalShippingShare,
  pastiOriCompensation,
  returnRefundTotal,
  returnShippingReimbursement,
  splitRefund,
} from './money.ts';

describe('disputedItemsValue', () => {
  const cases: { name: string; input: { unitPrice: number; quantity: number }[]; expected: number }[] = [
    {
      name: 'seed: one pair of running shoes',
      input: [{ unitPrice: 500_000, quantity: 1 }],
      expected: 500_000,
    },
    {
      name: 'several lines and quantities',
      input: [
        { unitPrice: 500_000, quantity: 1 },
        { unitPrice: 125_000, quantity: 3 },
      ],
      expected: 875_000,
    },
    { name: 'nothing disputed', input: [], expected: 0 },
    {
      name: 'a product whose result is the largest safe integer is exact',
      input: [{ unitPrice: 1_416_003_655_831, quantity: 6_361 }],
      expected: Number.MAX_SAFE_INTEGER,
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(disputedItemsValue(input), expected));
  }

  const overflows: { name: string; input: { unitPrice: number; quantity: number }[] }[] = [
    { name: 'a single product beyond the safe range', input: [{ unitPrice: 2 ** 52, quantity: 2 }] },
    {
      name: 'a sum of safe products beyond the safe range',
      input: [
        { unitPrice: 5_000_000_000_000_000, quantity: 1 },
        { unitPrice: 5_000_000_000_000_000, quantity: 1 },
      ],
    },
  ];
  for (const { name, input } of overflows) {
    it(`refuses ${name} instead of rounding it`, () => {
      assert.throws(() => disputedItemsValue(input), RangeError);
    });
  }
});

describe('originalShippingShare', () => {
  const cases: {
    name: string;
    input: Parameters<typeof originalShippingShare>[0];
    expected: number;
  }[] = [
    {
      name: 'seed: 0 when a shipping promo coupon paid the shipping',
      input: {
        shippingCost: 20_000,
        shippingPromoUsed: true,
        disputedItemsValue: 500_000,
        orderItemsValue: 500_000,
      },
      expected: 0,
    },
    {
      name: 'the whole order disputed: the full shipping',
      input: {
        shippingCost: 20_000,
        shippingPromoUsed: false,
        disputedItemsValue: 500_000,
        orderItemsValue: 500_000,
      },
      expected: 20_000,
    },
    {
      name: 'half the value: half the shipping',
      input: {
        shippingCost: 20_000,
        shippingPromoUsed: false,
        disputedItemsValue: 250_000,
        orderItemsValue: 500_000,
      },
      expected: 10_000,
    },
    {
      name: 'a third of the value: pro-rated and rounded down (10,000 → 3,333)',
      input: {
        shippingCost: 10_000,
        shippingPromoUsed: false,
        disputedItemsValue: 100_000,
        orderItemsValue: 300_000,
      },
      expected: 3_333,
    },
    {
      name: 'two thirds of the value: rounded down, never up (20,000 → 13,333)',
      input: {
        shippingCost: 20_000,
        shippingPromoUsed: false,
        disputedItemsValue: 200_000,
        orderItemsValue: 300_000,
      },
      expected: 13_333,
    },
    {
      name: 'promo with a partial dispute is still 0',
      input: {
        shippingCost: 10_000,
        shippingPromoUsed: true,
        disputedItemsValue: 100_000,
        orderItemsValue: 300_000,
      },
      expected: 0,
    },
    {
      name: 'an order worth nothing has no share',
      input: { shippingCost: 10_000, shippingPromoUsed: false, disputedItemsValue: 0, orderItemsValue: 0 },
      expected: 0,
    },
    {
      // A double product (28,601,694 × 1,330,242,590 ≈ 3.8e16) loses precision: Math.floor gives 9,533,897.
      name: 'exact for large values whose product does not fit a double (one third of 28,601,694)',
      input: {
        shippingCost: 28_601_694,
        shippingPromoUsed: false,
        disputedItemsValue: 1_330_242_590,
        orderItemsValue: 3_990_727_770,
      },
      expected: 9_533_898,
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(originalShippingShare(input), expected));
  }
});

describe('returnShippingReimbursement (seed: min(C, B))', () => {
  const cases: {
    name: string;
    input: [returnShipping: number, originalShipping: number];
    expected: number;
  }[] = [
    { name: 'seed: 15,000 paid, 20,000 original → 15,000', input: [15_000, 20_000], expected: 15_000 },
    {
      name: 'capped at the original: 25,000 paid, 20,000 original → 20,000',
      input: [25_000, 20_000],
      expected: 20_000,
    },
    { name: 'equal amounts', input: [20_000, 20_000], expected: 20_000 },
    { name: 'nothing paid for the return', input: [0, 20_000], expected: 0 },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(returnShippingReimbursement(...input), expected));
  }
});

describe('returnRefundTotal (seed table 1)', () => {
  const cases: { name: string; input: Parameters<typeof returnRefundTotal>[0]; expected: number }[] = [
    {
      name: 'seed: 500,000 + 20,000 + 15,000 = 535,000',
      input: {
        itemsValue: 500_000,
        originalShippingShare: 20_000,
        returnShippingCost: 15_000,
        originalShippingCost: 20_000,
      },
      expected: 535_000,
    },
    {
      name: 'seed with a shipping promo: 500,000 + 0 + 15,000 = 515,000',
      input: {
        itemsValue: 500_000,
        originalShippingShare: 0,
        returnShippingCost: 15_000,
        originalShippingCost: 20_000,
      },
      expected: 515_000,
    },
    {
      name: 'return shipping above the original is reimbursed up to the original',
      input: {
        itemsValue: 500_000,
        originalShippingShare: 20_000,
        returnShippingCost: 25_000,
        originalShippingCost: 20_000,
      },
      expected: 540_000,
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(returnRefundTotal(input), expected));
  }
});

describe('splitRefund (items first, then the shipping share)', () => {
  const maximum = { itemsValue: 500_000, shippingShare: 20_000 };
  const cases: { name: string; input: number | undefined; expected: { items: number; shipping: number } }[] =
    [
      {
        name: 'no amount: the full refundable maximum',
        input: undefined,
        expected: { items: 500_000, shipping: 20_000 },
      },
      { name: 'partial, below the items value', input: 300_000, expected: { items: 300_000, shipping: 0 } },
      { name: 'exactly the items value', input: 500_000, expected: { items: 500_000, shipping: 0 } },
      {
        name: 'covering part of the shipping',
        input: 510_000,
        expected: { items: 500_000, shipping: 10_000 },
      },
      { name: 'exactly the maximum', input: 520_000, expected: { items: 500_000, shipping: 20_000 } },
    ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const split = splitRefund(input, maximum);
      assert.deepEqual(split, expected);
      assert.equal(split.items + split.shipping, input ?? 520_000);
    });
  }

  it('no amount with a promo order: items only', () => {
    assert.deepEqual(splitRefund(undefined, { itemsValue: 500_000, shippingShare: 0 }), {
      items: 500_000,
      shipping: 0,
    });
  });
});

describe('pastiOriCompensation (seed: 2× the price, at most Rp 20,000,000)', () => {
  const cap = 20_000_000;
  const cases: { name: string; input: number; expected: number }[] = [
    { name: 'seed price 500,000 → 1,000,000', input: 500_000, expected: 1_000_000 },
    { name: 'just below the cap', input: 9_999_999, expected: 19_999_998 },
    { name: 'exactly at the cap', input: 10_000_000, expected: 20_000_000 },
    { name: 'just above the cap', input: 10_000_001, expected: 20_000_000 },
    { name: 'far above the cap', input: 150_000_000, expected: 20_000_000 },
    { name: 'the largest safe price', input: Number.MAX_SAFE_INTEGER, expected: 20_000_000 },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(pastiOriCompensation(input, 2, cap), expected));
  }
});

describe('assertMinorUnits', () => {
  const accepted = [0, 1, 535_000, Number.MAX_SAFE_INTEGER];
  for (const amount of accepted) {
    it(`accepts ${amount}`, () => assert.equal(assertMinorUnits(amount, 'amount'), amount));
  }
  const refused = [-1, 0.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY];
  for (const amount of refused) {
    it(`refuses ${amount}`, () => assert.throws(() => assertMinorUnits(amount, 'amount'), RangeError));
  }
});
