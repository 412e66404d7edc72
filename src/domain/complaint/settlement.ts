import { addWorkingDays, type WorkingCalendar } from '../calendar.ts';
import { assertNever } from '../errors.ts';
import { pastiOriCompensation, returnShippingReimbursement, splitRefund } from '../money.ts';
import type { Payer, Policy } from '../policy.ts';
import { iso } from '../time.ts';
import type {
  Address,
  EscalationReasonCode,
  Complaint,
  Outcome,
  Program,
  SettlementLine,
  Solution,
  TimelineEvent,
} from './types.ts';

/** What carrying out a solution needs to know besides the complaint. */
export interface ExecutionCtx {
  now: Date;
  policy: Policy;
  /** Working days (policy time zone, Indonesian public holidays, operator additions). */
  calendar: WorkingCalendar;
  /** The shop's default return address, used when a return starts (issue 3). */
  shopReturnAddress: Address | null;
}

export type Emit = (
  type: string,
  data: Record<string, unknown>,
  visibility?: TimelineEvent['visibility'],
) => void;

/** Outcomes in the buyer's favour: a Pasti Ori complaint ending in one opens a compensation claim (seed). */
const BUYER_FAVOURED: readonly Outcome[] = ['refund', 'return_refund', 'seller_unresponsive'];

/** The buyer's refund out of escrow: items first, then their original shipping share. */
export function refundLines(c: Complaint, amount: number | undefined): SettlementLine[] {
  const split = splitRefund(amount, c.refundable);
  const lines: SettlementLine[] = [];
  if (split.items > 0)
    lines.push({ kind: 'items_refund', to: 'buyer', amount: split.items, fundedBy: 'escrow' });
  if (split.shipping > 0) {
    lines.push({ kind: 'original_shipping_refund', to: 'buyer', amount: split.shipping, fundedBy: 'escrow' });
  }
  return lines;
}

/**
 * What a silent seller's buyer receives (seed: "Pembeli akan mendapatkan dana refund"): the disputed
 * items' value and their shipping share — or, for a complaint about the shipping cost, that share only.
 */
export function unresponsiveSellerRefund(c: Complaint): SettlementLine[] {
  if (c.category !== 'shipping_cost') return refundLines(c, undefined);
  const amount = c.refundable.shippingShare;
  return amount > 0 ? [{ kind: 'original_shipping_refund', to: 'buyer', amount, fundedBy: 'escrow' }] : [];
}

/** seed: shipping reimbursements are paid within 3×24 working hours (3 working days). */
function reimbursementDueAt(ctx: ExecutionCtx): string {
  return iso(addWorkingDays(ctx.now, ctx.policy.document.shippingReimbursementWorkingDays, ctx.calendar));
}

/**
 * The buyer's return shipping C reimbursed up to the invoice's shipping B (seed: min(C, B)), when
 * the program's payer is the platform. None when the order had shipping insurance (seed): the
 * insurance claim path applies.
 */
export function returnShippingLines(
  c: Complaint,
  payers: Record<Program, Payer>,
  ctx: ExecutionCtx,
): SettlementLine[] {
  const shipment = c.execution?.returnShipment;
  if (!shipment || c.hasShippingInsurance || payers[c.program] !== 'platform') return [];
  const amount = returnShippingReimbursement(shipment.cost, c.originalShippingCost);
  if (amount === 0) return [];
  return [
    {
      kind: 'return_shipping_reimbursement',
      to: 'buyer',
      amount,
      fundedBy: 'platform',
      dueAt: reimbursementDueAt(ctx),
    },
  ];
}

/**
 * seed (table 2): the seller's re-shipment D of an exchange, reimbursed by the platform — up to the
 * invoice's shipping B, like the return leg (default), since D is what the seller declares.
 */
function reshipmentLines(c: Complaint, ctx: ExecutionCtx): SettlementLine[] {
  const shipment = c.execution?.sellerShipment;
  const payers = ctx.policy.document.exchangeShippingPaidBy;
  if (!shipment || c.execution?.solution.type !== 'return_exchange') return [];
  if (c.hasShippingInsurance || payers[c.program] !== 'platform') return [];
  const amount = Math.min(shipment.cost, c.originalShippingCost);
  if (amount === 0) return [];
  return [
    {
      kind: 'reshipment_reimbursement',
      to: 'seller',
      amount,
      fundedBy: 'platform',
      dueAt: reimbursementDueAt(ctx),
    },
  ];
}

/** seed: Pasti Ori compensation, 2 × the product price up to Rp 20,000,000, decided by the insurer in 14 working days. */
function compensationLines(
  c: Complaint,
  outcome: Outcome,
  buyerLines: SettlementLine[],
  ctx: ExecutionCtx,
): SettlementLine[] {
  if (c.program !== 'pasti_ori' || !BUYER_FAVOURED.includes(outcome)) return [];
  const rules = ctx.policy.document.compensation;
  const cap = rules.capByCurrency[c.currency];
  // The guarantee is defined in rupiah; a currency the policy gives no cap for opens no claim.
  if (cap === undefined) return [];
  // "2 × the product price": of what was actually refunded for the items (a partial refund counts partly).
  const itemsRefunded = buyerLines
    .filter((l) => l.kind === 'items_refund')
    .reduce((sum, l) => sum + l.amount, 0);
  const amount = pastiOriCompensation(itemsRefunded, rules.multiplier, cap);
  if (amount === 0) return [];
  const dueAt = iso(addWorkingDays(ctx.now, rules.decisionWorkingDays, ctx.calendar));
  return [{ kind: 'compensation', to: 'buyer', amount, fundedBy: 'insurer', status: 'pending', dueAt }];
}

/**
 * End the complaint with its settlement (SPEC 4): the buyer's lines, the escrow left of the
 * disputed amount released to the seller, the seller's reimbursements, and a Pasti Ori
 * compensation claim where one is owed.
 */
export function end(
  c: Complaint,
  status: 'resolved' | 'closed',
  outcome: Outcome,
  buyerLines: SettlementLine[],
  ctx: ExecutionCtx,
  emit: Emit,
): Complaint {
  const now = iso(ctx.now);
  const held = c.refundable.itemsValue + c.refundable.shippingShare;
  const fromEscrow = buyerLines.filter((l) => l.fundedBy === 'escrow').reduce((sum, l) => sum + l.amount, 0);
  const sellerRelease = held - fromEscrow;
  const lines: SettlementLine[] = [
    ...buyerLines,
    { kind: 'escrow_release', to: 'seller', amount: sellerRelease, fundedBy: 'escrow' },
    ...reshipmentLines(c, ctx),
    ...compensationLines(c, outcome, buyerLines, ctx),
  ];
  const settlement = {
    currency: c.currency,
    buyerRefund: lines
      .filter((l) => l.to === 'buyer' && l.kind !== 'compensation')
      .reduce((sum, l) => sum + l.amount, 0),
    sellerRelease,
    lines,
    settledAt: now,
  };
  emit('settled', { outcome, settlement });
  return {
    ...c,
    status,
    outcome,
    settlement,
    endedAt: now,
    evidenceRequest: null,
    proposals: c.proposals.map((p) =>
      p.status === 'pending' ? { ...p, status: 'withdrawn' as const, respondedAt: now } : p,
    ),
  };
}

/** A return-and-refund once the item is back (or deemed back): items, their shipping share, and the return shipping. */
export function settleReturnRefund(c: Complaint, ctx: ExecutionCtx, emit: Emit): Complaint {
  const lines = [
    ...refundLines(c, undefined),
    ...returnShippingLines(c, ctx.policy.document.returnShippingPaidBy, ctx),
  ];
  return end(c, 'resolved', 'return_refund', lines, ctx, emit);
}

/** The seller's shipment arrived: an exchange, missing items or a resend is done. */
export function completeSellerShipment(c: Complaint, ctx: ExecutionCtx, emit: Emit): Complaint {
  const solution = c.execution!.solution.type;
  switch (solution) {
    case 'return_exchange':
      return end(
        c,
        'resolved',
        'exchange',
        returnShippingLines(c, ctx.policy.document.exchangeShippingPaidBy, ctx),
        ctx,
        emit,
      );
    case 'send_missing':
      return end(c, 'resolved', 'missing_items_sent', [], ctx, emit);
    case 'resend':
      return end(c, 'resolved', 'resent', [], ctx, emit);
    default:
      throw new Error(`no seller shipment for ${solution}`);
  }
}

/** default: a seller who does not ship in time refunds the items' value instead (and any return shipping). */
export function refundInsteadOfShipment(c: Complaint, ctx: ExecutionCtx, emit: Emit): Complaint {
  const payers =
    c.execution?.solution.type === 'return_exchange'
      ? ctx.policy.document.exchangeShippingPaidBy
      : ctx.policy.document.returnShippingPaidBy;
  return end(
    c,
    'resolved',
    'refund',
    // SPEC 3.4: "a refund of the items' value instead"
    [...refundLines(c, c.refundable.itemsValue), ...returnShippingLines(c, payers, ctx)],
    ctx,
    emit,
  );
}

function awaitSellerShipment(c: Complaint, solution: Solution, now: string): Complaint {
  const execution = c.execution ?? newExecution(solution, now, null);
  return {
    ...c,
    status: 'awaiting_seller_shipment',
    // a shipment that was lost (escalated, then decided again) is replaced by the next one
    execution: {
      ...execution,
      solution,
      sellerShipmentDueFrom: now,
      sellerShipment: null,
      receiptConfirmedAt: null,
    },
  };
}

function newExecution(solution: Solution, now: string, address: Address | null) {
  return {
    solution,
    startedAt: now,
    returnAddress: address,
    returnAddressAt: address ? now : null,
    returnShipment: null,
    returnReceivedAt: null,
    inspection: null,
    sellerShipmentDueFrom: null,
    sellerShipment: null,
    receiptConfirmedAt: null,
  };
}

/**
 * Carry out an agreed or decided solution: refunds settle at once; returns wait for the buyer's
 * shipment (unless the item is already on its way back or with the seller, e.g. an agent deciding
 * after a rejected inspection); seller shipments wait for the seller.
 */
export function execute(c: Complaint, solution: Solution, ctx: ExecutionCtx, emit: Emit): Complaint {
  const now = iso(ctx.now);
  switch (solution.type) {
    case 'refund': {
      // A return that already happened is still reimbursed as the policy says.
      const payers =
        c.execution?.solution.type === 'return_exchange'
          ? ctx.policy.document.exchangeShippingPaidBy
          : ctx.policy.document.returnShippingPaidBy;
      const lines = [...refundLines(c, solution.amount), ...returnShippingLines(c, payers, ctx)];
      return end(c, 'resolved', 'refund', lines, ctx, emit);
    }
    case 'shipping_refund': {
      const amount = solution.amount ?? c.refundable.shippingShare;
      const lines: SettlementLine[] =
        amount > 0 ? [{ kind: 'original_shipping_refund', to: 'buyer', amount, fundedBy: 'escrow' }] : [];
      return end(c, 'resolved', 'shipping_refund', lines, ctx, emit);
    }
    case 'return_refund':
    case 'return_exchange': {
      if (c.execution?.returnShipment) {
        const withSolution = { ...c, execution: { ...c.execution, solution } };
        return solution.type === 'return_refund'
          ? settleReturnRefund(withSolution, ctx, emit)
          : awaitSellerShipment(withSolution, solution, now);
      }
      const address = ctx.shopReturnAddress;
      emit('execution_started', { solution });
      if (address) emit('return_address_set', { address, source: 'shop_default' });
      return { ...c, status: 'awaiting_return_shipment', execution: newExecution(solution, now, address) };
    }
    case 'send_missing':
    case 'resend':
      emit('execution_started', { solution });
      return awaitSellerShipment(c, solution, now);
    default:
      return assertNever(solution.type);
  }
}

/** Hand the complaint to Customer Care. A new escalation needs a new decision; the one appeal stays used. */
export function escalateFrom(
  c: Complaint,
  by: 'buyer' | 'seller' | 'system',
  reason: string,
  now: string,
  emit: Emit,
  /** For escalations Sepakat words itself: a stable code, so that apps can say it in their language. */
  reasonCode?: EscalationReasonCode,
): Complaint {
  emit('escalated', reasonCode ? { by, reason, reasonCode } : { by, reason });
  return {
    ...c,
    status: 'escalated',
    escalation: reasonCode ? { at: now, by, reason, reasonCode } : { at: now, by, reason },
    decision: null,
    evidenceRequest: null,
    proposals: c.proposals.map((p) =>
      p.status === 'pending' ? { ...p, status: 'withdrawn' as const, respondedAt: now } : p,
    ),
  };
}
