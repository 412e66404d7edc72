import { sql } from 'kysely';
import type { Deadline, DeadlineKind } from '../domain/complaint/types.ts';
import type { Executor } from './db.ts';

/**
 * Make the pending deadline rows of a complaint match its running deadlines: rows that no longer
 * run are cleared, new ones inserted. Called in the same transaction as the change that set them.
 */
export async function syncDeadlines(
  db: Executor,
  complaintId: string,
  running: Deadline[],
  now: Date,
): Promise<void> {
  const wanted = running.filter((d) => !d.breached);
  const rows = await db
    .selectFrom('deadlines')
    .select(['id', 'kind', 'due_at'])
    .where('complaint_id', '=', complaintId)
    .where('state', '=', 'pending')
    .execute();
  const same = (row: { kind: string; due_at: Date }, d: Deadline) =>
    row.kind === d.kind && row.due_at.getTime() === new Date(d.dueAt).getTime();
  const stale = rows.filter((row) => !wanted.some((d) => same(row, d))).map((row) => row.id);
  if (stale.length > 0) {
    await db
      .updateTable('deadlines')
      .set({ state: 'cleared', settled_at: now })
      .where('id', 'in', stale)
      .execute();
  }
  const fresh = wanted.filter((d) => !rows.some((row) => same(row, d)));
  if (fresh.length > 0) {
    await db
      .insertInto('deadlines')
      .values(
        fresh.map((d) => ({
          complaint_id: complaintId,
          kind: d.kind,
          due_at: d.dueAt,
          state: 'pending',
          created_at: now,
        })),
      )
      .execute();
  }
}

export interface DueDeadline {
  id: number;
  complaintId: string;
  kind: DeadlineKind;
  dueAt: Date;
}

/**
 * Claim the earliest due deadline no other worker holds. The claim locks the deadline's complaint
 * with SKIP LOCKED — the same row every action on that complaint locks first — so concurrent
 * workers (in any number of processes) never take the same one, and a user action on that
 * complaint waits for the outcome. The deadline row is locked after its complaint, in the order
 * every other transaction uses, so no two transactions can wait on each other.
 */
export async function claimDueDeadline(
  db: Executor,
  now: Date,
  skip: readonly number[] = [],
): Promise<DueDeadline | 'none' | 'lost'> {
  const claimed = await sql<{ id: number }>`
    select d.id
    from deadlines d join complaints c on c.id = d.complaint_id
    where d.state = 'pending' and d.due_at <= ${now}
      ${skip.length ? sql`and d.id not in (${sql.join(skip)})` : sql``}
    order by d.due_at, d.id
    limit 1
    for update of c skip locked`.execute(db);
  const id = claimed.rows[0]?.id;
  if (id === undefined) return 'none';
  const row = await db
    .selectFrom('deadlines')
    .select(['id', 'complaint_id', 'kind', 'due_at'])
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .forUpdate()
    .executeTakeFirst();
  // Settled by a transaction that committed between the scan and the lock: look again.
  if (!row) return 'lost';
  return { id: row.id, complaintId: row.complaint_id, kind: row.kind as DeadlineKind, dueAt: row.due_at };
}

export async function settleDeadline(
  db: Executor,
  id: number,
  state: 'fired' | 'cleared',
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('deadlines')
    .set({ state, settled_at: now })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Mark the pending row of one deadline instance fired (when a request applies it before the worker does). */
export async function fireDeadlineInstance(
  db: Executor,
  complaintId: string,
  kind: string,
  dueAt: Date,
  now: Date,
): Promise<void> {
  await db
    .updateTable('deadlines')
    .set({ state: 'fired', settled_at: now })
    .where('complaint_id', '=', complaintId)
    .where('kind', '=', kind)
    .where('due_at', '=', dueAt)
    .where('state', '=', 'pending')
    .execute();
}
