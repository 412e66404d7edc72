import type { PolicyDocument } from '../policy.ts';
import { addHours, iso } from '../time.ts';
import type { Complaint, Deadline, DeadlineKind, OnExpiry, WaitingOn } from './types.ts';

/**
 * The running deadlines of a complaint, derived from its state (SPEC 3.4). Deriving them, instead
 * of setting and clearing them by hand in each transition, means a transition cannot forget one:
 * every non-terminal state has at least one.
 */
export function computeDeadlines(c: Complaint, policy: PolicyDocument): Deadline[] {
  const h = policy.hours;
  const base: { kind: DeadlineKind; from: string; hours: number; onExpiry: OnExpiry; party: WaitingOn }[] =
    [];
  switch (c.status) {
    case 'awaiting_evidence':
      base.push({
        kind: 'evidence_submission',
        from: c.filedAt,
        hours: h.evidenceSubmission,
        onExpiry: 'close_expired_no_evidence',
        party: 'buyer',
      }); // seed: 1×24 h
      break;
    case 'awaiting_seller':
      base.push({
        kind: 'seller_response',
        from: c.evidenceCompletedAt ?? c.filedAt,
        hours: h.sellerResponse,
        onExpiry: 'refund_seller_unresponsive',
        party: 'seller',
      }); // seed: 2×24 h
      break;
    case 'negotiating': {
      const pending = c.proposals.find((p) => p.status === 'pending');
      if (pending) {
        base.push({
          kind: 'proposal_response',
          from: pending.clockStartsAt ?? pending.createdAt,
          hours: h.proposalResponse,
          onExpiry: 'accept_proposal',
          party: pending.addressedTo,
        });
      } else {
        base.push({
          kind: 'renegotiation',
          from: c.lastRejectionAt ?? c.negotiationStartedAt ?? c.filedAt,
          hours: h.renegotiation,
          onExpiry: 'escalate',
          party: c.lastRejectionBy ?? 'seller',
        });
      }
      break;
    }
    case 'escalated': {
      if (c.decision && !c.decision.isFinal && !c.appeal) {
        base.push({
          kind: 'appeal_window',
          from: c.decision.at,
          hours: h.appealWindow,
          onExpiry: 'execute_decision',
          party: 'none',
        });
        break;
      }
      const agentClockFrom = agentClockStart(c);
      const hasResponded = c.agentRespondedAt !== null && c.agentRespondedAt >= agentClockFrom;
      if (!hasResponded) {
        base.push({
          kind: 'agent_response',
          from: agentClockFrom,
          hours: h.agentFirstResponse,
          onExpiry: 'sla_breach',
          party: 'agent',
        });
      } else {
        base.push({
          kind: 'agent_decision',
          from: c.agentRespondedAt!,
          hours: h.agentDecision,
          onExpiry: 'sla_breach',
          party: 'agent',
        });
      }
      if (c.evidenceRequest) {
        base.push({
          kind: 'evidence_request',
          from: c.evidenceRequest.dueAt,
          hours: 0,
          onExpiry: 'return_to_agent',
          party: c.evidenceRequest.from,
        });
      }
      break;
    }
    case 'awaiting_return_shipment': {
      const x = c.execution!;
      if (x.returnAddressAt) {
        base.push({
          kind: 'return_shipment',
          from: x.returnAddressAt,
          hours: h.returnShipment,
          onExpiry: 'close_expired_no_return',
          party: 'buyer',
        }); // seed: 2×24 h from the return address
      } else {
        base.push({
          kind: 'return_address',
          from: x.startedAt,
          hours: h.returnAddress,
          onExpiry: 'refund_without_return',
          party: 'seller',
        });
      }
      break;
    }
    case 'return_in_transit':
      base.push({
        kind: 'return_transit',
        from: c.execution!.returnShipment!.shippedAt,
        hours: h.returnTransit,
        onExpiry: 'escalate',
        party: 'courier',
      });
      break;
    case 'return_inspection':
      base.push({
        kind: 'return_inspection',
        from: c.execution!.returnReceivedAt!,
        hours: h.returnInspection,
        onExpiry: 'accept_inspection',
        party: 'seller',
      }); // seed: 2×24 h from arrival
      break;
    case 'awaiting_seller_shipment':
      base.push({
        kind: 'seller_shipment',
        from: c.execution!.sellerShipmentDueFrom!,
        hours: h.sellerShipment,
        onExpiry: 'refund_instead',
        party: 'seller',
      });
      break;
    case 'seller_shipment_in_transit': {
      const shipment = c.execution!.sellerShipment!;
      if (shipment.deliveredAt) {
        base.push({
          kind: 'seller_shipment_confirmation',
          from: shipment.deliveredAt,
          hours: h.sellerShipmentConfirmation,
          onExpiry: 'resolve',
          party: 'buyer',
        });
      } else {
        base.push({
          kind: 'seller_shipment_transit',
          from: shipment.shippedAt,
          hours: h.sellerShipmentTransit,
          onExpiry: 'escalate',
          party: 'courier',
        });
      }
      break;
    }
    case 'resolved':
    case 'closed':
      break;
  }
  return base.map((d) => {
    const baseDueAt = iso(addHours(new Date(d.from), d.hours));
    const extraHours = c.extensions
      .filter((x) => x.kind === d.kind && x.baseDueAt === baseDueAt)
      .reduce((sum, x) => sum + x.hours, 0);
    const dueAt = iso(addHours(new Date(baseDueAt), extraHours));
    const breached = c.breaches.some((b) => b.kind === d.kind && b.dueAt === dueAt);
    return { kind: d.kind, dueAt, onExpiry: d.onExpiry, party: d.party, breached };
  });
}

/** The undiscounted due time of the running deadline of `kind` (what an extension is tied to). */
export function baseDueAt(c: Complaint, kind: DeadlineKind, policy: PolicyDocument): string | null {
  const running = computeDeadlines({ ...c, extensions: [] }, policy).find((d) => d.kind === kind);
  return running ? running.dueAt : null;
}

/** The agent's SLA runs from the latest escalation or appeal. */
export function agentClockStart(c: Complaint): string {
  const escalatedAt = c.escalation?.at ?? c.filedAt;
  return c.appeal && c.appeal.at > escalatedAt ? c.appeal.at : escalatedAt;
}
