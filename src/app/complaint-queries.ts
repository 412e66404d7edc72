import type { Actor } from '../domain/complaint/types.ts';
import {
  type StoredEvent,
  findComplaint,
  listComplaints,
  listComplaintsByDeadline,
  type StoredComplaint,
  listEvents,
  type ComplaintFilter,
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

/** Complaints the caller may see, newest first, with the filters of SPEC 7. */
export async function findComplaints(
  deps: AppDeps,
  actor: Actor,
  filter: Omit<ComplaintFilter, 'buyerId' | 'shopId'>,
  page: { limit: number; cursor?: string | undefined; sort?: 'newest' | 'deadline' | undefined },
): Promise<{ data: ComplaintView[]; nextCursor: string | null }> {
  const scope: ComplaintFilter = { ...filter };
  if (actor.role === 'buyer') scope.buyerId = actor.id;
  if (actor.role === 'seller') scope.shopId = actor.shopId ?? '\u0000';
  if (actor.role === 'insurer') scope.program = 'pasti_ori';
  let pageRows: StoredComplaint[];
  let nextCursor: string | null;
  if (page.sort === 'deadline') {
    const cursor = decodeCursor(page.cursor, isDueAndId);
    const rows = await listComplaintsByDeadline(deps.db, scope, { limit: page.limit + 1, after: cursor });
    const paged = pageOf(rows, page.limit, (last) => ({
      dueAt: last.nextDueAt?.toISOString() ?? null,
      id: last.stored.complaint.id,
    }));
    pageRows = paged.rows.map((r) => r.stored);
    nextCursor = paged.nextCursor;
  } else {
    const cursor = decodeCursor(page.cursor, isTimeAndId);
    const after = cursor ? { createdAt: cursor.at, id: cursor.id } : null;
    const rows = await listComplaints(deps.db, scope, { limit: page.limit + 1, after });
    ({ rows: pageRows, nextCursor } = pageOf(rows, page.limit, (last) => ({
      at: last.createdAt.toISOString(),
      id: last.complaint.id,
    })));
  }
  const now = deps.clock.now();
  const data = [];
  for (const stored of pageRows) {
    const policy = await deps.config.policyVersion(deps.db, stored.complaint.policyVersion);
    data.push(complaintView(stored, actor, { now, policy }));
  }
  return { data, nextCursor };
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
