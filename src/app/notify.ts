import type { Complaint, TimelineEvent } from '../domain/complaint/types.ts';
import { notificationsFor, recipientsOf, type NotificationDraft } from '../domain/notifications.ts';
import { findContacts, queueEmails } from '../store/email.repository.ts';
import { renderNotification } from './notification-texts.ts';
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
  await deliver(tx, after.id, notificationsFor(before, after, events), now);
}

/**
 * Write notifications and, for recipients whose contact the marketplace gave us, their e-mails in
 * the recipient's language, all in the caller's transaction: nothing is sent for a change that
 * rolled back, and nothing committed is lost.
 */
async function deliver(tx: Tx, complaintId: string, drafts: NotificationDraft[], now: Date): Promise<void> {
  if (drafts.length === 0) return;
  const withIds = drafts.map((d) => ({ ...d, id: newId('ntf') }));
  await insertNotifications(tx, complaintId, withIds, now);
  const contacts = await findContacts(tx, [...new Set(drafts.map((d) => d.recipient))]);
  const emails = withIds.flatMap((n) => {
    const contact = contacts.find((c) => c.recipient === n.recipient);
    if (!contact) return [];
    const { title, body } = renderNotification(n.kind, n.params, contact.locale);
    const footer =
      contact.locale === 'id'
        ? `Komplain ${complaintId} di Pusat Resolusi.`
        : `Complaint ${complaintId} in the Resolution Center.`;
    return [
      {
        id: newId('eml'),
        notificationId: n.id,
        to: contact.email,
        subject: title,
        body: [body, footer].filter(Boolean).join('\n\n'),
      },
    ];
  });
  await queueEmails(tx, emails, now);
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
      await deliver(
        tx,
        stored.complaint.id,
        recipients.map((recipient) => ({
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
