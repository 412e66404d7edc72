import { lockFreeComplaints } from '../store/complaints.repository.ts';
import { claimDueDeadlines, type DueDeadline } from '../store/deadlines.repository.ts';
import { findShopReturnAddresses } from '../store/shops.repository.ts';
import { ChangeSet } from './change-set.ts';
import { applyDueDeadlines } from './complaint-command.ts';
import type { AppDeps } from './deps.ts';

export interface EngineSettings {
  /** Deadlines claimed and applied per transaction. */
  batchSize: number;
  /** Transactions running at once in this process (each on its own connection). */
  concurrency: number;
}

export const DEFAULT_ENGINE: EngineSettings = { batchSize: 50, concurrency: 1 };

export interface BatchResult {
  claimed: number;
  fired: number;
  /** Claimed deadlines whose complaint was taken: each fired, or cleared if it no longer ran. */
  settled: number;
  /** Claimed, but their complaint was held by someone else (left for the next batch). */
  busy: number;
  failed: number;
}

/**
 * The deadline engine's unit of work, in one transaction:
 *
 * 1. claim up to `batchSize` due deadlines, oldest due first (SKIP LOCKED on an index that serves
 *    exactly this scan, so the cost of a claim does not grow with the backlog);
 * 2. lock their complaints, skipping any that a user request or another worker holds;
 * 3. apply each complaint's due deadlines oldest first, exactly as an action that finds them due
 *    would (`applyDueDeadlines`: a guarded transition per deadline, its row marked fired);
 * 4. write it all with one statement per table (`ChangeSet`): the complaints, their deadline rows
 *    (claimed rows that no longer match their complaint are cleared), ledger, payouts,
 *    notifications, webhooks, and last every timeline event (the event feed's counter is held
 *    from there to the commit).
 *
 * Everything commits together, so each deadline fires exactly once however many workers run, in
 * however many processes. If the batch fails, each of its complaints is retried in a transaction
 * of its own, and one that still fails is set aside (`skip`) until the next sweep, so one broken
 * complaint never holds up the others.
 */
export async function fireDueBatch(
  deps: AppDeps,
  batchSize: number,
  skip: Set<number> = new Set(),
): Promise<BatchResult> {
  let claimed: DueDeadline[] = [];
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const now = deps.clock.now();
      claimed = await claimDueDeadlines(tx, now, batchSize, [...skip]);
      if (claimed.length === 0) return { claimed: 0, fired: 0, settled: 0, busy: 0, failed: 0 };
      const locked = await lockFreeComplaints(tx, [...new Set(claimed.map((d) => d.complaintId))]);
      const shopAddresses = await findShopReturnAddresses(tx, [
        ...new Set(locked.map((s) => s.complaint.shopId)),
      ]);
      const changes = new ChangeSet();
      let fired = 0;
      for (const stored of locked) {
        fired += (await applyDueDeadlines(deps, tx, changes, stored, now, shopAddresses)).fired;
      }
      await changes.flush(deps, tx, now);
      const isLocked = new Set(locked.map((s) => s.complaint.id));
      const mine = claimed.filter((d) => isLocked.has(d.complaintId)).length;
      return { claimed: claimed.length, fired, settled: mine, busy: claimed.length - mine, failed: 0 };
    });
  } catch (err) {
    if (claimed.length === 0) throw err;
    return fireOneByOne(deps, claimed, skip);
  }
}

/** After a failed batch: each complaint on its own, so that only the broken one waits. */
async function fireOneByOne(deps: AppDeps, claimed: DueDeadline[], skip: Set<number>): Promise<BatchResult> {
  const result: BatchResult = { claimed: claimed.length, fired: 0, settled: 0, busy: 0, failed: 0 };
  for (const complaintId of new Set(claimed.map((d) => d.complaintId))) {
    const ids = claimed.filter((d) => d.complaintId === complaintId).map((d) => d.id);
    try {
      await deps.db.transaction().execute(async (tx) => {
        const now = deps.clock.now();
        const [stored] = await lockFreeComplaints(tx, [complaintId]);
        if (!stored) {
          result.busy += ids.length;
          return;
        }
        const changes = new ChangeSet();
        result.fired += (await applyDueDeadlines(deps, tx, changes, stored, now)).fired;
        await changes.flush(deps, tx, now);
        result.settled += ids.length;
      });
    } catch (err) {
      for (const id of ids) skip.add(id);
      result.failed += ids.length;
      deps.log?.error(
        { err, complaintId, deadlineIds: ids },
        'a deadline failed to fire; it is retried on the next sweep',
      );
    }
  }
  return result;
}

/**
 * Fire everything due now with `concurrency` lanes, each claiming batches until nothing is due
 * or a batch makes no progress (its complaints are held by others, or failed): those wait for the
 * next sweep. `hasMore` says a lane stopped at `maxBatchesPerLane` with deadlines still due.
 */
export async function fireDueDeadlines(
  deps: AppDeps,
  settings: EngineSettings = DEFAULT_ENGINE,
  maxBatchesPerLane = Number.POSITIVE_INFINITY,
): Promise<{ fired: number; hasMore: boolean }> {
  const skip = new Set<number>();
  let fired = 0;
  let hasMore = false;
  const lane = async () => {
    for (let i = 0; ; i++) {
      if (i >= maxBatchesPerLane) {
        hasMore = true;
        return;
      }
      const batch = await fireDueBatch(deps, settings.batchSize, skip);
      fired += batch.fired;
      if (batch.claimed < settings.batchSize && batch.busy === 0) return;
      if (batch.settled === 0) return;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, lane));
  return { fired, hasMore };
}
