/**
 * The money rules of SPEC section 4. Amounts are integers in minor units; intermediate products
 * use bigint so that no multiplication can lose precision.
 */

export function assertMinorUnits(amount: number, what: string): number {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${amount}`);
  }
  return amount;
}

/** Σ unitPrice × disputed quantity. */
export function disputedItemsValue(items: { unitPrice: number; quantity: number }[]): number {
  const total = items.reduce((sum, item) => sum + BigInt(item.unitPrice) * BigInt(item.quantity), 0n);
  return toSafeNumber(total, 'items value');
}

/**
 * The original shipping that belongs to the disputed items: 0 when a shipping promo coupon paid
 * it (seed), otherwise the invoice's shipping pro-rated by item value, rounded down (default).
 */
export function originalShippingShare(input: {
  shippingCost: number;
  shippingPromoUsed: boolean;
  disputedItemsValue: number;
  orderItemsValue: number;
}): number {
  if (input.shippingPromoUsed || input.orderItemsValue === 0) return 0;
  if (input.disputedItemsValue >= input.orderItemsValue) return input.shippingCost;
  const share =
    (BigInt(input.shippingCost) * BigInt(input.disputedItemsValue)) / BigInt(input.orderItemsValue);
  return toSafeNumber(share, 'shipping share');
}

/** seed: the buyer's return shipping is reimbursed up to the original shipping cost. */
export function returnShippingReimbursement(
  returnShippingCost: number,
  originalShippingCost: number,
): number {
  return Math.min(returnShippingCost, originalShippingCost);
}

/** seed (table 1): refund = itemsValue + originalShippingShare + min(returnShippingCost, originalShipping). */
export function returnRefundTotal(input: {
  itemsValue: number;
  originalShippingShare: number;
  returnShippingCost: number;
  originalShippingCost: number;
}): number {
  return (
    input.itemsValue +
    input.originalShippingShare +
    returnShippingReimbursement(input.returnShippingCost, input.originalShippingCost)
  );
}

/**
 * A refund of `amount` out of the refundable maximum, split into its lines: items first, then the
 * original shipping share. Without an amount the whole maximum is refunded.
 */
export function splitRefund(
  amount: number | undefined,
  maximum: { itemsValue: number; shippingShare: number },
): { items: number; shipping: number } {
  const total = amount ?? maximum.itemsValue + maximum.shippingShare;
  const items = Math.min(total, maximum.itemsValue);
  return { items, shipping: Math.min(total - items, maximum.shippingShare) };
}

/** seed: Pasti Ori compensation is twice the product price, up to Rp 20,000,000. */
export function pastiOriCompensation(itemsValue: number, multiplier: number, cap: number): number {
  const twice = BigInt(itemsValue) * BigInt(multiplier);
  return twice < BigInt(cap) ? toSafeNumber(twice, 'compensation') : cap;
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${what} exceeds the safe integer range`);
  return Number(value);
}
