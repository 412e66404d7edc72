import { urgentDeadline } from '../domain/complaint/list-row.ts';
import type { Actor } from '../domain/complaint/types.ts';
import { queueCount, queuePage, type QueueCursor, type QueueRow } from '../store/agent-queue.repository.ts';
import { requireRole } from './access.ts';
import { decodeCursor, encodeCursor, isId, isInstant } from './cursors.ts';
import type { AppDeps } from './deps.ts';

/** A deadline within this many hours puts a complaint in the queue. */
const NEAR_HOURS = 24;
/**
 * `total` is exact up to this many items; past it the answer says it is a lower bound. (Counting
 * 56,000 due complaints took 100–400 ms at a million complaints, a hundred times the page; counting
 * up to 1,000 per part still cost 1.5 ms, as much as the page.)
 */
export const QUEUE_TOTAL_CAP = 500;

export interface QueueFilter {
  /** `me`, `unassigned` or an agent id. */
  assignee?: string | undefined;
  program?: string | undefined;
  category?: string | undefined;
  status?: string[] | undefined;
  /** true: breaches only; false: no breaches. */
  breaching?: boolean | undefined;
}

export interface QueueItem {
  kind: 'appeal' | 'escalated' | 'deadline_near' | 'compensation_overdue';
  complaintId: string;
  claimId: string | null;
  status: string;
  program: string;
  category: string;
  assignedAgentId: string | null;
  waitingOn: string;
  deadlineKind: string | null;
  dueAt: string | null;
  breached: boolean;
}

const isQueueCursor = (v: unknown): v is QueueCursor =>
  typeof v === 'object' &&
  v !== null &&
  ((v as QueueCursor).tier === 0 || (v as QueueCursor).tier === 1) &&
  isInstant((v as QueueCursor).due) &&
  isId((v as QueueCursor).key);

function itemOf(r: QueueRow): QueueItem {
  if (r.source === 'claim')
    return {
      kind: 'compensation_overdue',
      complaintId: r.complaintId,
      claimId: r.claimId,
      status: 'resolved',
      program: 'pasti_ori',
      category: 'counterfeit',
      assignedAgentId: null,
      waitingOn: 'insurer',
      deadlineKind: 'compensation_decision',
      dueAt: r.due.toISOString(),
      breached: true,
    };
  const row = r.row;
  const deadline = urgentDeadline(row);
  return {
    kind: row.status !== 'escalated' ? 'deadline_near' : row.isAppealPending ? 'appeal' : 'escalated',
    complaintId: row.id,
    claimId: null,
    status: row.status,
    program: row.program,
    category: row.category,
    assignedAgentId: row.assignedAgentId,
    waitingOn: row.waitingOn,
    deadlineKind: deadline?.kind ?? null,
    dueAt: deadline?.dueAt ?? null,
    breached: deadline?.breached ?? false,
  };
}

/**
 * What Customer Care should look at, most urgent first: breaches (agent SLAs past due, and Pasti
 * Ori claims past their 14 working days, the insurer's breach that an agent follows up), oldest
 * first; then escalations, appeals and complaints near a deadline, by their nearest deadline.
 * Computed in SQL over indexed columns (store/agent-queue.repository.ts), keyset-paginated.
 */
export async function agentQueue(
  deps: AppDeps,
  actor: Actor,
  filter: QueueFilter,
  page: { limit: number; cursor?: string | undefined },
) {
  requireRole(actor, ['agent']);
  const now = deps.clock.now();
  const query = {
    now,
    soon: new Date(now.getTime() + NEAR_HOURS * 3_600_000),
    ...(filter.assignee === 'unassigned'
      ? { assignee: null }
      : filter.assignee
        ? { assignee: filter.assignee === 'me' ? actor.id : filter.assignee }
        : {}),
    ...(filter.program ? { program: filter.program } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.status?.length ? { status: filter.status } : {}),
    ...(filter.breaching !== undefined ? { breaching: filter.breaching } : {}),
  };
  const after = decodeCursor(page.cursor, isQueueCursor);
  const [rows, count] = await Promise.all([
    queuePage(deps.db, query, after, page.limit + 1),
    queueCount(deps.db, query, QUEUE_TOTAL_CAP),
  ]);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    data: shown.map(itemOf),
    total: count.total,
    totalIsExact: count.isExact,
    nextCursor:
      rows.length > page.limit && last
        ? encodeCursor({ tier: last.tier, due: last.due.toISOString(), key: last.key })
        : null,
  };
}
