import { fileComplaint as fileRules, type FileComplaintInput } from '../domain/complaint/filing.ts';
import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { disputedQuantities, hasOpenComplaint, insertComplaint } from '../store/complaints.repository.ts';
import { findOrder } from '../store/orders.repository.ts';
import { currentPolicy } from '../store/policy.repository.ts';
import { complaintView, type ComplaintView } from './complaint-view.ts';
import type { AppDeps } from './deps.ts';
import { newId } from './ids.ts';
import { notify } from './notify.ts';
import { eventMessages } from './webhooks.ts';
import { ChangeSet } from './change-set.ts';

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
    // Its deadlines, notifications, webhooks and first events, written together at the end.
    const changes = new ChangeSet();
    changes.hold(stored);
    notify(changes, null, complaint, events);
    changes.webhooks(eventMessages(complaint, events, now));
    changes.events(complaint.id, events, 0);
    await changes.flush(deps, tx, now);
    return complaintView(stored, actor, { now, policy });
  });
}
