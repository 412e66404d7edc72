import { decide } from '../domain/complaint/lifecycle.ts';
import { SYSTEM_ACTOR } from '../domain/complaint/types.ts';
import { findComplaint } from '../store/complaints.repository.ts';
import { claimDueDeadline, settleDeadline } from '../store/deadlines.repository.ts';
import { policyVersion } from '../store/policy.repository.ts';
import { commitDecision } from './complaint-command.ts';
import type { AppDeps } from './deps.ts';
import { contextFor } from './execution-context.ts';

/**
 * Fire the earliest due deadline, if any: claim it (SKIP LOCKED), mark it fired and apply its
 * automatic outcome as a guarded transition, all in one transaction. Each deadline fires exactly
 * once however many workers run; one that no longer matches the complaint is cleared instead.
 * Deadlines in `skip` (failed in this sweep) are passed over, so one failure blocks no other.
 */
export async function fireNextDueDeadline(
  deps: AppDeps,
  skip: number[] = [],
): Promise<'fired' | 'cleared' | 'none' | 'lost' | 'failed'> {
  let claimedId: number | null = null;
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const now = deps.clock.now();
      const due = await claimDueDeadline(tx, now, skip);
      if (due === 'none' || due === 'lost') return due;
      claimedId = due.id;
      const stored = await findComplaint(tx, due.complaintId);
      const policy = stored ? await policyVersion(tx, stored.complaint.policyVersion) : null;
      const decided =
        stored && policy
          ? decide(
              stored.complaint,
              SYSTEM_ACTOR,
              { type: 'ExpireDeadline', kind: due.kind, dueAt: due.dueAt.toISOString() },
              await contextFor(tx, stored.complaint, policy, now),
            )
          : null;
      await settleDeadline(tx, due.id, decided ? 'fired' : 'cleared', now);
      if (stored && decided) await commitDecision(deps, tx, stored, decided, now);
      return decided ? 'fired' : 'cleared';
    });
  } catch (err) {
    if (claimedId === null) throw err;
    skip.push(claimedId);
    deps.log?.error(
      { err, deadlineId: claimedId },
      'a deadline failed to fire; it is retried on the next sweep',
    );
    return 'failed';
  }
}

/** Fire everything due now; returns how many fired. */
export async function fireDueDeadlines(deps: AppDeps, max = Number.POSITIVE_INFINITY): Promise<number> {
  let fired = 0;
  const skip: number[] = [];
  for (let i = 0; i < max; i++) {
    const result = await fireNextDueDeadline(deps, skip);
    if (result === 'none') break;
    if (result === 'fired') fired++;
  }
  return fired;
}
