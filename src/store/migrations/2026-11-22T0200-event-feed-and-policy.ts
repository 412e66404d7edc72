import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
const statements = [
  // The event feed's gap-free, commit-ordered sequence (docs/ARCHITECTURE.md, "The event feed").
  `create table event_feed_counter (
    id integer primary key check (id = 1),
    value bigint not null
  )`,
  `insert into event_feed_counter (id, value) values (1, 0)`,
  `alter table complaint_events add column feed_seq bigint`,
  `create unique index complaint_events_feed_seq on complaint_events (feed_seq)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
