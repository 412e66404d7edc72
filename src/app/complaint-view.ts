import { allowedActions, waitingOn, type GuardCtx } from '../domain/complaint/lifecycle.ts';
import { evidenceChecklist, SOLUTIONS_BY_CATEGORY } from '../domain/complaint/rules.ts';
import type { Actor } from '../domain/complaint/types.ts';
import type { StoredComplaint } from '../store/complaints.repository.ts';

/** The complaint as the API shows it to `actor` (SPEC 7). */
export function complaintView(stored: StoredComplaint, actor: Actor, ctx: GuardCtx) {
  const c = stored.complaint;
  const isAgent = actor.role === 'agent';
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
    description: c.description,
    currency: c.currency,
    items: c.items,
    refundable: { ...c.refundable, maximum: c.refundable.itemsValue + c.refundable.shippingShare },
    // seed: with shipping insurance no shipping reimbursement is computed; the insurance claim path applies
    shippingInsurance: { applies: c.hasShippingInsurance },
    policyVersion: c.policyVersion,
    revision: stored.revision,
    waitingOn: waitingOn(c),
    allowedActions: allowedActions(c, actor, ctx),
    allowedSolutions: [...SOLUTIONS_BY_CATEGORY[c.category]],
    deadlines: c.deadlines,
    proposals: c.proposals,
    evidence: c.evidence,
    evidenceChecklist: evidenceChecklist(c, ctx.policy.document),
    escalation: c.escalation,
    assignedAgentId: c.assignedAgentId,
    decision: c.decision,
    appeal: c.appeal,
    evidenceRequest: c.evidenceRequest,
    settlement: c.settlement,
    execution: c.execution,
    extensions: isAgent
      ? c.extensions
      : c.extensions.map(({ kind, baseDueAt, hours, reason, at }) => ({
          kind,
          baseDueAt,
          hours,
          reason,
          at,
        })),
    filedAt: c.filedAt,
    updatedAt: stored.updatedAt.toISOString(),
    endedAt: c.endedAt,
  };
}

export type ComplaintView = ReturnType<typeof complaintView>;
