import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { findShipment, markShipmentDelivered } from '../store/shipments.repository.ts';
import { requireRole } from './access.ts';
import { runComplaintCommand } from './complaint-command.ts';
import type { AppDeps } from './deps.ts';

/**
 * The platform's tracking reports a delivery. Idempotent: a second report of the same shipment
 * (or two at once) changes nothing and says so.
 */
export async function reportDelivery(deps: AppDeps, actor: Actor, trackingNumber: string) {
  requireRole(actor, ['platform']);
  const shipment = await findShipment(deps.db, trackingNumber);
  if (!shipment)
    throw new DomainError('shipment_not_found', `No shipment has tracking number ${trackingNumber}.`);
  let alreadyReported = false;
  const complaint = await runComplaintCommand(deps, actor, shipment.complaintId, async (tx, stored) => {
    // Read again under the complaint's lock: a concurrent report may have won.
    const current = await findShipment(tx, trackingNumber);
    alreadyReported = current !== null && current.deliveredAt !== null;
    if (alreadyReported) return null;
    const x = stored.complaint.execution;
    const isInTransit =
      (stored.complaint.status === 'return_in_transit' &&
        x?.returnShipment?.trackingNumber === trackingNumber) ||
      (stored.complaint.status === 'seller_shipment_in_transit' &&
        x?.sellerShipment?.trackingNumber === trackingNumber &&
        !x.sellerShipment.deliveredAt);
    if (isInTransit) return { type: 'ReportDelivered', trackingNumber };
    // The complaint has moved on (received, confirmed, escalated as lost): record the fact for the
    // agents and answer as usual, since tracking feeds retry whatever is not a 2xx.
    await markShipmentDelivered(tx, trackingNumber, deps.clock.now());
    return null;
  });
  const delivered = await findShipment(deps.db, trackingNumber);
  return {
    trackingNumber,
    courier: shipment.courier,
    direction: shipment.direction,
    complaintId: shipment.complaintId,
    deliveredAt: delivered?.deliveredAt?.toISOString() ?? null,
    alreadyReported,
    complaintStatus: complaint.status,
  };
}
