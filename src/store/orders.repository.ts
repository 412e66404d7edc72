import type { Order, OrderLine, OrderStatus } from '../domain/order.ts';
import type { Executor } from './db.ts';
import type { OrderRow } from './schema.ts';

function toOrder(row: OrderRow): Order {
  return {
    id: row.id,
    buyerId: row.buyer_id,
    shopId: row.shop_id,
    shopIsMall: row.shop_is_mall,
    currency: row.currency,
    items: row.items as OrderLine[],
    shippingCost: row.shipping_cost,
    shippingPromoUsed: row.shipping_promo_used,
    shippingInsurance: row.shipping_insurance,
    courier: row.courier,
    trackingNumber: row.tracking_number,
    status: row.status as OrderStatus,
    shippedAt: row.shipped_at,
    deliveredAt: row.delivered_at,
    receivedConfirmedAt: row.received_confirmed_at,
  };
}

export async function findOrder(
  db: Executor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<Order | null> {
  let query = db.selectFrom('orders').selectAll().where('id', '=', id);
  if (opts.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toOrder(row) : null;
}

function columns(order: Order, now: Date) {
  return {
    buyer_id: order.buyerId,
    shop_id: order.shopId,
    shop_is_mall: order.shopIsMall,
    currency: order.currency,
    items: JSON.stringify(order.items),
    shipping_cost: order.shippingCost,
    shipping_promo_used: order.shippingPromoUsed,
    shipping_insurance: order.shippingInsurance,
    courier: order.courier,
    tracking_number: order.trackingNumber,
    status: order.status,
    shipped_at: order.shippedAt,
    delivered_at: order.deliveredAt,
    received_confirmed_at: order.receivedConfirmedAt,
    updated_at: now,
  };
}

/** Insert a new order; false when it already exists (then lock it and update it). */
export async function insertOrderIfNew(db: Executor, order: Order, now: Date): Promise<boolean> {
  const row = await db
    .insertInto('orders')
    .values({ id: order.id, ...columns(order, now), created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateOrder(db: Executor, order: Order, now: Date): Promise<void> {
  await db.updateTable('orders').set(columns(order, now)).where('id', '=', order.id).execute();
}
