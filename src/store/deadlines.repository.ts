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

export async function settleDeadline(
  db: Executor,
  id: number,
  state: 'fired' | 'cleared',
  now: Date,
): Promise<boolean> {
  await clearReminders(db, [id]);
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
  const rows = await db
    .updateTable('deadlines')
    .set({ state: 'fired', settled_at: now })
    .where('complaint_id', '=', complaintId)
    .where('kind', '=', kind)
    .where('due_at', '=', dueAt)
    .where('state', '=', 'pending')
    .returning('id')
    .execute();
  await clearReminders(
    db,
    rows.map((r) => r.id),
  );
}

export interface DueReminder {
  id: number;
  deadlineId: number;
  hoursBefore: number;
  complaintId: string;
  kind: string;
  dueAt: Date;
}

/** Claim the earliest due reminder of a deadline that still runs (SKIP LOCKED: each is sent once). */
export async function claimDueReminder(db: Executor, now: Date): Promise<DueReminder | null> {
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
    limit 1
    for update of r skip locked`.execute(db);
  const row = result.rows[0];
  return row
    ? {
        id: row.id,
        deadlineId: row.deadline_id,
        hoursBefore: row.hours_before,
        complaintId: row.complaint_id,
        kind: row.kind,
        dueAt: row.deadline_due,
      }
    : null;
}

export async function markReminder(db: Executor, id: number, state: 'sent' | 'cleared'): Promise<void> {
  await db
    .updateTable('reminders')
    .set({ state })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .execute();
}
