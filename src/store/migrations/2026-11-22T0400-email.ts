import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
const statements = [
  // Where and in which language to write to a recipient; the marketplace owns its users and tells us.
  `create table contacts (
    recipient text primary key,
    email text not null,
    locale text not null check (locale in ('id', 'en')),
    name text,
    updated_at timestamptz not null
  )`,
  // Every e-mail, written in the transaction of the notification it carries; sent by the mailer,
  // or kept here when no SMTP server is configured (the demo shows them).
  `create table email_outbox (
    id text primary key,
    notification_id text not null references notifications(id),
    to_address text not null,
    subject text not null,
    body_text text not null,
    status text not null check (status in ('pending', 'sent', 'kept', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    last_error text,
    created_at timestamptz not null,
    sent_at timestamptz
  )`,
  `create index email_outbox_due on email_outbox (next_attempt_at) where status = 'pending'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
