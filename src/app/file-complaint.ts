import { fileComplaint as fileRules, type FileComplaintInput } from '../domain/complaint/filing.ts';
import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import {
  appendEvents,
  disputedQuantities,
  hasOpenComplaint,
  insertComplaint,
} from '../store/complaints.repository.ts';
import { syncDeadlines } from '../store/deadlines.repository.ts';
import { findOrder } from '../store/orders.repository.ts';
import { currentPolicy } from '../store/policy.repository.ts';
import { complaintView, type ComplaintView } from './complaint-view.ts';
import type { AppDeps } from './deps.ts';
import { newId } from './ids.ts';
import { notify } from './notify.ts';
import { queueEventWebhooks } from './webhooks.ts';

/** A buyer files a complaint (SPEC 3.1) under the current policy version. */
export async function fileComplaint(
  deps: AppDeps,
  actor: Actor,
  input: Omit<FileComplaintInput, 'id' | 'proposalId'> & { orderId: string },
): Promise<ComplaintView> {
  return deps.db.transaction().execute(async (tx) => {
    // The order's row lock serialises concurrent filings on one order.
    const order = await findOrder(tx, input.orderId, { forUpdate: true });
    if (!order || order.buyerId !== actor.id)
      throw new DomainError('not_found', `Order ${input.orderId} was not found.`);
    const now = deps.clock.now();
    const policy = await currentPolicy(tx);
    const { complaint, events } = fileRules(
      order,
      actor,
      { ...input, id: newId('cmp'), proposalId: newId('prp') },
      {
        now,
        policy,
        hasOpenComplaint: await hasOpenComplaint(tx, order.id),
        disputedBefore: await disputedQuantities(tx, order.id),
      },
    );
    const stored = await insertComplaint(tx, complaint, now);
    await syncDeadlines(tx, complaint.id, complaint.deadlines, now);
    await notify(tx, null, complaint, events, now);
    await queueEventWebhooks(tx, deps, complaint, events, now);
    // last: it takes the event feed's counter
    await appendEvents(tx, [{ complaintId: complaint.id, events, afterSeq: 0 }], now);
    return complaintView(stored, actor, { now, policy });
  });
}
