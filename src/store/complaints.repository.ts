import { sql } from 'kysely';
import type { Complaint, TimelineEvent } from '../domain/complaint/types.ts';
import { quantitiesTaken } from '../domain/complaint/filing.ts';
import { listRow, type ListRow } from '../domain/complaint/list-row.ts';
import { DomainError } from '../domain/errors.ts';
import type { Executor } from './db.ts';
import type { Selectable } from 'kysely';
import type { ComplaintEventsTable, ComplaintRow } from './schema.ts';

export interface StoredComplaint {
  complaint: Complaint;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

function toStored(row: ComplaintRow): StoredComplaint {
  return {
    complaint: row.state as Complaint,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns kept from the aggregate, for lists and queues (see migration 2026-12-08T0100). */
function columns(c: Complaint, now: Date) {
  const running = c.deadlines
    .filter((d) => !d.breached)
    .map((d) => d.dueAt)
    .sort();
  const row = listRow(c);
  const breached = c.deadlines.find((d) => d.breached);
  return {
    status: c.status,
    outcome: c.outcome,
    assigned_agent_id: c.assignedAgentId,
    state: JSON.stringify(c),
    next_due_at: running[0] ?? null,
    is_breaching: breached !== undefined,
    breached_at: breached?.dueAt ?? null,
    waiting_on: row.waitingOn,
    list_row: JSON.stringify(row),
    updated_at: now,
  };
}

export async function insertComplaint(db: Executor, c: Complaint, now: Date): Promise<StoredComplaint> {
  const row = await db
    .insertInto('complaints')
    .values({
      id: c.id,
      order_id: c.orderId,
      buyer_id: c.buyerId,
      shop_id: c.shopId,
      category: c.category,
      program: c.program,
      policy_version: c.policyVersion,
      revision: 1,
      created_at: now,
      ...columns(c, now),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toStored(row);
}

export async function findComplaint(
  db: Executor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<StoredComplaint | null> {
  let query = db.selectFrom('complaints').selectAll().where('id', '=', id);
  if (opts.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toStored(row) : null;
}

/** Read several complaints at once (no lock). */
export async function findComplaints(db: Executor, ids: readonly string[]): Promise<StoredComplaint[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('complaints').selectAll().where('id', 'in', ids).execute();
  return rows.map(toStored);
}

/**
 * Lock the complaints among `ids` that nobody else holds (SKIP LOCKED) and read them: the deadline
 * engine takes these and leaves the others for later, so it never waits for a user request.
 */
export async function lockFreeComplaints(db: Executor, ids: readonly string[]): Promise<StoredComplaint[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('complaints')
    .selectAll()
    .where('id', 'in', ids)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map(toStored);
}

/**
 * Save changed complaints, each guarded by the revision it was read at (a lost race is a 409), in
 * one statement. `decisions` is how many changes the transaction made to it (one revision each).
 */
export async function updateComplaints(
  db: Executor,
  changed: { complaint: Complaint; expectedRevision: number; decisions: number }[],
  now: Date,
): Promise<void> {
  if (changed.length === 0) return;
  const rows = changed.map(({ complaint, expectedRevision, decisions }) => {
    const c = columns(complaint, now);
    return sql`(${complaint.id}::text, ${expectedRevision}::int, ${expectedRevision + decisions}::int, ${c.status}::text,
      ${c.outcome}::text, ${c.assigned_agent_id}::text, ${c.state}::json, ${c.next_due_at}::timestamptz,
      ${c.is_breaching}::boolean, ${c.breached_at}::timestamptz, ${c.waiting_on}::text, ${c.list_row}::json)`;
  });
  const updated = await sql<{ id: string }>`
    update complaints c set status = v.status, outcome = v.outcome, assigned_agent_id = v.assigned_agent_id,
      state = v.state, next_due_at = v.next_due_at, is_breaching = v.is_breaching, breached_at = v.breached_at,
      waiting_on = v.waiting_on, list_row = v.list_row, revision = v.revision, updated_at = ${now}
    from (values ${sql.join(rows)})
      as v(id, expected, revision, status, outcome, assigned_agent_id, state, next_due_at, is_breaching,
        breached_at, waiting_on, list_row)
    where c.id = v.id and c.revision = v.expected
    returning c.id`.execute(db);
  if (updated.rows.length !== changed.length)
    throw new DomainError('conflict', 'The complaint changed concurrently; reload and try again.');
}

export async function hasOpenComplaint(db: Executor, orderId: string): Promise<boolean> {
  const row = await db
    .selectFrom('complaints')
    .select('id')
    .where('order_id', '=', orderId)
    .where('status', 'not in', ['resolved', 'closed'])
    .executeTakeFirst();
  return row !== undefined;
}

/** Quantities per order line taken by earlier complaints on the order (a line is disputed once). */
export async function disputedQuantities(db: Executor, orderId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('complaints').select('state').where('order_id', '=', orderId).execute();
  return quantitiesTaken(rows.map((row) => row.state as Complaint));
}

export interface ComplaintFilter {
  buyerId?: string;
  shopId?: string;
  status?: string[];
  orderId?: string;
  program?: string;
  category?: string;
  breaching?: boolean;
  assignedAgentId?: string;
  waitingOn?: string;
}

/** A complaint in a list: its stored list row and the columns the list orders by. */
export interface ListedComplaint {
  row: ListRow;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  /** The earliest running deadline; null when none runs. */
  nextDueAt: Date | null;
}

export type ListCursor =
  { sort: 'newest'; createdAt: string; id: string } | { sort: 'deadline'; dueAt: string | null; id: string };

/** The earliest running deadline, 'infinity' when none runs (those come last). Indexed expression. */
const dueKey = sql`coalesce(next_due_at, 'infinity'::timestamptz)`;

function conditions(filter: ComplaintFilter, status: string[] | undefined, after: ListCursor | null) {
  const where = [sql`true`];
  if (filter.buyerId !== undefined) where.push(sql`buyer_id = ${filter.buyerId}`);
  if (filter.shopId !== undefined) where.push(sql`shop_id = ${filter.shopId}`);
  if (status?.length === 1) where.push(sql`status = ${status[0]}`);
  else if (status?.length) where.push(sql`status in (${sql.join(status)})`);
  if (filter.orderId !== undefined) where.push(sql`order_id = ${filter.orderId}`);
  if (filter.program !== undefined) where.push(sql`program = ${filter.program}`);
  if (filter.category !== undefined) where.push(sql`category = ${filter.category}`);
  if (filter.breaching !== undefined) where.push(sql`is_breaching = ${filter.breaching}`);
  if (filter.assignedAgentId !== undefined) where.push(sql`assigned_agent_id = ${filter.assignedAgentId}`);
  if (filter.waitingOn !== undefined) where.push(sql`waiting_on = ${filter.waitingOn}`);
  if (after?.sort === 'newest')
    where.push(sql`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id})`);
  if (after?.sort === 'deadline')
    where.push(sql`(${dueKey}, id) > (${after.dueAt ?? 'infinity'}::timestamptz, ${after.id})`);
  return sql.join(where, sql` and `);
}

/**
 * One page of complaints, read from their list columns only (no aggregate), keyset-paginated:
 * `newest` on (created_at, id) descending, `deadline` on (earliest running deadline, id) with
 * complaints that have none last. Each order is served by an index that the query scans from the
 * cursor and stops after `limit` rows: per buyer or shop (complaints_buyer*, complaints_shop*),
 * per status (complaints_status_*), or all (complaints_created, complaints_due). A list of several
 * statuses without a buyer or shop is one such scan per status, merged.
 */
export async function listComplaints(
  db: Executor,
  filter: ComplaintFilter,
  sort: 'newest' | 'deadline',
  page: { limit: number; after: ListCursor | null },
): Promise<ListedComplaint[]> {
  const order = sort === 'newest' ? sql`created_at desc, id desc` : sql`${dueKey}, id`;
  const select = (status: string[] | undefined) => sql`
    select id, list_row, revision, created_at, updated_at, next_due_at from complaints
    where ${conditions(filter, status, page.after)}
    order by ${order} limit ${page.limit}`;
  const isScoped =
    filter.buyerId !== undefined || filter.shopId !== undefined || filter.orderId !== undefined;
  const statuses = filter.status ?? [];
  const query =
    !isScoped && statuses.length > 1
      ? sql`select * from (${sql.join(
          statuses.map((s) => sql`(${select([s])})`),
          sql` union all `,
        )}) merged order by ${order} limit ${page.limit}`
      : select(filter.status);
  const result = await query.execute(db);
  return (
    result.rows as {
      id: string;
      list_row: ListRow | null;
      revision: number;
      created_at: Date;
      updated_at: Date;
      next_due_at: Date | null;
    }[]
  ).map((r) => {
    if (!r.list_row) throw new Error(`complaint ${r.id} has no list row (backfillListRows has not run)`);
    return {
      row: r.list_row,
      revision: r.revision,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      nextDueAt: r.next_due_at,
    };
  });
}

/** Complaints saved before list rows were kept, up to `limit`, with their aggregate. */
export async function complaintsWithoutListRow(db: Executor, limit: number): Promise<StoredComplaint[]> {
  const rows = await db
    .selectFrom('complaints')
    .selectAll()
    .where('list_row', 'is', null)
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

/** Fill the list columns of complaints saved before they were kept (unless saved since). */
export async function fillListColumns(db: Executor, stored: StoredComplaint[]): Promise<void> {
  if (stored.length === 0) return;
  const rows = stored.map((s) => {
    const c = columns(s.complaint, s.updatedAt);
    return sql`(${s.complaint.id}::text, ${s.revision}::int, ${c.waiting_on}::text,
      ${c.breached_at}::timestamptz, ${c.list_row}::json)`;
  });
  await sql`
    update complaints c set waiting_on = v.waiting_on, breached_at = v.breached_at, list_row = v.list_row
    from (values ${sql.join(rows)}) as v(id, revision, waiting_on, breached_at, list_row)
    where c.id = v.id and c.revision = v.revision and c.list_row is null`.execute(db);
}

export interface StoredEvent {
  id: number;
  seq: number;
  type: string;
  actor: { role: string; id: string | null };
  visibility: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/** Events to append to one complaint's timeline. */
export interface EventAppend {
  complaintId: string;
  events: TimelineEvent[];
  /** The complaint's last `seq` when the caller knows it (0 for a complaint just filed). */
  afterSeq?: number;
}

/**
 * Append events to the timeline; the caller holds the complaint's row lock, so `seq` is gap-free
 * per complaint. Each event also takes the next numbers of the event feed from its counter row:
 * that row stays locked until the transaction ends, so feed numbers are handed out in commit order
 * and a rolled-back transaction gives its numbers back. Call it last in the transaction, to hold
 * the counter for as short a time as possible. A transaction that changes several complaints (the
 * deadline engine) appends all their events here at once: three statements whatever their number.
 */
export async function appendEvents(db: Executor, appends: EventAppend[], now: Date): Promise<void> {
  const total = appends.reduce((n, a) => n + a.events.length, 0);
  if (total === 0) return;
  const seqOf = new Map<string, number>();
  for (const a of appends) if (a.afterSeq !== undefined) seqOf.set(a.complaintId, a.afterSeq);
  const unknown = [...new Set(appends.map((a) => a.complaintId))].filter((id) => !seqOf.has(id));
  if (unknown.length > 0) {
    const last = await db
      .selectFrom('complaint_events')
      .select(['complaint_id', (eb) => eb.fn.max('seq').as('seq')])
      .where('complaint_id', 'in', unknown)
      .groupBy('complaint_id')
      .execute();
    for (const r of last) seqOf.set(r.complaint_id, Number(r.seq));
  }
  const counter = await db
    .updateTable('event_feed_counter')
    .set((eb) => ({ value: eb('value', '+', total) }))
    .where('id', '=', 1)
    .returning('value')
    .executeTakeFirstOrThrow();
  let feedSeq = counter.value - total;
  const rows = appends.flatMap(({ complaintId, events }) =>
    events.map((e) => {
      const seq = (seqOf.get(complaintId) ?? 0) + 1;
      seqOf.set(complaintId, seq);
      return {
        complaint_id: complaintId,
        seq,
        feed_seq: ++feedSeq,
        type: e.type,
        actor_role: e.actor.role,
        actor_id: e.actor.role === 'system' ? null : e.actor.id,
        visibility: e.visibility,
        data: JSON.stringify(e.data),
        occurred_at: now,
      };
    }),
  );
  await db.insertInto('complaint_events').values(rows).execute();
}

function toStoredEvent(r: Selectable<ComplaintEventsTable>): StoredEvent {
  return {
    id: r.id,
    seq: r.seq,
    type: r.type,
    actor: { role: r.actor_role, id: r.actor_id },
    visibility: r.visibility,
    data: r.data as Record<string, unknown>,
    occurredAt: r.occurred_at,
  };
}

export interface FeedEvent extends StoredEvent {
  sequence: number;
  complaintId: string;
}

/** The event feed: every timeline event across complaints after `after`, in commit order. */
export async function listFeed(db: Executor, after: number, limit: number): Promise<FeedEvent[]> {
  const rows = await db
    .selectFrom('complaint_events')
    .selectAll()
    .where('feed_seq', '>', after)
    .orderBy('feed_seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toStoredEvent(r), sequence: r.feed_seq!, complaintId: r.complaint_id }));
}

export async function listEvents(
  db: Executor,
  complaintId: string,
  opts: { includeInternal: boolean; afterSeq: number; limit: number },
): Promise<StoredEvent[]> {
  let query = db
    .selectFrom('complaint_events')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .where('seq', '>', opts.afterSeq);
  if (!opts.includeInternal) query = query.where('visibility', '=', 'public');
  const rows = await query.orderBy('seq').limit(opts.limit).execute();
  return rows.map(toStoredEvent);
}
