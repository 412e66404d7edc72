import type { Executor } from './db.ts';

export interface ShipmentRecord {
  trackingNumber: string;
  courier: string;
  complaintId: string;
  direction: 'return' | 'seller';
  deliveredAt: Date | null;
}

/** Record a shipment; false when the tracking number already belongs to another shipment. */
export async function insertShipment(
  db: Executor,
  s: { trackingNumber: string; courier: string; complaintId: string; direction: 'return' | 'seller' },
  now: Date,
): Promise<boolean> {
  const row = await db
    .insertInto('shipments')
    .values({
      tracking_number: s.trackingNumber,
      courier: s.courier,
      complaint_id: s.complaintId,
      direction: s.direction,
      created_at: now,
    })
    .onConflict((oc) => oc.column('tracking_number').doNothing())
    .returning('tracking_number')
    .executeTakeFirst();
  return row !== undefined;
}

export async function findShipment(db: Executor, trackingNumber: string): Promise<ShipmentRecord | null> {
  const row = await db
    .selectFrom('shipments')
    .selectAll()
    .where('tracking_number', '=', trackingNumber)
    .executeTakeFirst();
  return row
    ? {
        trackingNumber: row.tracking_number,
        courier: row.courier,
        complaintId: row.complaint_id,
        direction: row.direction as 'return' | 'seller',
        deliveredAt: row.delivered_at,
      }
    : null;
}

export async function markShipmentDelivered(db: Executor, trackingNumber: string, at: Date): Promise<void> {
  await db
    .updateTable('shipments')
    .set({ delivered_at: at })
    .where('tracking_number', '=', trackingNumber)
    .where('delivered_at', 'is', null)
    .execute();
}
