import type {
  Actor,
  Address,
  DeadlineKind,
  EvidenceKind,
  Party,
  Solution,
} from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { findOrder } from '../store/orders.repository.ts';
import { claimAttachments } from './attachments.ts';
import { runComplaintCommand, type CommandOptions } from './complaint-command.ts';
import type { AppDeps } from './deps.ts';
import { newId } from './ids.ts';

/*
 * The lifecycle actions of buyers, sellers and agents. Each is one command run through
 * `runComplaintCommand`, which holds the transaction, the authorization and the revision check;
 * the rules themselves are in domain/complaint/lifecycle.ts.
 */

export interface EvidenceInput {
  kind: EvidenceKind;
  attachmentId?: string | undefined;
  text?: string | undefined;
}

export function addEvidence(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: EvidenceInput,
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    async (tx) => {
      const [attachment] = input.attachmentId
        ? await claimAttachments(tx, actor, complaintId, [input.attachmentId])
        : [];
      return {
        type: 'AddEvidence',
        evidenceId: newId('evd'),
        kind: input.kind,
        text: input.text ?? null,
        attachment: attachment ?? null,
      };
    },
    opts,
  );
}

export function submitEvidence(deps: AppDeps, actor: Actor, complaintId: string, opts?: CommandOptions) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'SubmitEvidence' }), opts);
}

export function postMessage(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: { body: string; attachmentIds: string[] },
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    async (tx) => {
      const attachments = await claimAttachments(tx, actor, complaintId, input.attachmentIds);
      return {
        type: 'PostMessage',
        messageId: newId('msg'),
        body: input.body,
        attachmentIds: attachments.map((a) => a.id),
      };
    },
    opts,
  );
}

export function makeProposal(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  solution: Solution,
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    () => ({ type: 'Propose', proposalId: newId('prp'), solution }),
    opts,
  );
}

export function acceptProposal(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  proposalId: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'AcceptProposal', proposalId }), opts);
}

export function rejectProposal(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  proposalId: string,
  reason: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    () => ({ type: 'RejectProposal', proposalId, reason }),
    opts,
  );
}

export function escalateComplaint(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  reason: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'Escalate', reason }), opts);
}

export function withdrawComplaint(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  reason: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'Withdraw', reason }), opts);
}

export function assignAgent(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  agentId: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'Assign', agentId }), opts);
}

export function decideComplaint(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: { solution: Solution; reason: string },
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    () => ({ type: 'Decide', decisionId: newId('dcs'), ...input }),
    opts,
  );
}

export function appealDecision(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: { reason: string; evidence: EvidenceInput[] },
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    async (tx) => {
      const evidence = [];
      for (const e of input.evidence) {
        const [attachment] = e.attachmentId
          ? await claimAttachments(tx, actor, complaintId, [e.attachmentId])
          : [];
        evidence.push({
          evidenceId: newId('evd'),
          kind: e.kind,
          text: e.text ?? null,
          attachment: attachment ?? null,
        });
      }
      return { type: 'Appeal', reason: input.reason, evidence };
    },
    opts,
  );
}

export function addNote(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  body: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'AddNote', body }), opts);
}

export function requestEvidence(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: { from: Party; note: string; hours?: number | undefined },
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    () => ({ type: 'RequestEvidence', from: input.from, note: input.note, hours: input.hours ?? null }),
    opts,
  );
}

export function extendDeadline(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: { kind: DeadlineKind; hours: number; reason: string },
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'ExtendDeadline', ...input }), opts);
}

export function closeComplaint(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  reason: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'Close', reason }), opts);
}

/* The execution states (issue 3): the return leg and the seller's shipment. */

export function setReturnAddress(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  address: Address,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'SetReturnAddress', address }), opts);
}

export function shipReturn(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: ShipmentInput,
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    async (tx, stored) => {
      // The parcel the order came in is not the return: its delivery report would be taken for the return's.
      const order = await findOrder(tx, stored.complaint.orderId);
      if (order?.trackingNumber === input.trackingNumber) {
        throw new DomainError(
          'tracking_number_in_use',
          'That is the tracking number of the original delivery, not of the return.',
        );
      }
      return { type: 'ShipReturn', ...input };
    },
    opts,
  );
}

export function confirmReturnReceived(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'ConfirmReturnReceived' }), opts);
}

export function reportInspection(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: { result: 'accepted' | 'rejected'; note: string; attachmentIds: string[] },
  opts?: CommandOptions,
) {
  return runComplaintCommand(
    deps,
    actor,
    complaintId,
    async (tx) => {
      const attachments = await claimAttachments(tx, actor, complaintId, input.attachmentIds);
      return {
        type: 'ReportInspection',
        result: input.result,
        note: input.note,
        evidence: attachments.map((a) => ({ evidenceId: newId('evd'), attachmentId: a.id })),
      };
    },
    opts,
  );
}

export function shipReplacement(
  deps: AppDeps,
  actor: Actor,
  complaintId: string,
  input: ShipmentInput,
  opts?: CommandOptions,
) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'ShipReplacement', ...input }), opts);
}

export function confirmReceipt(deps: AppDeps, actor: Actor, complaintId: string, opts?: CommandOptions) {
  return runComplaintCommand(deps, actor, complaintId, () => ({ type: 'ConfirmReceipt' }), opts);
}

export interface ShipmentInput {
  courier: string;
  trackingNumber: string;
  cost: number;
}
