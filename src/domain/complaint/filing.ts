import { DomainError, type ErrorCode } from '../errors.ts';
import { disputedItemsValue, originalShippingShare } from '../money.ts';
import { orderItemsValue, type Order } from '../order.ts';
import type { Policy } from '../policy.ts';
import { addHours, iso } from '../time.ts';
import { computeDeadlines } from './deadlines.ts';
import {
  evidenceChecklist,
  missingEvidence,
  programFor,
  SOLUTIONS_BY_CATEGORY,
  validateSolution,
} from './rules.ts';
import {
  CATEGORIES,
  type Actor,
  type Category,
  type Complaint,
  type Program,
  type Solution,
  type SolutionType,
  type TimelineEvent,
} from './types.ts';

export interface FilingContext {
  now: Date;
  policy: Policy;
  /** Another complaint on the order is open. */
  hasOpenComplaint: boolean;
  /** Quantities per order line already taken by earlier complaints on the order. */
  disputedBefore: Map<string, number>;
}

export interface CategoryEligibility {
  category: Category;
  eligible: boolean;
  program: Program;
  code: ErrorCode | null;
  solutions: SolutionType[];
}

/** The quantities per order line that earlier complaints on the order took (a line is disputed once). */
export function quantitiesTaken(earlier: readonly Pick<Complaint, 'items'>[]): Map<string, number> {
  const taken = new Map<string, number>();
  for (const complaint of earlier)
    for (const item of complaint.items) taken.set(item.lineId, (taken.get(item.lineId) ?? 0) + item.quantity);
  return taken;
}

export interface Eligibility {
  eligible: boolean;
  code: ErrorCode | null;
  /** Until when a complaint may be filed (null when no window applies, e.g. not_received). */
  until: string | null;
  categories: CategoryEligibility[];
}

/** The order-level reason no complaint may be filed, if any. */
function orderRefusal(order: Order, ctx: FilingContext): ErrorCode | null {
  // seed: claims after the buyer confirmed receipt are not processed
  if (order.status === 'completed' || order.receivedConfirmedAt !== null) return 'already_confirmed';
  if (ctx.hasOpenComplaint) return 'complaint_already_open';
  return null;
}

function complaintWindowEnd(order: Order, ctx: FilingContext): Date | null {
  if (order.status !== 'delivered' || order.deliveredAt === null) return null;
  return addHours(order.deliveredAt, ctx.policy.document.hours.complaintWindow); // seed: 2×24 h after delivery
}

function categoryRefusal(order: Order, category: Category, ctx: FilingContext): ErrorCode | null {
  const refusal = orderRefusal(order, ctx);
  if (refusal) return refusal;
  if (category === 'not_received') {
    if (order.status !== 'shipped') return 'order_not_shipped';
  } else {
    // seed: a claim starts once the order is delivered
    if (order.status !== 'delivered' || order.deliveredAt === null) return 'order_not_delivered';
    const end = complaintWindowEnd(order, ctx);
    if (end && ctx.now.getTime() > end.getTime()) return 'complaint_window_closed';
  }
  if (category === 'counterfeit' && !order.shopIsMall) return 'counterfeit_requires_mall';
  // seed: shipping a promo coupon paid is not refunded, so there is no shipping cost to dispute
  if (category === 'shipping_cost' && (order.shippingPromoUsed || order.shippingCost === 0))
    return 'no_shipping_to_refund';
  return null;
}

export function assessEligibility(order: Order, ctx: FilingContext): Eligibility {
  const categories = CATEGORIES.map((category) => {
    const code = categoryRefusal(order, category, ctx);
    return {
      category,
      eligible: code === null,
      program: programFor(category, order.shopIsMall),
      code,
      solutions: [...SOLUTIONS_BY_CATEGORY[category]],
    };
  });
  const eligible = categories.some((c) => c.eligible);
  const end = complaintWindowEnd(order, ctx);
  return {
    eligible,
    // not_received's refusal (order_not_shipped) is the headline only when nothing else explains it:
    // for a paid order "not delivered", for a delivered one e.g. "window closed" says why.
    code: eligible
      ? null
      : (orderRefusal(order, ctx) ??
        categories.find((c) => c.code && c.category !== 'not_received')?.code ??
        categories.find((c) => c.code)?.code ??
        null),
    until: eligible && end ? iso(end) : null,
    categories,
  };
}

export interface FileComplaintInput {
  id: string;
  proposalId: string;
  category: Category;
  description: string;
  items: { lineId: string; quantity: number }[];
  desiredSolution: Solution;
}

/** File a complaint (SPEC 3.1): every refusal has its own code; the desired solution is the first proposal. */
export function fileComplaint(
  order: Order,
  actor: Actor,
  input: FileComplaintInput,
  ctx: FilingContext,
): { complaint: Complaint; events: TimelineEvent[] } {
  const refusal = categoryRefusal(order, input.category, ctx);
  if (refusal) throw new DomainError(refusal);

  // Quantities taken so far: by earlier complaints, then by this one's lines (a line named twice counts twice).
  const taken = new Map(ctx.disputedBefore);
  const items = input.items.map((wanted, index) => {
    const line = order.items.find((l) => l.lineId === wanted.lineId);
    if (!line) {
      throw new DomainError(
        'unknown_order_line',
        `Order line ${wanted.lineId} is not on order ${order.id}.`,
        {
          errors: [{ path: `items/${index}/lineId`, message: 'not on the order' }],
        },
      );
    }
    const available = line.quantity - (taken.get(line.lineId) ?? 0);
    if (wanted.quantity > available) {
      throw new DomainError(
        'quantity_exceeds_order',
        `Line ${line.lineId}: ${wanted.quantity} disputed but only ${available} of ${line.quantity} can be.`,
        { errors: [{ path: `items/${index}/quantity`, message: `at most ${available}` }] },
      );
    }
    taken.set(line.lineId, (taken.get(line.lineId) ?? 0) + wanted.quantity);
    return {
      lineId: line.lineId,
      sku: line.sku,
      name: line.name,
      unitPrice: line.unitPrice,
      quantity: wanted.quantity,
    };
  });

  const itemsValue = disputedItemsValue(items);
  const shippingShare = originalShippingShare({
    shippingCost: order.shippingCost,
    shippingPromoUsed: order.shippingPromoUsed,
    disputedItemsValue: itemsValue,
    orderItemsValue: orderItemsValue(order),
  });
  const now = iso(ctx.now);
  const draft: Complaint = {
    id: input.id,
    orderId: order.id,
    buyerId: order.buyerId,
    shopId: order.shopId,
    shopIsMall: order.shopIsMall,
    currency: order.currency,
    hasShippingInsurance: order.shippingInsurance,
    category: input.category,
    program: programFor(input.category, order.shopIsMall),
    description: input.description,
    items,
    refundable: { itemsValue, shippingShare },
    originalShippingCost: order.shippingCost,
    status: 'awaiting_evidence',
    outcome: null,
    policyVersion: ctx.policy.version,
    filedAt: now,
    evidenceCompletedAt: null,
    negotiationStartedAt: null,
    lastRejectionAt: null,
    lastRejectionBy: null,
    evidence: [],
    proposals: [],
    escalation: null,
    assignedAgentId: null,
    agentRespondedAt: null,
    evidenceRequest: null,
    decision: null,
    appeal: null,
    deadlines: [],
    extensions: [],
    breaches: [],
    execution: null,
    settlement: null,
    endedAt: null,
  };
  const solution = validateSolution(draft, input.desiredSolution);

  // With no evidence required the complaint goes straight to the seller (SPEC 3.3).
  const needsEvidence = missingEvidence(evidenceChecklist(draft, ctx.policy.document)).length > 0;
  const complaint: Complaint = {
    ...draft,
    status: needsEvidence ? 'awaiting_evidence' : 'awaiting_seller',
    evidenceCompletedAt: needsEvidence ? null : now,
    proposals: [
      {
        id: input.proposalId,
        by: 'buyer',
        addressedTo: 'seller',
        solution,
        status: 'pending',
        createdAt: now,
        clockStartsAt: needsEvidence ? null : now,
        respondedAt: null,
        rejectionReason: null,
      },
    ],
  };
  complaint.deadlines = computeDeadlines(complaint, ctx.policy.document);

  const events: TimelineEvent[] = [
    {
      type: 'complaint_filed',
      actor,
      visibility: 'public',
      data: {
        orderId: order.id,
        category: complaint.category,
        program: complaint.program,
        description: complaint.description,
        items,
        refundable: complaint.refundable,
      },
    },
    {
      type: 'proposal_made',
      actor,
      visibility: 'public',
      data: { proposalId: input.proposalId, by: 'buyer', addressedTo: 'seller', solution },
    },
    { type: 'status_changed', actor, visibility: 'public', data: { from: null, to: complaint.status } },
  ];
  return { complaint, events };
}
