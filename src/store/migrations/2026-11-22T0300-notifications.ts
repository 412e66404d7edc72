import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
const statements = [
  // In-app notifications: to a user, a shop (all its sellers) or all agents.
  `create table notifications (
    id text primary key,
    recipient text not null,
    complaint_id text references complaints(id),
    kind text not null,
    params json not null,
    created_at timestamptz not null,
    read_at timestamptz
  )`,
  `create index notifications_recipient on notifications (recipient, created_at desc, id desc)`,
  `create index notifications_unread on notifications (recipient) where read_at is null`,
  // Reminders 24 h and 2 h before a deadline, tied to the deadline row: a cleared deadline clears
  // them, a moved deadline is a new row with new reminders.
  `create table reminders (
    id bigserial primary key,
    deadline_id bigint not null references deadlines(id),
    hours_before integer not null,
    due_at timestamptz not null,
    state text not null check (state in ('pending', 'sent', 'cleared')),
    unique (deadline_id, hours_before)
  )`,
  `create index reminders_due on reminders (due_at) where state = 'pending'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
