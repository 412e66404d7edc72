import type { Actor } from '../domain/complaint/types.ts';
import {
  findComplaint,
  listComplaints,
  listEvents,
  type ComplaintFilter,
  type ListCursor,
  type ListedComplaint,
  type StoredEvent,
} from '../store/complaints.repository.ts';
import { canSeeComplaint, complaintNotFound } from './access.ts';
import { complaintView, type ComplaintView } from './complaint-view.ts';
import type { AppDeps } from './deps.ts';
import { decodeCursor, isDueAndId, isSeq, isTimeAndId, pageOf } from './cursors.ts';

export async function getComplaint(deps: AppDeps, actor: Actor, id: string): Promise<ComplaintView> {
  const stored = await findComplaint(deps.db, id);
  if (!stored || !canSeeComplaint(actor, stored.complaint)) throw complaintNotFound(id);
  const policy = await deps.config.policyVersion(deps.db, stored.complaint.policyVersion);
  return complaintView(stored, actor, { now: deps.clock.now(), policy });
}

/** A complaint as lists show it (the same for every caller who may see it). */
export function listRowView(listed: ListedComplaint) {
  return { ...listed.row, revision: listed.revision, updatedAt: listed.updatedAt.toISOString() };
}

/**
 * Complaints the caller may see, with the filters of SPEC 7, newest first or most urgent first.
 * Served from the list columns by an index per order (store/complaints.repository.ts).
 */
export async function findComplaints(
  deps: AppDeps,
  actor: Actor,
  filter: Omit<ComplaintFilter, 'buyerId' | 'shopId'>,
  page: { limit: number; cursor?: string | undefined; sort?: 'newest' | 'deadline' | undefined },
): Promise<{ data: ReturnType<typeof listRowView>[]; nextCursor: string | null }> {
  const scope: ComplaintFilter = { ...filter };
  if (actor.role === 'buyer') scope.buyerId = actor.id;
  if (actor.role === 'seller') scope.shopId = actor.shopId ?? '\u0000';
  if (actor.role === 'insurer') scope.program = 'pasti_ori';
  const sort = page.sort ?? 'newest';
  let after: ListCursor | null = null;
  if (sort === 'deadline') {
    const cursor = decodeCursor(page.cursor, isDueAndId);
    if (cursor) after = { sort, dueAt: cursor.dueAt, id: cursor.id };
  } else {
    const cursor = decodeCursor(page.cursor, isTimeAndId);
    if (cursor) after = { sort, createdAt: cursor.at, id: cursor.id };
  }
  const rows = await listComplaints(deps.db, scope, sort, { limit: page.limit + 1, after });
  const { rows: pageRows, nextCursor } = pageOf(rows, page.limit, (last) =>
    sort === 'deadline'
      ? { dueAt: last.nextDueAt?.toISOString() ?? null, id: last.row.id }
      : { at: last.createdAt.toISOString(), id: last.row.id },
  );
  return { data: pageRows.map(listRowView), nextCursor };
}

/** A timeline event as the API shows it. */
export function eventView(e: StoredEvent) {
  return {
    id: String(e.id),
    seq: e.seq,
    type: e.type,
    actor: e.actor,
    visibility: e.visibility,
    data: e.data,
    occurredAt: e.occurredAt.toISOString(),
  };
}

/** The complaint's timeline, oldest first; internal notes only for agents. */
export async function getTimeline(
  deps: AppDeps,
  actor: Actor,
  id: string,
  page: { limit: number; cursor?: string | undefined },
) {
  const stored = await findComplaint(deps.db, id);
  if (!stored || !canSeeComplaint(actor, stored.complaint)) throw complaintNotFound(id);
  const after = decodeCursor(page.cursor, isSeq);
  const events = await listEvents(deps.db, id, {
    includeInternal: actor.role === 'agent',
    afterSeq: after?.seq ?? 0,
    limit: page.limit + 1,
  });
  const { rows: pageEvents, nextCursor } = pageOf(events, page.limit, (last) => ({ seq: last.seq }));
  return { data: pageEvents.map(eventView), nextCursor };
}
