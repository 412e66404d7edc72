import { sql } from 'kysely';
import type { Executor } from './db.ts';

export interface Contact {
  recipient: string;
  email: string;
  locale: 'id' | 'en';
  name: string | null;
}

export async function saveContact(db: Executor, c: Contact, now: Date): Promise<void> {
  const values = { email: c.email, locale: c.locale, name: c.name, updated_at: now };
  await db
    .insertInto('contacts')
    .values({ recipient: c.recipient, ...values })
    .onConflict((oc) => oc.column('recipient').doUpdateSet(values))
    .execute();
}

export async function findContacts(db: Executor, recipients: string[]): Promise<Contact[]> {
  if (recipients.length === 0) return [];
  const rows = await db.selectFrom('contacts').selectAll().where('recipient', 'in', recipients).execute();
  return rows.map((r) => ({
    recipient: r.recipient,
    email: r.email,
    locale: r.locale as 'id' | 'en',
    name: r.name,
  }));
}

export async function queueEmails(
  db: Executor,
  emails: { id: string; notificationId: string; to: string; subject: string; body: string }[],
  now: Date,
): Promise<void> {
  if (emails.length === 0) return;
  await db
    .insertInto('email_outbox')
    .values(
      emails.map((e) => ({
        id: e.id,
        notification_id: e.notificationId,
        to_address: e.to,
        subject: e.subject,
        body_text: e.body,
        status: 'pending',
        next_attempt_at: now,
        created_at: now,
      })),
    )
    .execute();
}

export interface OutgoingEmail {
  id: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Take the next e-mail due for `leaseMs`: it is pushed into the future so no other worker takes it
 * while this one sends (outside any transaction). A worker that dies mid-send leaves it to be sent
 * again when the lease runs out (at least once).
 */
export async function leaseDueEmail(db: Executor, now: Date, leaseMs: number): Promise<OutgoingEmail | null> {
  const result = await sql<{
    id: string;
    to_address: string;
    subject: string;
    body_text: string;
    attempts: number;
  }>`
    update email_outbox set next_attempt_at = ${new Date(now.getTime() + leaseMs)}
    where id = (
      select id from email_outbox
      where status = 'pending' and next_attempt_at <= ${now}
      order by next_attempt_at, id limit 1
      for update skip locked)
    returning id, to_address, subject, body_text, attempts`.execute(db);
  const r = result.rows[0];
  return r
    ? { id: r.id, to: r.to_address, subject: r.subject, body: r.body_text, attempts: r.attempts }
    : null;
}

export async function recordEmailResult(
  db: Executor,
  id: string,
  result: { status: 'sent' | 'kept' | 'failed' | 'pending'; error?: string; nextAttemptAt?: Date },
  now: Date,
): Promise<void> {
  await db
    .updateTable('email_outbox')
    .set((eb) => ({
      status: result.status,
      attempts: eb('attempts', '+', 1),
      last_error: result.error ?? null,
      sent_at: result.status === 'sent' ? now : null,
      ...(result.nextAttemptAt ? { next_attempt_at: result.nextAttemptAt } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

export async function listOutbox(db: Executor, limit: number) {
  const rows = await db
    .selectFrom('email_outbox')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    body: r.body_text,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
  }));
}
