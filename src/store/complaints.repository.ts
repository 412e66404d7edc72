import { sql } from 'kysely';
import type { Complaint, TimelineEvent } from '../domain/complaint/types.ts';
import { quantitiesTaken } from '../domain/complaint/filing.ts';
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

function columns(c: Complaint, now: Date) {
  const running = c.deadlines
    .filter((d) => !d.breached)
    .map((d) => d.dueAt)
    .sort();
  return {
    status: c.status,
    outcome: c.outcome,
    assigned_agent_id: c.assignedAgentId,
    state: JSON.stringify(c),
    next_due_at: running[0] ?? null,
    is_breaching: c.deadlines.some((d) => d.breached),
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

/** Save a changed complaint, guarded by the revision it was read at: a lost race is a 409. */
export async function updateComplaint(
  db: Executor,
  c: Complaint,
  expectedRevision: number,
  now: Date,
): Promise<StoredComplaint> {
  const row = await db
    .updateTable('complaints')
    .set({ ...columns(c, now), revision: expectedRevision + 1 })
    .where('id', '=', c.id)
    .where('revision', '=', expectedRevision)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new DomainError('conflict', 'The complaint changed concurrently; reload and try again.');
  return toStored(row);
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
}

export interface ListCursor {
  createdAt: string;
  id: string;
}

function filtered(db: Executor, filter: ComplaintFilter) {
  let query = db.selectFrom('complaints').selectAll();
  if (filter.buyerId !== undefined) query = query.where('buyer_id', '=', filter.buyerId);
  if (filter.shopId !== undefined) query = query.where('shop_id', '=', filter.shopId);
  if (filter.status?.length) query = query.where('status', 'in', filter.status);
  if (filter.orderId !== undefined) query = query.where('order_id', '=', filter.orderId);
  if (filter.program !== undefined) query = query.where('program', '=', filter.program);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.breaching !== undefined) query = query.where('is_breaching', '=', filter.breaching);
  if (filter.assignedAgentId !== undefined)
    query = query.where('assigned_agent_id', '=', filter.assignedAgentId);
  return query;
}

/** Newest first, keyset-paginated on (created_at, id). */
export async function listComplaints(
  db: Executor,
  filter: ComplaintFilter,
  page: { limit: number; after: ListCursor | null },
): Promise<StoredComplaint[]> {
  let query = filtered(db, filter);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}::timestamptz, ${id})`);
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map(toStored);
}

/**
 * The earliest running deadline of the complaint (`next_due_at`, kept with every save; a breached
 * SLA, which has no automatic outcome, no longer counts); 'infinity' when none runs, so those come last.
 */
const nextDue = sql<Date>`coalesce(next_due_at, 'infinity'::timestamptz)`;

/**
 * Most urgent first: ordered by the earliest running deadline, then id (complaints with none
 * last), keyset-paginated on that pair. `nextDueAt` is null when no deadline runs.
 */
export async function listComplaintsByDeadline(
  db: Executor,
  filter: ComplaintFilter,
  page: { limit: number; after: { dueAt: string | null; id: string } | null },
): Promise<{ stored: StoredComplaint; nextDueAt: Date | null }[]> {
  let query = filtered(db, filter).select(nextDue.as('due_or_infinity'));
  if (page.after) {
    const due = page.after.dueAt ?? 'infinity';
    query = query.where(sql<boolean>`(${nextDue}, id) > (${due}::timestamptz, ${page.after.id})`);
  }
  const rows = await query.orderBy(nextDue).orderBy('id').limit(page.limit).execute();
  return rows.map((row) => {
    const due = row.due_or_infinity as Date | string;
    const at = due instanceof Date ? due : new Date(due);
    return { stored: toStored(row), nextDueAt: Number.isFinite(at.getTime()) ? at : null };
  });
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
