import type { Db } from '../store/db.ts';
import { complaintsWithoutListRow, fillListColumns } from '../store/complaints.repository.ts';

/**
 * Complaints saved before lists were served from their own columns (migration 2026-12-08T0100)
 * get them from their aggregate, in batches, once: at start-up, before requests are served. Every
 * save keeps them current from then on.
 */
export async function backfillListRows(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const batch = await complaintsWithoutListRow(db, 500);
    if (batch.length === 0) return filled;
    await db.transaction().execute((tx) => fillListColumns(tx, batch));
    filled += batch.length;
  }
}
