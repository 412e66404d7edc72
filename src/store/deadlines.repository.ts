import { sql } from 'kysely';
import type { Deadline, DeadlineKind } from '../domain/complaint/types.ts';
import { REMINDER_HOURS_BEFORE } from '../domain/notifications.ts';
import type { Executor } from './db.ts';

/** What a transaction did to one complaint's deadlines. */
export interface DeadlineChange {
  complaintId: string;
  /** The complaint's running deadlines as the transaction leaves it. */
  running: Deadline[];
  /** The deadline instances it applied (fired), oldest first. */
  fired: { kind: string; dueAt: string }[];
}

const instanceKey = (kind: string, dueAt: Date | string) => `${kind}@${new Date(dueAt).getTime()}`;

/**
 * Make the deadline rows of the changed complaints match their running deadlines, in the
 * transaction of the change: the rows of applied deadlines are marked fired, rows that no longer
 * run cleared (with their reminders), new ones inserted with their reminders (24 h and 2 h
 * before, those still ahead). Three statements however many complaints changed.
 */
export async function syncDeadlines(db: Executor, changes: DeadlineChange[], now: Date): Promise<void> {
  if (changes.length === 0) return;
  const rows = await db
    .selectFrom('deadlines')
    .select(['id', 'complaint_id', 'kind', 'due_at'])
    .where('complaint_id', 'in', [...new Set(changes.map((c) => c.complaintId))])
    .where('state', '=', 'pending')
    .execute();
  const settled: { id: number; state: 'fired' | 'cleared' }[] = [];
  const fresh: { complaint_id: string; kind: string; due_at: string; state: 'pending' | 'fired' }[] = [];
  for (const change of changes) {
    const mine = rows.filter((r) => r.complaint_id === change.complaintId);
    const fired = new Set(change.fired.map((f) => instanceKey(f.kind, f.dueAt)));
    const wanted = change.running.filter((d) => !d.breached);
    const wantedKeys = new Set(wanted.map((d) => instanceKey(d.kind, d.dueAt)));
    const existing = new Set(mine.map((r) => instanceKey(r.kind, r.due_at)));
    for (const row of mine) {
      const key = instanceKey(row.kind, row.due_at);
      if (fired.has(key)) settled.push({ id: row.id, state: 'fired' });
      else if (!wantedKeys.has(key)) settled.push({ id: row.id, state: 'cleared' });
    }
    // An instance applied without a row (set and applied within this transaction) is recorded too.
    for (const f of change.fired) {
      if (!existing.has(instanceKey(f.kind, f.dueAt)))
        fresh.push({ complaint_id: change.complaintId, kind: f.kind, due_at: f.dueAt, state: 'fired' });
    }
    for (const d of wanted) {
      const key = instanceKey(d.kind, d.dueAt);
      if (!existing.has(key) && !fired.has(key))
        fresh.push({ complaint_id: change.complaintId, kind: d.kind, due_at: d.dueAt, state: 'pending' });
    }
  }
  if (settled.length > 0) {
    await sql`
      with settled as (
        update deadlines d set state = v.state, settled_at = ${now}
        from (values ${sql.join(settled.map((s) => sql`(${s.id}::bigint, ${s.state})`))}) as v(id, state)
        where d.id = v.id and d.state = 'pending'
        returning d.id)
      update reminders set state = 'cleared'
      where deadline_id in (select id from settled) and state = 'pending'`.execute(db);
  }
  if (fresh.length > 0) {
    const hours = sql.join(REMINDER_HOURS_BEFORE.map((h) => sql`(${h}::int)`));
    await sql`
      with inserted as (
        insert into deadlines (complaint_id, kind, due_at, state, created_at, settled_at)
        values ${sql.join(
          fresh.map(
            (f) =>
              sql`(${f.complaint_id}, ${f.kind}, ${f.due_at}::timestamptz, ${f.state}, ${now}::timestamptz, ${
                f.state === 'fired' ? now : null
              }::timestamptz)`,
          ),
        )}
        returning id, due_at, state)
      insert into reminders (deadline_id, hours_before, due_at, state)
      select i.id, h.hours, i.due_at - make_interval(hours => h.hours), 'pending'
      from inserted i cross join (values ${hours}) as h(hours)
      where i.state = 'pending' and i.due_at - make_interval(hours => h.hours) > ${now}`.execute(db);
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
