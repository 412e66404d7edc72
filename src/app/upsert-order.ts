import { DomainError } from '../domain/errors.ts';
import { changedImmutableFields, type Order } from '../domain/order.ts';
import { findOrder, insertOrderIfNew, updateOrder } from '../store/orders.repository.ts';
import type { AppDeps } from './deps.ts';
import { fundEscrow } from './settle.ts';

const FUNDED_STATUSES = new Set(['paid', 'shipped', 'delivered', 'completed']);

/**
 * Ingest the marketplace's order snapshot (idempotent upsert, SPEC 2). The buyer's payment is
 * held in the order's escrow from the first snapshot that shows it paid; the fields that funded
 * the escrow cannot change afterwards.
 */
export async function upsertOrder(deps: AppDeps, order: Order): Promise<{ order: Order; created: boolean }> {
  return deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    // Insert first: of two first snapshots sent at once, one inserts and the other, waiting on the
    // row, is then compared like any later snapshot.
    const created = await insertOrderIfNew(tx, order, now);
    if (!created) {
      const existing = (await findOrder(tx, order.id, { forUpdate: true }))!;
      const changed = changedImmutableFields(existing, order);
      if (changed.length > 0) {
        throw new DomainError(
          'order_immutable',
          `These fields of order ${order.id} cannot change: ${changed.join(', ')}.`,
          {
            fields: changed,
          },
        );
      }
      await updateOrder(tx, order, now);
    }
    if (FUNDED_STATUSES.has(order.status)) await fundEscrow(tx, order, now);
    return { order, created };
  });
}
