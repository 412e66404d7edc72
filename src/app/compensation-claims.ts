import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { findClaim, listClaims, type CompensationClaim } from '../store/compensation.repository.ts';
import { requireRole } from './access.ts';
import { runComplaintCommand } from './complaint-command.ts';
import { decodeCursor, isTimeAndId, pageOf } from './cursors.ts';

const afterOf = (c: { at: string; id: string } | null) => (c ? { dueAt: c.at, id: c.id } : null);
import type { AppDeps } from './deps.ts';

export function claimView(c: CompensationClaim, now: Date) {
  return {
    id: c.id,
    complaintId: c.complaintId,
    buyerId: c.buyerId,
    currency: c.currency,
    amount: c.amount,
    status: c.status,
    dueAt: c.dueAt.toISOString(),
    // seed: decided within 14 working days; a pending claim past that is a breach
    overdue: c.status === 'pending' && now.getTime() > c.dueAt.getTime(),
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    reason: c.decisionReason,
  };
}

/** Pasti Ori compensation claims, earliest due first, for agents and the insurer. */
export async function findClaims(
  deps: AppDeps,
  actor: Actor,
  filter: { status?: string; overdue?: boolean },
  page: { limit: number; cursor?: string | undefined },
) {
  requireRole(actor, ['agent', 'insurer', 'platform']);
  const now = deps.clock.now();
  const rows = await listClaims(
    deps.db,
    { ...(filter.status ? { status: filter.status } : {}), ...(filter.overdue ? { overdueAt: now } : {}) },
    { limit: page.limit + 1, after: afterOf(decodeCursor(page.cursor, isTimeAndId)) },
  );
  const { rows: pageRows, nextCursor } = pageOf(rows, page.limit, (last) => ({
    at: last.dueAt.toISOString(),
    id: last.id,
  }));
  return { data: pageRows.map((c) => claimView(c, now)), nextCursor };
}

/** The insurer decides a claim: approval credits the buyer's store credit; a rejection records its reason. */
export async function decideClaim(
  deps: AppDeps,
  actor: Actor,
  claimId: string,
  input: { decision: 'approved' | 'rejected'; reason: string },
) {
  requireRole(actor, ['insurer']);
  const claim = await findClaim(deps.db, claimId);
  if (!claim) throw new DomainError('not_found', `Compensation claim ${claimId} was not found.`);
  await runComplaintCommand(deps, actor, claim.complaintId, () => ({
    type: 'DecideCompensation',
    approved: input.decision === 'approved',
    reason: input.reason,
  }));
  return claimView((await findClaim(deps.db, claimId))!, deps.clock.now());
}
