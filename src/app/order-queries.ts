import { assessEligibility, quantitiesTaken, type Eligibility } from '../domain/complaint/filing.ts';
import { TERMINAL_STATUSES, type Actor, type Category, type Status } from '../domain/complaint/types.ts';
import type { Order } from '../domain/order.ts';
import { listOrders } from '../store/orders.repository.ts';
import { currentPolicy } from '../store/policy.repository.ts';
import { decodeCursor, isTimeAndId, pageOf } from './cursors.ts';
import type { AppDeps } from './deps.ts';

export interface OrderListItem {
  order: Order;
  complaints: { id: string; status: Status; category: Category }[];
  /** For the order's buyer: may a complaint be filed now, in which categories, until when. */
  eligibility: Eligibility | null;
}

/**
 * The orders the caller may see, newest first: a buyer's own, a seller's shop's, every order for
 * agents and the platform (who may narrow by buyer or shop).
 */
export async function findOrders(
  deps: AppDeps,
  actor: Actor,
  filter: { buyerId?: string | undefined; shopId?: string | undefined },
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: OrderListItem[]; nextCursor: string | null }> {
  const scope: { buyerId?: string; shopId?: string } = {};
  if (filter.buyerId !== undefined) scope.buyerId = filter.buyerId;
  if (filter.shopId !== undefined) scope.shopId = filter.shopId;
  if (actor.role === 'buyer') scope.buyerId = actor.id;
  if (actor.role === 'seller') scope.shopId = actor.shopId ?? '\u0000';
  const cursor = decodeCursor(page.cursor, isTimeAndId);
  const rows = await listOrders(deps.db, scope, {
    limit: page.limit + 1,
    after: cursor ? { createdAt: cursor.at, id: cursor.id } : null,
  });
  const paged = pageOf(rows, page.limit, (last) => ({ at: last.createdAt.toISOString(), id: last.order.id }));
  const now = deps.clock.now();
  const policy = actor.role === 'buyer' ? await currentPolicy(deps.db) : null;
  const data: OrderListItem[] = [];
  for (const row of paged.rows) {
    let eligibility: Eligibility | null = null;
    if (policy) {
      eligibility = assessEligibility(row.order, {
        now,
        policy,
        hasOpenComplaint: row.complaints.some((c) => !TERMINAL_STATUSES.includes(c.status)),
        // The complaints were listed with the order: no query per order.
        disputedBefore: quantitiesTaken(row.complaints),
      });
    }
    data.push({
      order: row.order,
      complaints: row.complaints.map(({ id, status, category }) => ({ id, status, category })),
      eligibility,
    });
  }
  return { data, nextCursor: paged.nextCursor };
}
