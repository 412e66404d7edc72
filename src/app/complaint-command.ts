import { decide, type Command, type Decided } from '../domain/complaint/lifecycle.ts';
import { SYSTEM_ACTOR, type Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { Tx } from '../store/db.ts';
import { findComplaint, type StoredComplaint } from '../store/complaints.repository.ts';
import { canSeeComplaint, complaintNotFound } from './access.ts';
import { ChangeSet } from './change-set.ts';
import { complaintView, type ComplaintView } from './complaint-view.ts';
import type { AppDeps } from './deps.ts';
import { contextFor, type ShopAddresses } from './execution-context.ts';
import { notify } from './notify.ts';
import { syncSideTables } from './side-effects.ts';
import { eventMessages } from './webhooks.ts';

/**
 * Take what `decide` returned into the transaction's change set: the state (saved guarded by the
 * revision it was read at), its timeline events, its deadlines, its notifications and webhooks,
 * and what it means for shipments, the ledger, payouts and claims. Written when the change set is
 * flushed, at the end of the transaction. `fired` is the deadline this decision applied.
 */
export async function commitDecision(
  tx: Tx,
  changes: ChangeSet,
  before: StoredComplaint,
  decided: Decided,
  now: Date,
  fired?: { kind: string; dueAt: string },
): Promise<StoredComplaint> {
  await syncSideTables(tx, changes, before.complaint, decided.complaint, now);
  notify(changes, before.complaint, decided.complaint, decided.events);
  changes.webhooks(eventMessages(decided.complaint, decided.events, now));
  return changes.decided(before, decided.complaint, decided.events, now, fired);
}

export interface CommandOptions {
  /** The revision the caller last saw (If-Match); a stale one is refused. */
  ifMatch?: number | undefined;
}

/**
 * The one way a lifecycle action runs: lock the complaint, check who may see it and the revision,
 * build the command (which may look things up in the same transaction), decide, commit.
 */
export async function runComplaintCommand(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  /** The command to run, or null when, looking at the locked complaint, there is nothing to do. */
  build: (tx: Tx, stored: StoredComplaint) => Promise<Command | null> | Command | null,
  opts: CommandOptions = {},
): Promise<ComplaintView> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.transaction().execute(async (tx) => {
        const stored = await findComplaint(tx, complaintId, { forUpdate: true });
        if (!stored || !canSeeComplaint(actor, stored.complaint)) throw complaintNotFound(complaintId);
        const now = deps.clock.now();
        // A deadline that fell due but that no worker has fired yet is applied first, in its own
        // transaction, so that nothing slips in after it and its outcome stands whatever the action.
        if (attempt === 0 && dueDeadline(stored, now)) throw new DeadlinesDue();
        if (opts.ifMatch !== undefined && opts.ifMatch !== stored.revision) {
          throw new DomainError(
            'precondition_failed',
            `The complaint is at revision ${stored.revision}, not ${opts.ifMatch}.`,
            {
              revision: stored.revision,
            },
          );
        }
        const policy = await deps.config.policyVersion(tx, stored.complaint.policyVersion);
        const command = await build(tx, stored);
        const decided =
          command &&
          decide(stored.complaint, actor, command, await contextFor(tx, stored.complaint, policy, now));
        if (!decided) return complaintView(stored, actor, { now, policy });
        const changes = new ChangeSet();
        const saved = await commitDecision(tx, changes, stored, decided, now);
        await changes.flush(deps, tx, now);
        return complaintView(saved, actor, { now, policy });
      });
    } catch (err) {
      if (!(err instanceof DeadlinesDue)) throw err;
      await applyDueDeadlinesNow(deps, complaintId);
    }
  }
}

class DeadlinesDue extends Error {}

/** The earliest running deadline of the complaint that is due at `now` (breached SLAs do not run). */
function dueDeadline(stored: StoredComplaint, now: Date) {
  return stored.complaint.deadlines
    .filter((d) => !d.breached && new Date(d.dueAt).getTime() <= now.getTime())
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
}

/**
 * Apply the due deadlines of a complaint whose row the caller has locked, oldest first, into the
 * caller's change set: each is a guarded transition whose deadline row is marked fired. The
 * deadline engine and an action that finds a due deadline both come here, so the outcome of a
 * deadline is the same whoever applies it. Returns the complaint after them and how many fired.
 */
export async function applyDueDeadlines(
  deps: AppDeps,
  tx: Tx,
  changes: ChangeSet,
  stored: StoredComplaint,
  now: Date,
  shopAddresses?: ShopAddresses,
): Promise<{ stored: StoredComplaint; fired: number }> {
  changes.hold(stored);
  let current = stored;
  let fired = 0;
  // A bound against a rule that would keep producing due deadlines (none does).
  for (let step = 0; step < 20; step++) {
    const due = dueDeadline(current, now);
    if (!due) break;
    const policy = await deps.config.policyVersion(tx, current.complaint.policyVersion);
    const command = { type: 'ExpireDeadline' as const, kind: due.kind, dueAt: due.dueAt };
    const ctx = await contextFor(tx, current.complaint, policy, now, shopAddresses);
    const expired = decide(current.complaint, SYSTEM_ACTOR, command, ctx);
    if (!expired) break;
    current = await commitDecision(tx, changes, current, expired, now, due);
    fired++;
  }
  return { stored: current, fired };
}

/** Fire the complaint's due deadlines in one transaction of their own (before an action on it). */
async function applyDueDeadlinesNow(deps: AppDeps, complaintId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const stored = await findComplaint(tx, complaintId, { forUpdate: true });
    if (!stored) return;
    const now = deps.clock.now();
    const changes = new ChangeSet();
    await applyDueDeadlines(deps, tx, changes, stored, now);
    await changes.flush(deps, tx, now);
  });
}
