import type { Complaint, TimelineEvent } from '../domain/complaint/types.ts';
import { notificationsFor, recipientsOf, type NotificationDraft } from '../domain/notifications.ts';
import { findContacts, queueEmails } from '../store/email.repository.ts';
import { renderNotification } from './notification-texts.ts';
import type { Tx } from '../store/db.ts';
import { findComplaints } from '../store/complaints.repository.ts';
import { claimDueReminders, markReminders } from '../store/deadlines.repository.ts';
import { insertNotifications } from '../store/notifications.repository.ts';
import type { AppDeps } from './deps.ts';
import type { ChangeSet } from './change-set.ts';
import { newId } from './ids.ts';

/** The notifications a change causes, written with the change (its change set). */
export function notify(
  changes: ChangeSet,
  before: Complaint | null,
  after: Complaint,
  events: TimelineEvent[],
): void {
  changes.notifications(
    notificationsFor(before, after, events).map((d) => ({ ...d, complaintId: after.id })),
  );
}

/**
 * Write notifications and, for recipients whose contact the marketplace gave us, their e-mails in
 * the recipient's language, all in the caller's transaction: nothing is sent for a change that
 * rolled back, and nothing committed is lost.
 */
export async function deliverNotifications(
  tx: Tx,
  drafts: (NotificationDraft & { complaintId: string })[],
  now: Date,
): Promise<void> {
  if (drafts.length === 0) return;
  const withIds = drafts.map((d) => ({ ...d, id: newId('ntf') }));
  await insertNotifications(tx, withIds, now);
  const contacts = await findContacts(tx, [...new Set(drafts.map((d) => d.recipient))]);
  const emails = withIds.flatMap((n) => {
    const contact = contacts.find((c) => c.recipient === n.recipient);
    if (!contact) return [];
    const { title, body } = renderNotification(n.kind, n.params, contact.locale);
    const footer =
      contact.locale === 'id'
        ? `Komplain ${n.complaintId} di Pusat Resolusi.`
        : `Complaint ${n.complaintId} in the Resolution Center.`;
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
 * Send the reminders that fell due (24 h and 2 h before a deadline) to the party that must act,
 * in batches: each batch claims its reminders with SKIP LOCKED and marks them sent in the same
 * transaction, so each is sent once, and never for a deadline that was cleared or moved (its
 * reminders were cleared with it).
 */
export async function sendDueReminders(deps: AppDeps, max = 1000, batchSize = 100): Promise<number> {
  let sent = 0;
  while (sent < max) {
    const claimed = await deps.db.transaction().execute(async (tx) => {
      const now = deps.clock.now();
      const due = await claimDueReminders(tx, now, Math.min(batchSize, max - sent));
      if (due.length === 0) return 0;
      const complaints = new Map(
        (await findComplaints(tx, [...new Set(due.map((r) => r.complaintId))])).map((s) => [
          s.complaint.id,
          s.complaint,
        ]),
      );
      const drafts: (NotificationDraft & { complaintId: string })[] = [];
      const isSent: number[] = [];
      const isStale: number[] = [];
      for (const reminder of due) {
        const c = complaints.get(reminder.complaintId);
        const deadline = c?.deadlines.find(
          (d) => d.kind === reminder.kind && d.dueAt === reminder.dueAt.toISOString() && !d.breached,
        );
        if (!c || !deadline) {
          isStale.push(reminder.id);
          continue;
        }
        isSent.push(reminder.id);
        for (const recipient of recipientsOf(c, deadline.party)) {
          drafts.push({
            recipient,
            complaintId: c.id,
            kind: 'reminder',
            params: {
              deadlineKind: deadline.kind,
              dueAt: deadline.dueAt,
              hoursBefore: reminder.hoursBefore,
              status: c.status,
            },
          });
        }
      }
      await deliverNotifications(tx, drafts, now);
      await markReminders(tx, isSent, 'sent');
      await markReminders(tx, isStale, 'cleared');
      return due.length;
    });
    if (claimed === 0) break;
    sent += claimed;
  }
  return sent;
}
