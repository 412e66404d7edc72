import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import {
  confirmPayout,
  findPayout,
  listPayouts,
  type Payout,
  type PayoutFilter,
} from '../store/payouts.repository.ts';
import { requireRole } from './access.ts';
import { decodeCursor, isTimeAndId, pageOf } from './cursors.ts';

const afterOf = (c: { at: string; id: string } | null) => (c ? { dueAt: c.at, id: c.id } : null);
import type { AppDeps } from './deps.ts';

export function payoutView(p: Payout) {
  return {
    id: p.id,
    complaintId: p.complaintId,
    orderId: p.orderId,
    kind: p.lineKind,
    recipient: p.recipient,
    accountId: p.accountId,
    fundedBy: p.fundedBy,
    currency: p.currency,
    amount: p.amount,
    status: p.status,
    dueAt: p.dueAt.toISOString(),
    createdAt: p.createdAt.toISOString(),
    confirmedAt: p.confirmedAt?.toISOString() ?? null,
    reference: p.confirmationReference,
  };
}

/** Payout instructions, earliest due first: the platform and agents see all; buyers and sellers their own. */
export async function findPayouts(
  deps: AppDeps,
  actor: Actor,
  filter: Omit<PayoutFilter, 'recipient'>,
  page: { limit: number; cursor?: string | undefined },
) {
  requireRole(actor, ['platform', 'agent', 'buyer', 'seller']);
  const scope: PayoutFilter = { ...filter };
  if (actor.role === 'buyer') scope.recipient = { role: 'buyer', id: actor.id };
  if (actor.role === 'seller') scope.recipient = { role: 'seller', id: actor.shopId ?? '\u0000' };
  const rows = await listPayouts(deps.db, scope, {
    limit: page.limit + 1,
    after: afterOf(decodeCursor(page.cursor, isTimeAndId)),
  });
  const { rows: pageRows, nextCursor } = pageOf(rows, page.limit, (last) => ({
    at: last.dueAt.toISOString(),
    id: last.id,
  }));
  return { data: pageRows.map(payoutView), nextCursor };
}

/** The marketplace moved the money. Idempotent: confirming twice (or at once) confirms once. */
export async function confirmPayoutInstruction(
  deps: AppDeps,
  actor: Actor,
  id: string,
  reference: string | null,
) {
  requireRole(actor, ['platform']);
  return deps.db.transaction().execute(async (tx) => {
    const payout = await findPayout(tx, id, { forUpdate: true });
    if (!payout) throw new DomainError('not_found', `Payout ${id} was not found.`);
    if (payout.status === 'pending') await confirmPayout(tx, id, reference, deps.clock.now());
    return payoutView((await findPayout(tx, id))!);
  });
}
