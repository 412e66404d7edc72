import { isDeepStrictEqual } from 'node:util';
import type { Complaint, SettlementLine } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { destination, movesMoney } from '../domain/ledger.ts';
import type { Tx } from '../store/db.ts';
import { insertClaim, recordClaimDecision } from '../store/compensation.repository.ts';
import { insertShipment, markShipmentDelivered } from '../store/shipments.repository.ts';
import { newId } from './ids.ts';
import type { ChangeSet } from './change-set.ts';
import { settlementEntries } from './settle.ts';

/**
 * What a change of the complaint means for the other tables, in the same transaction: shipments
 * (a tracking number serves one complaint; written at once, since one in use refuses the change),
 * ledger postings and payout instructions (added to the change set), and Pasti Ori compensation
 * claims. Each is keyed, so repeating it does nothing.
 */
export async function syncSideTables(
  tx: Tx,
  changes: ChangeSet,
  before: Complaint,
  after: Complaint,
  now: Date,
): Promise<void> {
  await syncShipment(
    tx,
    after,
    'return',
    before.execution?.returnShipment ?? null,
    after.execution?.returnShipment ?? null,
    now,
  );
  await syncShipment(
    tx,
    after,
    'seller',
    before.execution?.sellerShipment ?? null,
    after.execution?.sellerShipment ?? null,
    now,
  );
  if (!after.settlement || isDeepStrictEqual(before.settlement, after.settlement)) return;
  changes.ledger(settlementEntries(after));
  changes.payouts(after.settlement.lines.filter(movesMoney).map((line) => payoutOf(after, line, now)));
  const compensation = after.settlement.lines.find((l) => l.kind === 'compensation');
  if (compensation) {
    await insertClaim(tx, {
      id: newId('clm'),
      complaintId: after.id,
      buyerId: after.buyerId,
      currency: after.currency,
      amount: compensation.amount,
      dueAt: new Date(compensation.dueAt!),
      createdAt: now,
    });
    if (compensation.status === 'approved' || compensation.status === 'rejected') {
      await recordClaimDecision(
        tx,
        after.id,
        compensation.status,
        (compensation as SettlementLine & { reason?: string }).reason ?? '',
        now,
      );
    }
  }
}

async function syncShipment(
  tx: Tx,
  c: Complaint,
  direction: 'return' | 'seller',
  before: { trackingNumber: string; deliveredAt: string | null } | null,
  after: { trackingNumber: string; courier: string; deliveredAt: string | null } | null,
  now: Date,
): Promise<void> {
  if (!after) return;
  if (before?.trackingNumber !== after.trackingNumber) {
    const isNew = await insertShipment(
      tx,
      { trackingNumber: after.trackingNumber, courier: after.courier, complaintId: c.id, direction },
      now,
    );
    if (!isNew)
      throw new DomainError(
        'tracking_number_in_use',
        `Tracking number ${after.trackingNumber} is already used by another shipment.`,
      );
  }
  if (after.deliveredAt && before?.deliveredAt !== after.deliveredAt)
    await markShipmentDelivered(tx, after.trackingNumber, new Date(after.deliveredAt));
}

/** A payout instruction for the marketplace: what to credit or pay, to whom, by when. */
function payoutOf(c: Complaint, line: SettlementLine, now: Date) {
  return {
    id: newId('pay'),
    complaintId: c.id,
    orderId: c.orderId,
    lineKind: line.kind,
    recipient:
      line.to === 'buyer'
        ? { role: 'buyer' as const, id: c.buyerId }
        : { role: 'seller' as const, id: c.shopId },
    accountId: destination(c, line),
    fundedBy: line.fundedBy,
    currency: c.currency,
    amount: line.amount,
    // A compensation is owed once approved; the rest at settlement unless a due date is set (working days).
    dueAt: line.kind === 'compensation' ? now : line.dueAt ? new Date(line.dueAt) : now,
    createdAt: now,
  };
}
