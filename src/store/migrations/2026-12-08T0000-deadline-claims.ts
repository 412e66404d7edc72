import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// The deadline engine claims due deadlines oldest first with `order by due_at, id … for update skip
// locked`: this index serves that scan directly, so a claim reads `limit` entries and stops,
// whatever the backlog (the index on due_at alone made the database sort every due row per claim).
const statements = [
  `create index deadlines_claim on deadlines (due_at, id) where state = 'pending'`,
  `drop index deadlines_due`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
