import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// Lists are computed by SQL over columns kept by the same transaction as the state change, so no
// list reads an aggregate:
// - `waiting_on`: whose move it is (a seller's "needs action" is a filter, not a scan);
// - `breached_at`: when the breached SLA deadline fell due (the agents' queue shows breaches
//   first, oldest first; `next_due_at` leaves breached deadlines out);
// - `list_row`: the complaint as lists show it (domain/complaint/list-row.ts).
// The app fills them for complaints saved before this migration when it starts (backfillListRows).
// Each index serves one list's order directly, so a page reads `limit` entries and stops.
const statements = [
  `alter table complaints add column waiting_on text`,
  `alter table complaints add column breached_at timestamptz`,
  `alter table complaints add column list_row json`,
  // the agents' queue: breaches; deadlines soon; escalations further out. The filter columns are
  // included, so a filtered page or count is an index-only scan that never reads the table.
  `create index complaints_queue_breached on complaints (breached_at, id)
    include (status, program, category, assigned_agent_id)
    where is_breaching and status not in ('resolved', 'closed')`,
  `create index complaints_queue_due on complaints (next_due_at, id)
    include (status, program, category, assigned_agent_id)
    where not is_breaching and status not in ('resolved', 'closed')`,
  `create index complaints_queue_escalated on complaints (next_due_at, id)
    include (program, category, assigned_agent_id)
    where status = 'escalated' and not is_breaching`,
  `create index complaints_queue_assignee on complaints (assigned_agent_id, next_due_at, id)
    where status not in ('resolved', 'closed')`,
  // GET /v1/complaints for agents: by deadline (with or without a status), newest by status
  `create index complaints_due on complaints ((coalesce(next_due_at, 'infinity'::timestamptz)), id)`,
  `create index complaints_status_due on complaints (status, (coalesce(next_due_at, 'infinity'::timestamptz)), id)`,
  `create index complaints_status_created on complaints (status, created_at desc, id desc)`,
  `create index complaints_unfilled_list_rows on complaints (id) where list_row is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
