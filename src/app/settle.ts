import type { Complaint } from '../domain/complaint/types.ts';
import { escrowFunding, settlementMovements, type LedgerMovement } from '../domain/ledger.ts';
import type { Order } from '../domain/order.ts';
import type { Tx } from '../store/db.ts';
import { postOnce } from '../store/ledger.repository.ts';
import { newId } from './ids.ts';

async function post(
  tx: Tx,
  m: LedgerMovement,
  meta: { complaintId: string | null; orderId: string; currency: string },
  now: Date,
) {
  await postOnce(tx, { id: newId('ltx'), key: m.key, kind: m.kind, ...meta }, m.postings, now);
}

/** Post a complaint's settlement to the ledger; each line is keyed, so it is posted exactly once. */
export async function postSettlement(tx: Tx, c: Complaint, now: Date): Promise<void> {
  for (const m of settlementMovements(c)) {
    await post(tx, m, { complaintId: c.id, orderId: c.orderId, currency: c.currency }, now);
  }
}

export async function fundEscrow(tx: Tx, order: Order, now: Date): Promise<void> {
  await post(
    tx,
    escrowFunding(order),
    { complaintId: null, orderId: order.id, currency: order.currency },
    now,
  );
}
