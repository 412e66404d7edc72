import { waitingOn } from './lifecycle.ts';
import type { Complaint } from './types.ts';

/**
 * A complaint as lists show it, the same for every caller: what it is about, where it stands, whose
 * move it is and its running deadlines, without the proposals, evidence, timeline or settlement
 * lines of the full representation, and without `allowedActions` (which depend on the caller and
 * the time: read the complaint for them). It is computed when the complaint is saved and stored
 * with it, so a list is served from the database without reading any aggregate.
 */
export function listRow(c: Complaint) {
  return {
    id: c.id,
    orderId: c.orderId,
    buyerId: c.buyerId,
    shopId: c.shopId,
    shopIsMall: c.shopIsMall,
    category: c.category,
    program: c.program,
    status: c.status,
    outcome: c.outcome,
    currency: c.currency,
    items: c.items,
    refundable: { ...c.refundable, maximum: c.refundable.itemsValue + c.refundable.shippingShare },
    waitingOn: waitingOn(c),
    deadlines: c.deadlines,
    assignedAgentId: c.assignedAgentId,
    isAppealPending: c.appeal !== null && c.decision !== null && !c.decision.isFinal,
    filedAt: c.filedAt,
    endedAt: c.endedAt,
  };
}

export type ListRow = ReturnType<typeof listRow>;

/**
 * The deadline a queue or a list shows for a complaint: a breached SLA (which no longer runs but
 * is what Customer Care must answer for) before the earliest running one.
 */
export function urgentDeadline(row: Pick<ListRow, 'deadlines'>) {
  const breached = row.deadlines.find((d) => d.breached);
  if (breached) return breached;
  return row.deadlines.filter((d) => !d.breached).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0] ?? null;
}
