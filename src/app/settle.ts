import type { Complaint } from '../domain/complaint/types.ts';
import { escrowFunding, settlementMovements, type LedgerMovement } from '../domain/ledger.ts';
import type { Order } from '../domain/order.ts';
import type { Tx } from '../store/db.ts';
import { postOnce, type LedgerEntry } from '../store/ledger.repository.ts';
import { newId } from './ids.ts';

function entry(
  m: LedgerMovement,
  meta: { complaintId: string | null; orderId: string; currency: string },
): LedgerEntry {
  return { id: newId('ltx'), key: m.key, kind: m.kind, ...meta, postings: m.postings };
}

/** A complaint's settlement as ledger entries; each line is keyed, so it is posted exactly once. */
export function settlementEntries(c: Complaint): LedgerEntry[] {
  const meta = { complaintId: c.id, orderId: c.orderId, currency: c.currency };
  return settlementMovements(c).map((m) => entry(m, meta));
}

export async function fundEscrow(tx: Tx, order: Order, now: Date): Promise<void> {
  const meta = { complaintId: null, orderId: order.id, currency: order.currency };
  await postOnce(tx, [entry(escrowFunding(order), meta)], now);
}
