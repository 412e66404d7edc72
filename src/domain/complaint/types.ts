export const CATEGORIES = [
  'not_received',
  'damaged',
  'missing_items',
  'not_as_described',
  'counterfeit',
  'shipping_cost',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PROGRAMS = ['standard', 'garansi_7_hari', 'pasti_ori'] as const;
export type Program = (typeof PROGRAMS)[number];

export const SOLUTION_TYPES = [
  'refund',
  'return_refund',
  'return_exchange',
  'send_missing',
  'resend',
  'shipping_refund',
] as const;
export type SolutionType = (typeof SOLUTION_TYPES)[number];

export const EVIDENCE_KINDS = [
  'chronology',
  'product_photo',
  'packaging_photo',
  'unboxing_video',
  'invoice',
  'shipping_label',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const STATUSES = [
  'awaiting_evidence',
  'awaiting_seller',
  'negotiating',
  'escalated',
  'awaiting_return_shipment',
  'return_in_transit',
  'return_inspection',
  'awaiting_seller_shipment',
  'seller_shipment_in_transit',
  'resolved',
  'closed',
] as const;
export type Status = (typeof STATUSES)[number];
export const TERMINAL_STATUSES: readonly Status[] = ['resolved', 'closed'];

export const OUTCOMES = [
  'refund',
  'shipping_refund',
  'return_refund',
  'exchange',
  'missing_items_sent',
  'resent',
  'seller_unresponsive',
  'withdrawn',
  'expired_no_evidence',
  'expired_no_return',
  'closed_by_agent',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type Party = 'buyer' | 'seller';

/** Why Sepakat escalated by itself (or on a rejected inspection), for apps to word in their language. */
export const ESCALATION_REASON_CODES = [
  'no_new_proposal',
  'return_lost',
  'seller_shipment_lost',
  'inspection_rejected',
] as const;
export type EscalationReasonCode = (typeof ESCALATION_REASON_CODES)[number];
export type ActorRole = 'buyer' | 'seller' | 'agent' | 'platform' | 'insurer' | 'system';
export type WaitingOn = 'buyer' | 'seller' | 'agent' | 'courier' | 'insurer' | 'none';

export interface Actor {
  role: ActorRole;
  id: string;
  /** Agents with the admin right publish policy. */
  isAdmin?: boolean;
  shopId?: string;
}

export const SYSTEM_ACTOR: Actor = { role: 'system', id: 'system' };

export interface Solution {
  type: SolutionType;
  /** For refund and shipping_refund; absent means the full refundable amount. */
  amount?: number;
}

export type ProposalStatus =
  'pending' | 'accepted' | 'deemed_accepted' | 'rejected' | 'superseded' | 'withdrawn';

export interface Proposal {
  id: string;
  by: Party;
  addressedTo: Party;
  solution: Solution;
  status: ProposalStatus;
  createdAt: string;
  /** When the addressee's response time starts (the buyer's first proposal: when evidence is complete). */
  clockStartsAt: string | null;
  respondedAt: string | null;
  rejectionReason: string | null;
}

export interface EvidenceItem {
  id: string;
  kind: EvidenceKind;
  attachmentId: string | null;
  text: string | null;
  by: Party | 'agent';
  at: string;
  /** Evidence given with an appeal. */
  forAppeal: boolean;
}

export const DEADLINE_KINDS = [
  'evidence_submission',
  'seller_response',
  'proposal_response',
  'renegotiation',
  'agent_response',
  'agent_decision',
  'evidence_request',
  'appeal_window',
  'return_address',
  'return_shipment',
  'return_transit',
  'return_inspection',
  'seller_shipment',
  'seller_shipment_transit',
  'seller_shipment_confirmation',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type OnExpiry =
  | 'close_expired_no_evidence'
  | 'refund_seller_unresponsive'
  | 'accept_proposal'
  | 'escalate'
  | 'sla_breach'
  | 'return_to_agent'
  | 'execute_decision'
  | 'refund_without_return'
  | 'close_expired_no_return'
  | 'accept_inspection'
  | 'refund_instead'
  | 'resolve';

export interface Deadline {
  kind: DeadlineKind;
  dueAt: string;
  onExpiry: OnExpiry;
  /** Who must act before it passes. */
  party: WaitingOn;
  /** An SLA deadline that passed: shown and counted, with no automatic outcome. */
  breached: boolean;
}

export interface DeadlineExtension {
  kind: DeadlineKind;
  baseDueAt: string;
  hours: number;
  reason: string;
  by: string;
  at: string;
}

export type SettlementLineKind =
  | 'items_refund'
  | 'original_shipping_refund'
  | 'return_shipping_reimbursement'
  | 'reshipment_reimbursement'
  | 'escrow_release'
  | 'compensation';

export interface SettlementLine {
  kind: SettlementLineKind;
  to: 'buyer' | 'seller';
  amount: number;
  fundedBy: 'escrow' | 'platform' | 'insurer';
  dueAt?: string;
  status?: 'pending' | 'approved' | 'rejected';
}

export interface Settlement {
  currency: string;
  buyerRefund: number;
  sellerRelease: number;
  lines: SettlementLine[];
  settledAt: string;
}

export interface DisputedItem {
  lineId: string;
  sku: string;
  name: string;
  unitPrice: number;
  quantity: number;
}

export interface Decision {
  id: string;
  agentId: string;
  solution: Solution;
  reason: string;
  at: string;
  /** A decision on appeal is final. */
  isFinal: boolean;
}

export interface Appeal {
  by: Party;
  reason: string;
  at: string;
}

export interface Address {
  name: string;
  phone: string;
  line1: string;
  line2?: string;
  city: string;
  province: string;
  postalCode: string;
  country: string;
}

export interface Shipment {
  courier: string;
  trackingNumber: string;
  /** What the sender paid for it, in minor units. */
  cost: number;
  shippedAt: string;
  deliveredAt: string | null;
}

/** Carrying out the agreed or decided solution (SPEC 3.4, the execution states). */
export interface Execution {
  solution: Solution;
  startedAt: string;
  returnAddress: Address | null;
  returnAddressAt: string | null;
  returnShipment: Shipment | null;
  returnReceivedAt: string | null;
  inspection: { result: 'accepted' | 'rejected'; note: string; evidenceIds: string[]; at: string } | null;
  /** When the seller's shipment (replacement, missing items, resend) became due. */
  sellerShipmentDueFrom: string | null;
  sellerShipment: Shipment | null;
  receiptConfirmedAt: string | null;
}

export interface EvidenceRequest {
  from: Party;
  note: string;
  requestedBy: string;
  at: string;
  dueAt: string;
}

/** The complaint aggregate: everything the rules need, serialisable as JSON (times as ISO strings). */
export interface Complaint {
  id: string;
  orderId: string;
  buyerId: string;
  shopId: string;
  shopIsMall: boolean;
  currency: string;
  hasShippingInsurance: boolean;
  category: Category;
  program: Program;
  description: string;
  items: DisputedItem[];
  /** The refundable maximum, fixed at filing: disputed items' value and their original shipping share. */
  refundable: { itemsValue: number; shippingShare: number };
  /** The order's invoice shipping cost (B): the cap of a return-shipping reimbursement (seed). */
  originalShippingCost: number;
  status: Status;
  outcome: Outcome | null;
  policyVersion: number;
  filedAt: string;
  evidenceCompletedAt: string | null;
  negotiationStartedAt: string | null;
  lastRejectionAt: string | null;
  lastRejectionBy: Party | null;
  evidence: EvidenceItem[];
  proposals: Proposal[];
  escalation: { at: string; by: Party | 'system'; reason: string; reasonCode?: EscalationReasonCode } | null;
  assignedAgentId: string | null;
  agentRespondedAt: string | null;
  evidenceRequest: EvidenceRequest | null;
  decision: Decision | null;
  appeal: Appeal | null;
  /** The running deadlines, derived from the state by `computeDeadlines` on every change. */
  deadlines: Deadline[];
  /** Agent extensions, each tied to the deadline instance (kind and original due time) it moved. */
  extensions: DeadlineExtension[];
  /** SLA deadlines that passed (kind and due time). */
  breaches: { kind: DeadlineKind; dueAt: string }[];
  execution: Execution | null;
  settlement: Settlement | null;
  endedAt: string | null;
}

/** One line of the timeline; `agents` events (internal notes) are never shown to the parties. */
export interface TimelineEvent {
  type: string;
  actor: Actor;
  data: Record<string, unknown>;
  visibility: 'public' | 'agents';
}

export function isTerminal(status: Status): boolean {
  return TERMINAL_STATUSES.includes(status);
}
