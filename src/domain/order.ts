import { isDeepStrictEqual } from 'node:util';
import { disputedItemsValue } from './money.ts';

export const ORDER_STATUSES = ['paid', 'shipped', 'delivered', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrderLine {
  lineId: string;
  sku: string;
  name: string;
  unitPrice: number;
  quantity: number;
}

/** The marketplace's order snapshot (SPEC 2). Amounts are integers in the currency's minor unit. */
export interface Order {
  id: string;
  buyerId: string;
  shopId: string;
  shopIsMall: boolean;
  currency: string;
  items: OrderLine[];
  shippingCost: number;
  shippingPromoUsed: boolean;
  shippingInsurance: boolean;
  courier: string | null;
  trackingNumber: string | null;
  status: OrderStatus;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  receivedConfirmedAt: Date | null;
}

export function orderItemsValue(order: Pick<Order, 'items'>): number {
  return disputedItemsValue(order.items);
}

/** What the buyer paid: items plus shipping, unless a shipping promo paid the shipping (SPEC 2). */
export function paidTotal(order: Pick<Order, 'items' | 'shippingCost' | 'shippingPromoUsed'>): number {
  return orderItemsValue(order) + (order.shippingPromoUsed ? 0 : order.shippingCost);
}

/** Fields fixed at the first snapshot: the ledger's escrow was funded from them. */
export const IMMUTABLE_ORDER_FIELDS = [
  'buyerId',
  'shopId',
  'shopIsMall',
  'currency',
  'items',
  'shippingCost',
  'shippingPromoUsed',
  'shippingInsurance',
] as const;

export function changedImmutableFields(before: Order, after: Order): string[] {
  return IMMUTABLE_ORDER_FIELDS.filter((field) => !isDeepStrictEqual(before[field], after[field]));
}
