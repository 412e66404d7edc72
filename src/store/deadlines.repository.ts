import { sql } from 'kysely';
import type { Deadline, DeadlineKind } from '../domain/complaint/types.ts';
import { REMINDER_HOURS_BEFORE } from '../domain/notifications.ts';
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
  await clearReminders(db, stale);
  const fresh = wanted.filter((d) => !rows.some((row) => same(row, d)));
  if (fresh.length > 0) {
    const inserted = await db
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
      .returning(['id', 'due_at'])
      .execute();
    // Reminders 24 h and 2 h before (default), the ones still ahead.
    const reminders = inserted.flatMap((row) =>
      REMINDER_HOURS_BEFORE.map((hours) => ({
        deadline_id: row.id,
        hours_before: hours,
        due_at: new Date(row.due_at.getTime() - hours * 3_600_000),
        state: 'pending',
      })).filter((r) => r.due_at.getTime() > now.getTime()),
    );
    if (reminders.length > 0) await db.insertInto('reminders').values(reminders).execute();
  }
}

export interface DueDeadline {
  id: number;
  complaintId: string;
  kind: DeadlineKind;
  dueAt: Date;
}

/**
 * Claim up to `limit` due deadlines, oldest due first, that no other worker holds (SKIP LOCKED on
 * the deadline rows). The scan reads the partial index `deadlines_claim (due_at, id) where
 * state = 'pending'` from its start and stops after `limit` rows, so its cost does not grow with
 * the backlog. It takes no lock on complaints: the caller locks those next, also with SKIP LOCKED,
 * so a worker never waits for a complaint that a user request or another worker holds.
 */
export async function claimDueDeadlines(
  db: Executor,
  now: Date,
  limit: number,
  skip: readonly number[] = [],
): Promise<DueDeadline[]> {
  const rows = await sql<{ id: number; complaint_id: string; kind: string; due_at: Date }>`
    select id, complaint_id, kind, due_at
    from deadlines
    where state = 'pending' and due_at <= ${now}
      ${skip.length ? sql`and id not in (${sql.join(skip)})` : sql``}
    order by due_at, id
    limit ${limit}
    for update skip locked`.execute(db);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    complaintId: r.complaint_id,
    kind: r.kind as DeadlineKind,
    dueAt: r.due_at,
  }));
}

/**
 * Claimed deadlines that are still pending after their complaint's due deadlines were applied no
 * longer match it (its state moved on without clearing them): mark them cleared.
 */
export async function clearDeadlines(db: Executor, ids: readonly number[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const cleared = await db
    .updateTable('deadlines')
    .set({ state: 'cleared', settled_at: now })
    .where('id', 'in', ids)
    .where('state', '=', 'pending')
    .returning('id')
    .execute();
  await clearReminders(
    db,
    cleared.map((r) => r.id),
  );
  return cleared.length;
}

/** A deadline that no longer runs sends no more reminders. */
async function clearReminders(db: Executor, deadlineIds: number[]): Promise<void> {
  if (deadlineIds.length === 0) return;
  await db
    .updateTable('reminders')
    .set({ state: 'cleared' })
    .where('deadline_id', 'in', deadlineIds)
    .where('state', '=', 'pending')
    .execute();
}

/**
 * Mark the pending row of one deadline instance fired and clear its reminders, in one statement
 * (it runs once per firing).
 */
export async function fireDeadlineInstance(
  db: Executor,
  complaintId: string,
  kind: string,
  dueAt: Date,
  now: Date,
): Promise<void> {
  await sql`
    with fired as (
      update deadlines set state = 'fired', settled_at = ${now}
      where complaint_id = ${complaintId} and kind = ${kind} and due_at = ${dueAt} and state = 'pending'
      returning id)
    update reminders set state = 'cleared'
    where deadline_id in (select id from fired) and state = 'pending'`.execute(db);
}

export interface DueReminder {
  id: number;
  deadlineId: number;
  hoursBefore: number;
  complaintId: string;
  kind: string;
  dueAt: Date;
}

/**
 * Claim up to `limit` due reminders of deadlines that still run, earliest first (SKIP LOCKED:
 * each is sent once however many workers run).
 */
export async function claimDueReminders(db: Executor, now: Date, limit: number): Promise<DueReminder[]> {
  const result = await sql<{
    id: number;
    deadline_id: number;
    hours_before: number;
    complaint_id: string;
    kind: string;
    deadline_due: Date;
  }>`
    select r.id, r.deadline_id, r.hours_before, d.complaint_id, d.kind, d.due_at as deadline_due
    from reminders r join deadlines d on d.id = r.deadline_id
    where r.state = 'pending' and r.due_at <= ${now} and d.state = 'pending' and d.due_at > ${now}
    order by r.due_at, r.id
    limit ${limit}
    for update of r skip locked`.execute(db);
  return result.rows.map((row) => ({
    id: Number(row.id),
    deadlineId: Number(row.deadline_id),
    hoursBefore: row.hours_before,
    complaintId: row.complaint_id,
    kind: row.kind,
    dueAt: row.deadline_due,
  }));
}

export async function markReminders(
  db: Executor,
  ids: readonly number[],
  state: 'sent' | 'cleared',
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('reminders')
    .set({ state })
    .where('id', 'in', ids)
    .where('state', '=', 'pending')
    .execute();
}
