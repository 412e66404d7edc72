import type { Complaint, TimelineEvent } from '../domain/complaint/types.ts';
import { notificationsFor, recipientsOf } from '../domain/notifications.ts';
import type { Tx } from '../store/db.ts';
import { findComplaint } from '../store/complaints.repository.ts';
import { claimDueReminder, markReminder } from '../store/deadlines.repository.ts';
import { insertNotifications } from '../store/notifications.repository.ts';
import type { AppDeps } from './deps.ts';
import { newId } from './ids.ts';

/** The notifications a change causes, written in the change's own transaction. */
export async function notify(
  tx: Tx,
  before: Complaint | null,
  after: Complaint,
  events: TimelineEvent[],
  now: Date,
): Promise<void> {
  const drafts = notificationsFor(before, after, events).map((d) => ({ ...d, id: newId('ntf') }));
  await insertNotifications(tx, after.id, drafts, now);
}

/**
 * Send the reminders that fell due (24 h and 2 h before a deadline) to the party that must act.
 * Each is claimed with SKIP LOCKED and marked sent in the same transaction: sent once, and never
 * for a deadline that was cleared or moved (its reminders were cleared with it).
 */
export async function sendDueReminders(deps: AppDeps, max = 1000): Promise<number> {
  let sent = 0;
  for (let i = 0; i < max; i++) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const now = deps.clock.now();
      const due = await claimDueReminder(tx, now);
      if (!due) return null;
      const stored = await findComplaint(tx, due.complaintId);
      const deadline = stored?.complaint.deadlines.find(
        (d) => d.kind === due.kind && d.dueAt === due.dueAt.toISOString() && !d.breached,
      );
      if (!stored || !deadline) {
        await markReminder(tx, due.id, 'cleared');
        return false;
      }
      const recipients = recipientsOf(stored.complaint, deadline.party);
      await insertNotifications(
        tx,
        stored.complaint.id,
        recipients.map((recipient) => ({
          id: newId('ntf'),
          recipient,
          kind: 'reminder' as const,
          params: {
            deadlineKind: deadline.kind,
            dueAt: deadline.dueAt,
            hoursBefore: due.hoursBefore,
            status: stored.complaint.status,
          },
        })),
        now,
      );
      await markReminder(tx, due.id, 'sent');
      return true;
    });
    if (done === null) break;
    if (done) sent++;
  }
  return sent;
}
