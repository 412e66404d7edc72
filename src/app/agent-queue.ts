import { sql } from 'kysely';
import { waitingOn } from '../domain/complaint/lifecycle.ts';
import type { Actor, Complaint } from '../domain/complaint/types.ts';
import { listClaims } from '../store/compensation.repository.ts';
import { requireRole } from './access.ts';
import type { AppDeps } from './deps.ts';

/** A deadline within this many hours puts a complaint in the queue. */
const NEAR_HOURS = 24;

export interface QueueFilter {
  /** `me`, `unassigned` or an agent id. */
  assignee?: string | undefined;
  program?: string | undefined;
  category?: string | undefined;
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

/**
 * What Customer Care should look at, most urgent first: breaches, then the nearest due time.
 * Escalated complaints and appeals wait on an agent; complaints near a deadline may need a nudge;
 * Pasti Ori claims past their 14 working days are the insurer's breach, followed up by an agent.
 */
export async function agentQueue(deps: AppDeps, actor: Actor, filter: QueueFilter, limit: number) {
  requireRole(actor, ['agent']);
  const now = deps.clock.now();
  const soon = new Date(now.getTime() + NEAR_HOURS * 3_600_000);
  let query = deps.db
    .selectFrom('complaints')
    .select(['id', 'state', 'is_breaching', 'next_due_at'])
    .where('status', 'not in', ['resolved', 'closed'])
    .where((eb) =>
      eb.or([eb('status', '=', 'escalated'), eb('is_breaching', '=', true), eb('next_due_at', '<=', soon)]),
    );
  if (filter.program) query = query.where('program', '=', filter.program);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.assignee === 'unassigned') query = query.where('assigned_agent_id', 'is', null);
  else if (filter.assignee)
    query = query.where('assigned_agent_id', '=', filter.assignee === 'me' ? actor.id : filter.assignee);
  const rows = await query
    .orderBy(sql`next_due_at asc nulls last`)
    .limit(1000)
    .execute();

  const items: QueueItem[] = rows.map((row) => {
    const c = row.state as Complaint;
    const breachedDeadline = c.deadlines.find((d) => d.breached);
    const next = c.deadlines.filter((d) => !d.breached).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
    const deadline = breachedDeadline ?? next;
    const isAppealPending = c.appeal !== null && c.decision !== null && !c.decision.isFinal;
    const kind = c.status !== 'escalated' ? 'deadline_near' : isAppealPending ? 'appeal' : 'escalated';
    return {
      kind,
      complaintId: c.id,
      claimId: null,
      status: c.status,
      program: c.program,
      category: c.category,
      assignedAgentId: c.assignedAgentId,
      waitingOn: waitingOn(c),
      deadlineKind: deadline?.kind ?? null,
      dueAt: deadline?.dueAt ?? null,
      breached: breachedDeadline !== undefined,
    };
  });

  if (
    !filter.category &&
    (!filter.program || filter.program === 'pasti_ori') &&
    (!filter.assignee || filter.assignee === 'unassigned')
  ) {
    const overdue = await listClaims(deps.db, { overdueAt: now }, { limit: 1000, after: null });
    for (const claim of overdue) {
      items.push({
        kind: 'compensation_overdue',
        complaintId: claim.complaintId,
        claimId: claim.id,
        status: 'resolved',
        program: 'pasti_ori',
        category: 'counterfeit',
        assignedAgentId: null,
        waitingOn: 'insurer',
        deadlineKind: 'compensation_decision',
        dueAt: claim.dueAt.toISOString(),
        breached: true,
      });
    }
  }

  items.sort(
    (a, b) => Number(b.breached) - Number(a.breached) || (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'),
  );
  return { data: items.slice(0, limit), total: items.length };
}
