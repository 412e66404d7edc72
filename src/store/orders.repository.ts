import type { Category, Complaint, Status } from '../domain/complaint/types.ts';
import type { Order, OrderLine, OrderStatus } from '../domain/order.ts';
import { sql } from 'kysely';
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

/** A complaint filed on a listed order: where it stands, and the quantities it disputes. */
export interface OrderComplaint {
  id: string;
  status: Status;
  category: Category;
  items: Complaint['items'];
}

/** Newest first, keyset-paginated on (created_at, id), with the complaints filed on each order. */
export async function listOrders(
  db: Executor,
  filter: { buyerId?: string; shopId?: string },
  page: { limit: number; after: { createdAt: string; id: string } | null },
): Promise<{ order: Order; createdAt: Date; complaints: OrderComplaint[] }[]> {
  let query = db.selectFrom('orders').selectAll();
  if (filter.buyerId !== undefined) query = query.where('buyer_id', '=', filter.buyerId);
  if (filter.shopId !== undefined) query = query.where('shop_id', '=', filter.shopId);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id})`);
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
  const ids = rows.map((r) => r.id);
  const complaints = ids.length
    ? await db
        .selectFrom('complaints')
        .select(['id', 'order_id', 'status', 'category', 'state'])
        .where('order_id', 'in', ids)
        .orderBy('created_at')
        .execute()
    : [];
  return rows.map((row) => ({
    order: toOrder(row),
    createdAt: row.created_at,
    complaints: complaints
      .filter((c) => c.order_id === row.id)
      .map((c) => ({
        id: c.id,
        status: c.status as Status,
        category: c.category as Category,
        items: (c.state as Complaint).items,
      })),
  }));
}
