import { assertNever, DomainError, type ErrorCode } from '../errors.ts';
import { addHours, iso } from '../time.ts';
import { agentClockStart, baseDueAt, computeDeadlines } from './deadlines.ts';
import { afterInspection, applyExecution, type ExecutionCommand } from './execution.ts';
import {
  completeSellerShipment,
  end,
  escalateFrom,
  execute,
  refundInsteadOfShipment,
  unresponsiveSellerRefund,
  type Emit,
  type ExecutionCtx,
} from './settlement.ts';
import { evidenceChecklist, mediaForEvidence, missingEvidence, validateSolution } from './rules.ts';
import {
  isTerminal,
  type Actor,
  type Complaint,
  type DeadlineKind,
  type EscalationReasonCode,
  type EvidenceKind,
  type Party,
  type Proposal,
  type Solution,
  type Status,
  type TimelineEvent,
  type WaitingOn,
} from './types.ts';

/** The time, the complaint's policy version, the working-day calendar and the shop's return address. */
export type Ctx = ExecutionCtx;
/** What the guards (and so `allowedActions`) need. */
export type GuardCtx = Pick<Ctx, 'now' | 'policy'>;

export type Command =
  | {
      type: 'AddEvidence';
      evidenceId: string;
      kind: EvidenceKind;
      text: string | null;
      attachment: { id: string; media: 'photo' | 'video' } | null;
    }
  | { type: 'SubmitEvidence' }
  | { type: 'PostMessage'; messageId: string; body: string; attachmentIds: string[] }
  | { type: 'Propose'; proposalId: string; solution: Solution }
  | { type: 'AcceptProposal'; proposalId: string }
  | { type: 'RejectProposal'; proposalId: string; reason: string }
  | { type: 'Escalate'; reason: string }
  | { type: 'Withdraw'; reason: string }
  | { type: 'Assign'; agentId: string }
  | { type: 'Decide'; decisionId: string; solution: Solution; reason: string }
  | {
      type: 'Appeal';
      reason: string;
      evidence: {
        evidenceId: string;
        kind: EvidenceKind;
        text: string | null;
        attachment: { id: string; media: 'photo' | 'video' } | null;
      }[];
    }
  | { type: 'AddNote'; body: string }
  | { type: 'RequestEvidence'; from: Party; note: string; hours: number | null }
  | { type: 'ExtendDeadline'; kind: DeadlineKind; hours: number; reason: string }
  | { type: 'Close'; reason: string }
  | ExecutionCommand
  | { type: 'DecideCompensation'; approved: boolean; reason: string }
  | { type: 'ExpireDeadline'; kind: DeadlineKind; dueAt: string };

/** The actions a caller may see in `allowedActions`, one per lifecycle command. */
export const ACTIONS = {
  add_evidence: 'AddEvidence',
  submit_evidence: 'SubmitEvidence',
  message: 'PostMessage',
  propose: 'Propose',
  accept_proposal: 'AcceptProposal',
  reject_proposal: 'RejectProposal',
  escalate: 'Escalate',
  withdraw: 'Withdraw',
  assign: 'Assign',
  decide: 'Decide',
  appeal: 'Appeal',
  add_note: 'AddNote',
  request_evidence: 'RequestEvidence',
  extend_deadline: 'ExtendDeadline',
  close: 'Close',
  set_return_address: 'SetReturnAddress',
  ship_return: 'ShipReturn',
  report_delivery: 'ReportDelivered',
  confirm_return_received: 'ConfirmReturnReceived',
  report_inspection: 'ReportInspection',
  ship_replacement: 'ShipReplacement',
  confirm_receipt: 'ConfirmReceipt',
  decide_compensation: 'DecideCompensation',
} as const satisfies Record<string, Exclude<Command['type'], 'ExpireDeadline'>>;
export type ActionName = keyof typeof ACTIONS;

const PRE_EXECUTION: Status[] = ['awaiting_evidence', 'awaiting_seller', 'negotiating', 'escalated'];
const EXECUTION: Status[] = [
  'awaiting_return_shipment',
  'return_in_transit',
  'return_inspection',
  'awaiting_seller_shipment',
  'seller_shipment_in_transit',
];
/** Every state that is not terminal. */
const ACTIVE: Status[] = [...PRE_EXECUTION, ...EXECUTION];
const PARTIES = ['buyer', 'seller'] as const;

interface Rule {
  who: readonly Actor['role'][];
  states: readonly Status[];
  /** A further condition on the state; returns the refusal's code, or null when allowed. */
  guard?: (c: Complaint, actor: Actor, ctx: GuardCtx) => ErrorCode | null;
}

/**
 * The lifecycle as a table (SPEC 3.4): for each action, who may take it in which states and under
 * what guard. `decide` enforces it; `allowedActions` reads it, so the two cannot disagree.
 */
export const LIFECYCLE: Record<Exclude<Command['type'], 'ExpireDeadline'>, Rule> = {
  AddEvidence: {
    who: PARTIES,
    states: ACTIVE,
    guard: (c, a) => (c.status === 'awaiting_evidence' && a.role !== 'buyer' ? 'invalid_transition' : null),
  },
  SubmitEvidence: { who: ['buyer'], states: ['awaiting_evidence'] },
  PostMessage: { who: ['buyer', 'seller', 'agent'], states: ACTIVE },
  Propose: { who: PARTIES, states: ['awaiting_seller', 'negotiating'] },
  AcceptProposal: { who: PARTIES, states: ['awaiting_seller', 'negotiating'], guard: hasPendingProposalFor },
  RejectProposal: { who: PARTIES, states: ['awaiting_seller', 'negotiating'], guard: hasPendingProposalFor },
  Escalate: {
    who: PARTIES,
    states: ['negotiating'],
    guard: (c, _a, ctx) => {
      // default: once a proposal was rejected, or after 72 h without agreement
      if (c.lastRejectionAt !== null) return null;
      const opensAt = addHours(
        new Date(c.negotiationStartedAt ?? c.filedAt),
        ctx.policy.document.hours.escalationAfterNoAgreement,
      );
      return ctx.now.getTime() >= opensAt.getTime() ? null : 'escalation_not_yet_allowed';
    },
  },
  // Before execution starts (SPEC 3.4): not once a return or shipment is under way, even if escalated since.
  Withdraw: {
    who: ['buyer'],
    states: PRE_EXECUTION,
    guard: (c) => (c.execution ? 'invalid_transition' : null),
  },
  Assign: { who: ['agent'], states: ACTIVE },
  Decide: {
    who: ['agent'],
    states: ['escalated'],
    guard: (c, a) => {
      if (c.decision && !c.appeal) return 'invalid_transition'; // waiting out the appeal window
      if (c.decision && c.appeal && c.decision.agentId === a.id) return 'different_agent_required';
      return null;
    },
  },
  Appeal: {
    who: PARTIES,
    states: ['escalated'],
    guard: (c, _a, ctx) => {
      if (!c.decision || c.decision.isFinal) return c.appeal ? 'appeal_already_used' : 'invalid_transition';
      if (c.appeal) return 'appeal_already_used';
      // The running appeal_window deadline, so that an agent's extension also extends the right to appeal.
      const window = c.deadlines.find((d) => d.kind === 'appeal_window');
      const closesAt = window
        ? new Date(window.dueAt)
        : addHours(new Date(c.decision.at), ctx.policy.document.hours.appealWindow);
      return ctx.now.getTime() < closesAt.getTime() ? null : 'deadline_passed';
    },
  },
  AddNote: { who: ['agent'], states: [...ACTIVE, 'resolved', 'closed'] },
  RequestEvidence: {
    who: ['agent'],
    states: ['escalated'],
    guard: (c) => (c.decision && !c.appeal ? 'invalid_transition' : null),
  },
  ExtendDeadline: { who: ['agent'], states: ACTIVE },
  Close: {
    who: ['agent'],
    states: ACTIVE,
    // A decision waiting out its appeal window, or under appeal, is settled by the appeal process:
    // closing it would overrule the parties' right of appeal and the second agent.
    guard: (c) => (c.decision && !c.decision.isFinal ? 'invalid_transition' : null),
  },
  SetReturnAddress: {
    who: ['seller'],
    states: ['awaiting_return_shipment'],
  },
  ShipReturn: {
    who: ['buyer'],
    states: ['awaiting_return_shipment'],
    guard: (c) => (c.execution?.returnAddressAt ? null : 'return_address_missing'),
  },
  ReportDelivered: { who: ['platform'], states: ['return_in_transit', 'seller_shipment_in_transit'] },
  ConfirmReturnReceived: { who: ['seller'], states: ['return_in_transit'] },
  ReportInspection: { who: ['seller'], states: ['return_inspection'] },
  ShipReplacement: { who: ['seller'], states: ['awaiting_seller_shipment'] },
  ConfirmReceipt: { who: ['buyer'], states: ['seller_shipment_in_transit'] },
  DecideCompensation: {
    who: ['insurer'],
    states: ['resolved'],
    guard: (c) => (pendingCompensation(c) ? null : 'invalid_transition'),
  },
};

function pendingCompensation(c: Complaint) {
  return c.settlement?.lines.find((l) => l.kind === 'compensation' && l.status === 'pending');
}

function pendingProposal(c: Complaint): Proposal | undefined {
  return c.proposals.find((p) => p.status === 'pending');
}

function hasPendingProposalFor(c: Complaint, actor: Actor): ErrorCode | null {
  const pending = pendingProposal(c);
  return pending && pending.addressedTo === actor.role ? null : 'invalid_transition';
}

function checkAllowed(c: Complaint, type: keyof typeof LIFECYCLE, actor: Actor, ctx: GuardCtx): void {
  const rule = LIFECYCLE[type];
  if (!rule.who.includes(actor.role) || !rule.states.includes(c.status)) {
    throw new DomainError(
      'invalid_transition',
      `${type} is not allowed for a ${actor.role} while the complaint is ${c.status}.`,
      { complaintStatus: c.status },
    );
  }
  const refusal = rule.guard?.(c, actor, ctx) ?? null;
  if (refusal) throw new DomainError(refusal, undefined, { complaintStatus: c.status });
}

/** The actions the caller may take now. */
export function allowedActions(c: Complaint, actor: Actor, ctx: GuardCtx): ActionName[] {
  return (Object.keys(ACTIONS) as ActionName[]).filter((name) => {
    const rule = LIFECYCLE[ACTIONS[name]];
    return (
      rule.who.includes(actor.role) &&
      rule.states.includes(c.status) &&
      !(rule.guard?.(c, actor, ctx) ?? null)
    );
  });
}

/** Whose move it is (SPEC 3.4). */
export function waitingOn(c: Complaint): WaitingOn {
  switch (c.status) {
    case 'awaiting_evidence':
      return 'buyer';
    case 'awaiting_seller':
      return 'seller';
    case 'negotiating':
      return pendingProposal(c)?.addressedTo ?? c.lastRejectionBy ?? 'seller';
    case 'escalated':
      if (c.evidenceRequest) return c.evidenceRequest.from;
      if (c.decision && !c.decision.isFinal && !c.appeal) return 'none';
      return 'agent';
    case 'awaiting_return_shipment':
      return c.execution?.returnAddressAt ? 'buyer' : 'seller';
    case 'return_in_transit':
      return 'courier';
    case 'return_inspection':
    case 'awaiting_seller_shipment':
      return 'seller';
    case 'seller_shipment_in_transit':
      return c.execution?.sellerShipment?.deliveredAt ? 'buyer' : 'courier';
    case 'resolved':
      return pendingCompensation(c) ? 'insurer' : 'none';
    case 'closed':
      return 'none';
  }
}

export interface Decided {
  complaint: Complaint;
  events: TimelineEvent[];
}

/**
 * Apply a command to a complaint at `ctx.now`: the next state and the timeline events it appends,
 * or a DomainError. Returns null for a deadline that is no longer running (nothing to do).
 */
export function decide(c: Complaint, actor: Actor, cmd: Command, ctx: Ctx): Decided | null {
  const events: TimelineEvent[] = [];
  const emit = (type: string, data: Record<string, unknown>, visibility: 'public' | 'agents' = 'public') =>
    events.push({ type, actor, data, visibility });
  let next: Complaint;

  if (cmd.type === 'ExpireDeadline') {
    const running = c.deadlines.find((d) => d.kind === cmd.kind && d.dueAt === cmd.dueAt && !d.breached);
    if (!running || isTerminal(c.status) || ctx.now.getTime() < new Date(running.dueAt).getTime())
      return null;
    emit('deadline_expired', { kind: running.kind, dueAt: running.dueAt, onExpiry: running.onExpiry });
    next = expire(c, running.kind, running.dueAt, ctx, emit);
  } else {
    checkAllowed(c, cmd.type, actor, ctx);
    next = apply(c, actor, cmd, ctx, emit);
  }

  next = { ...next, deadlines: computeDeadlines(next, ctx.policy.document) };
  if (next.status !== c.status) {
    emit('status_changed', {
      from: c.status,
      to: next.status,
      ...(next.outcome ? { outcome: next.outcome } : {}),
    });
  }
  return { complaint: next, events };
}

function apply(
  c: Complaint,
  actor: Actor,
  cmd: Exclude<Command, { type: 'ExpireDeadline' }>,
  ctx: Ctx,
  emit: Emit,
): Complaint {
  const now = iso(ctx.now);
  const party = actor.role as Party;
  switch (cmd.type) {
    case 'AddEvidence': {
      const item = evidenceItem(cmd, party, now, false);
      emit('evidence_added', {
        evidenceId: item.id,
        kind: item.kind,
        attachmentId: item.attachmentId,
        text: item.text,
        by: party,
      });
      let next: Complaint = { ...c, evidence: [...c.evidence, item] };
      if (c.evidenceRequest && c.evidenceRequest.from === party) {
        emit('evidence_request_answered', { from: party });
        next = { ...next, evidenceRequest: null };
      }
      return next;
    }
    case 'SubmitEvidence': {
      const missing = missingEvidence(evidenceChecklist(c, ctx.policy.document));
      if (missing.length > 0) {
        throw new DomainError('evidence_incomplete', `Evidence is missing: ${describeMissing(missing)}.`, {
          missing: missing.map((m) => ({
            anyOf: m.anyOf,
            min: m.min,
            have: m.have,
            ...(m.minTextLength ? { minTextLength: m.minTextLength } : {}),
          })),
        });
      }
      emit('evidence_submitted', { evidenceCount: c.evidence.length });
      // The buyer's first proposal's response time runs from complete evidence (SPEC 3.4).
      return {
        ...c,
        status: 'awaiting_seller',
        evidenceCompletedAt: now,
        proposals: c.proposals.map((p) =>
          p.status === 'pending' && p.clockStartsAt === null ? { ...p, clockStartsAt: now } : p,
        ),
      };
    }
    case 'PostMessage': {
      emit('message_posted', { messageId: cmd.messageId, body: cmd.body, attachmentIds: cmd.attachmentIds });
      if (actor.role === 'agent') return { ...c, ...agentResponded(c, now) };
      // A seller's message is a reply: the buyer's proposal stays pending with its clock running.
      return actor.role === 'seller' ? startNegotiating(c, now) : c;
    }
    case 'Propose': {
      const solution = validateSolution(c, cmd.solution);
      const other: Party = party === 'buyer' ? 'seller' : 'buyer';
      const superseded = c.proposals.filter((p) => p.status === 'pending');
      for (const p of superseded) emit('proposal_superseded', { proposalId: p.id, by: p.by });
      emit('proposal_made', { proposalId: cmd.proposalId, by: party, addressedTo: other, solution });
      const proposal: Proposal = {
        id: cmd.proposalId,
        by: party,
        addressedTo: other,
        solution,
        status: 'pending',
        createdAt: now,
        clockStartsAt: now,
        respondedAt: null,
        rejectionReason: null,
      };
      const next = {
        ...c,
        proposals: [
          ...c.proposals.map((p) =>
            p.status === 'pending' ? { ...p, status: 'superseded' as const, respondedAt: now } : p,
          ),
          proposal,
        ],
      };
      return party === 'seller' ? startNegotiating(next, now) : next;
    }
    case 'AcceptProposal': {
      const p = requirePending(c, cmd.proposalId);
      emit('proposal_accepted', { proposalId: p.id, solution: p.solution, by: party });
      const next = replaceProposal(c, { ...p, status: 'accepted', respondedAt: now });
      return execute({ ...next, negotiationStartedAt: c.negotiationStartedAt ?? now }, p.solution, ctx, emit);
    }
    case 'RejectProposal': {
      const p = requirePending(c, cmd.proposalId);
      emit('proposal_rejected', { proposalId: p.id, solution: p.solution, by: party, reason: cmd.reason });
      const next = replaceProposal(c, {
        ...p,
        status: 'rejected',
        respondedAt: now,
        rejectionReason: cmd.reason,
      });
      return { ...startNegotiating(next, now), lastRejectionAt: now, lastRejectionBy: party };
    }
    case 'Escalate':
      return escalateFrom(c, party, cmd.reason, now, emit);
    case 'Withdraw':
      emit('withdrawn', { reason: cmd.reason });
      return end(c, 'closed', 'withdrawn', [], ctx, emit);
    case 'Assign':
      emit('agent_assigned', { agentId: cmd.agentId, previous: c.assignedAgentId });
      return { ...c, assignedAgentId: cmd.agentId };
    case 'Decide': {
      const solution = validateSolution(c, cmd.solution);
      const isFinal = c.appeal !== null; // a decision on appeal is final
      emit('decision_made', {
        decisionId: cmd.decisionId,
        agentId: actor.id,
        solution,
        reason: cmd.reason,
        isFinal,
      });
      const decided: Complaint = {
        ...c,
        ...agentResponded(c, now),
        evidenceRequest: null,
        decision: { id: cmd.decisionId, agentId: actor.id, solution, reason: cmd.reason, at: now, isFinal },
        proposals: c.proposals.map((p) =>
          p.status === 'pending' ? { ...p, status: 'superseded' as const, respondedAt: now } : p,
        ),
      };
      // Execution waits for the appeal window unless this decision is already final.
      return isFinal ? execute(decided, solution, ctx, emit) : decided;
    }
    case 'Appeal': {
      const evidence = cmd.evidence.map((e) => evidenceItem(e, party, now, true));
      emit('appeal_filed', { by: party, reason: cmd.reason, evidenceIds: evidence.map((e) => e.id) });
      for (const item of evidence) {
        emit('evidence_added', {
          evidenceId: item.id,
          kind: item.kind,
          attachmentId: item.attachmentId,
          text: item.text,
          by: party,
          forAppeal: true,
        });
      }
      return {
        ...c,
        appeal: { by: party, reason: cmd.reason, at: now },
        evidence: [...c.evidence, ...evidence],
      };
    }
    case 'AddNote':
      emit('note_added', { body: cmd.body }, 'agents');
      return c;
    case 'RequestEvidence': {
      const hours = cmd.hours ?? ctx.policy.document.hours.evidenceRequest;
      const dueAt = iso(addHours(ctx.now, hours));
      emit('evidence_requested', { from: cmd.from, note: cmd.note, dueAt });
      return {
        ...c,
        ...agentResponded(c, now),
        evidenceRequest: { from: cmd.from, note: cmd.note, requestedBy: actor.id, at: now, dueAt },
      };
    }
    case 'ExtendDeadline': {
      const running = c.deadlines.find((d) => d.kind === cmd.kind);
      const base = baseDueAt(c, cmd.kind, ctx.policy.document);
      if (!running || !base)
        throw new DomainError('deadline_not_running', `No running ${cmd.kind} deadline.`);
      const dueAt = iso(addHours(new Date(running.dueAt), cmd.hours));
      emit('deadline_extended', {
        kind: cmd.kind,
        from: running.dueAt,
        to: dueAt,
        hours: cmd.hours,
        reason: cmd.reason,
      });
      const extension = {
        kind: cmd.kind,
        baseDueAt: base,
        hours: cmd.hours,
        reason: cmd.reason,
        by: actor.id,
        at: now,
      };
      // An evidence request's due time is its own field; other deadlines derive from the state.
      if (cmd.kind === 'evidence_request' && c.evidenceRequest) {
        return { ...c, evidenceRequest: { ...c.evidenceRequest, dueAt } };
      }
      return { ...c, extensions: [...c.extensions, extension] };
    }
    case 'Close':
      emit('closed_by_agent', { reason: cmd.reason });
      return end({ ...c, ...agentResponded(c, now) }, 'closed', 'closed_by_agent', [], ctx, emit);
    case 'DecideCompensation': {
      const line = pendingCompensation(c)!;
      const status = cmd.approved ? ('approved' as const) : ('rejected' as const);
      emit('compensation_decided', { status, amount: line.amount, reason: cmd.reason });
      const settlement = c.settlement!;
      return {
        ...c,
        settlement: {
          ...settlement,
          lines: settlement.lines.map((l) =>
            l === line ? { ...l, status, decidedAt: now, reason: cmd.reason } : l,
          ),
        },
      };
    }
    case 'SetReturnAddress':
    case 'ShipReturn':
    case 'ReportDelivered':
    case 'ConfirmReturnReceived':
    case 'ReportInspection':
    case 'ShipReplacement':
    case 'ConfirmReceipt':
      return applyExecution(c, cmd, ctx, emit);
    default:
      return assertNever(cmd);
  }
}

/** The automatic outcomes of SPEC 3.4, actor `system`. */
function expire(c: Complaint, kind: DeadlineKind, dueAt: string, ctx: Ctx, emit: Emit): Complaint {
  const now = iso(ctx.now);
  const running = c.deadlines.find((d) => d.kind === kind)!;
  switch (running.onExpiry) {
    case 'close_expired_no_evidence':
      return end(c, 'closed', 'expired_no_evidence', [], ctx, emit);
    case 'refund_seller_unresponsive':
      // seed: "Pembeli akan mendapatkan dana refund"; no return needed (default)
      return end(c, 'resolved', 'seller_unresponsive', unresponsiveSellerRefund(c), ctx, emit);
    case 'accept_proposal': {
      const p = pendingProposal(c)!;
      emit('proposal_deemed_accepted', {
        proposalId: p.id,
        solution: p.solution,
        addressedTo: p.addressedTo,
      });
      return execute(
        replaceProposal(c, { ...p, status: 'deemed_accepted', respondedAt: now }),
        p.solution,
        ctx,
        emit,
      );
    }
    case 'escalate': {
      const { reason, code } = systemEscalation(kind);
      return escalateFrom(c, 'system', reason, now, emit, code);
    }
    case 'sla_breach':
      emit('sla_breached', { kind, dueAt });
      return { ...c, breaches: [...c.breaches, { kind, dueAt }] };
    case 'return_to_agent':
      emit('evidence_request_expired', { from: c.evidenceRequest?.from ?? null });
      return { ...c, evidenceRequest: null };
    case 'execute_decision':
      emit('appeal_window_closed', { decisionId: c.decision!.id });
      return execute({ ...c, decision: { ...c.decision!, isFinal: true } }, c.decision!.solution, ctx, emit);
    case 'refund_without_return': {
      // The shop's default address, if saved since the return started, counts as the seller's answer.
      if (ctx.shopReturnAddress && c.execution) {
        emit('return_address_set', { address: ctx.shopReturnAddress, source: 'shop_default' });
        return {
          ...c,
          execution: { ...c.execution, returnAddress: ctx.shopReturnAddress, returnAddressAt: iso(ctx.now) },
        };
      }
      // default: a seller who gives no return address is treated like a silent seller
      return end(c, 'resolved', 'seller_unresponsive', unresponsiveSellerRefund(c), ctx, emit);
    }
    case 'close_expired_no_return':
      return end(c, 'closed', 'expired_no_return', [], ctx, emit);
    case 'accept_inspection':
      // seed: the seller reports within 2×24 h of the return's arrival; silence accepts the return
      emit('inspection_deemed_accepted', {});
      return afterInspection(c, ctx, emit);
    case 'refund_instead':
      return refundInsteadOfShipment(c, ctx, emit);
    case 'resolve':
      return completeSellerShipment(c, ctx, emit);
  }
}

/** Why Sepakat escalates by itself when a deadline passes: its words, and their stable code. */
function systemEscalation(kind: DeadlineKind): { reason: string; code: EscalationReasonCode } {
  switch (kind) {
    case 'return_transit':
      return { reason: 'The return was not delivered in time: treated as lost.', code: 'return_lost' };
    case 'seller_shipment_transit':
      return {
        reason: 'The seller’s shipment was not delivered in time: treated as lost.',
        code: 'seller_shipment_lost',
      };
    default:
      return { reason: 'No new proposal after the rejection.', code: 'no_new_proposal' };
  }
}

function startNegotiating(c: Complaint, now: string): Complaint {
  if (c.status !== 'awaiting_seller') return c;
  return { ...c, status: 'negotiating', negotiationStartedAt: c.negotiationStartedAt ?? now };
}

/** The agent's first response to the parties (what the first-response SLA measures). */
function agentResponded(c: Complaint, now: string): Pick<Complaint, 'agentRespondedAt'> {
  const clockFrom = agentClockStart(c);
  const hasResponded = c.agentRespondedAt !== null && c.agentRespondedAt >= clockFrom;
  return { agentRespondedAt: hasResponded ? c.agentRespondedAt : now };
}

function requirePending(c: Complaint, proposalId: string): Proposal {
  const p = pendingProposal(c);
  if (!p || p.id !== proposalId)
    throw new DomainError('invalid_transition', `Proposal ${proposalId} is not pending.`);
  return p;
}

function replaceProposal(c: Complaint, proposal: Proposal): Complaint {
  return { ...c, proposals: c.proposals.map((p) => (p.id === proposal.id ? proposal : p)) };
}

function evidenceItem(
  e: {
    evidenceId: string;
    kind: EvidenceKind;
    text: string | null;
    attachment: { id: string; media: 'photo' | 'video' } | null;
  },
  by: Party,
  at: string,
  forAppeal: boolean,
) {
  const media = mediaForEvidence(e.kind);
  const text = e.text?.trim() ? e.text.trim() : null;
  if (media === 'text' && !text) {
    throw new DomainError('validation_failed', `${e.kind} evidence needs text.`, {
      errors: [{ path: 'text', message: 'required' }],
    });
  }
  if ((media === 'photo' || media === 'video') && !e.attachment) {
    throw new DomainError('validation_failed', `${e.kind} evidence needs an attachmentId.`, {
      errors: [{ path: 'attachmentId', message: 'required' }],
    });
  }
  if (media === 'any' && !e.attachment && !text) {
    throw new DomainError('validation_failed', 'Evidence needs an attachmentId or text.', {
      errors: [{ path: 'attachmentId', message: 'attachmentId or text required' }],
    });
  }
  if (e.attachment && (media === 'photo' || media === 'video') && e.attachment.media !== media) {
    throw new DomainError(
      'evidence_kind_mismatch',
      `${e.kind} evidence needs a ${media}, not a ${e.attachment.media}.`,
    );
  }
  if (e.attachment && media === 'text') {
    throw new DomainError('evidence_kind_mismatch', `${e.kind} evidence is text, not a file.`);
  }
  return { id: e.evidenceId, kind: e.kind, attachmentId: e.attachment?.id ?? null, text, by, at, forAppeal };
}

function describeMissing(
  missing: { anyOf: EvidenceKind[]; min: number; have: number; minTextLength?: number }[],
): string {
  return missing
    .map(
      (m) =>
        `${m.min - m.have} more ${m.anyOf.join(' or ')}${m.minTextLength ? ` (at least ${m.minTextLength} characters)` : ''}`,
    )
    .join(', ');
}
