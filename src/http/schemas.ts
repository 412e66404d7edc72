import { z } from 'zod';
import {
  CATEGORIES,
  DEADLINE_KINDS,
  ESCALATION_REASON_CODES,
  EVIDENCE_KINDS,
  OUTCOMES,
  PROGRAMS,
  SOLUTION_TYPES,
  STATUSES,
} from '../domain/complaint/types.ts';
import { ACTIONS } from '../domain/complaint/lifecycle.ts';
import { ORDER_STATUSES } from '../domain/order.ts';

/** Amounts are integers in the currency's minor unit (IDR has none). */
export const minorUnits = z
  .number()
  .int()
  .nonnegative()
  .max(Number.MAX_SAFE_INTEGER)
  .describe('An amount in the minor unit of the currency (IDR: rupiah).');
const id = z.string().min(1).max(128);
const text = (max: number) => z.string().trim().min(1).max(max);

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('A stable machine code, e.g. complaint_window_closed.'),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .describe('An RFC 9457 problem document (application/problem+json).');

export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  412: problemSchema,
  422: problemSchema,
};

export const commandHeaders = z.object({
  'idempotency-key': z
    .string()
    .max(255)
    .optional()
    .describe('Replays the first response for the same key and body; another body with the same key is 422.'),
  'if-match': z
    .string()
    .max(32)
    .optional()
    .describe('The complaint revision the caller last saw (quoted or not); a stale one is 412.'),
});

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(512).optional(),
};

/** An instant between 2000 and 2200: anything else is a mistake, and year 0 would not fit the database. */
const instant = z.iso.datetime({ offset: true }).refine((v) => {
  const year = new Date(v).getUTCFullYear();
  return year >= 2000 && year < 2200;
}, 'must be between the years 2000 and 2200');

export const orderBody = z
  .object({
    buyerId: id,
    shopId: id,
    shopIsMall: z.boolean().default(false),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default('IDR'),
    items: z
      .array(
        z.object({
          lineId: id,
          sku: z.string().max(128).default(''),
          name: z.string().min(1).max(500),
          unitPrice: minorUnits,
          quantity: z.number().int().min(1).max(100_000),
        }),
      )
      .min(1)
      .max(500)
      .refine((items) => new Set(items.map((i) => i.lineId)).size === items.length, 'lineId must be unique'),
    shippingCost: minorUnits.default(0),
    shippingPromoUsed: z.boolean().default(false),
    shippingInsurance: z.boolean().default(false),
    courier: z.string().max(64).nullable().default(null),
    trackingNumber: z.string().max(128).nullable().default(null),
    status: z.enum(ORDER_STATUSES),
    shippedAt: instant.nullable().default(null),
    deliveredAt: instant.nullable().default(null),
    receivedConfirmedAt: instant.nullable().default(null),
  })
  .refine(
    // Every amount the ledger will hold must stay a safe integer.
    (o) =>
      o.items.reduce((sum, i) => sum + BigInt(i.unitPrice) * BigInt(i.quantity), BigInt(o.shippingCost)) <=
      BigInt(Number.MAX_SAFE_INTEGER),
    { message: 'the order total is too large', path: ['items'] },
  );

export const orderResponse = z.object({ ...orderBody.shape, id: z.string(), paidTotal: minorUnits });

export const solutionSchema = z.object({
  type: z.enum(SOLUTION_TYPES),
  amount: z
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('For refund and shipping_refund; absent means the full refundable amount.'),
});

export const fileComplaintBody = z.object({
  orderId: id,
  category: z.enum(CATEGORIES),
  description: text(5000),
  items: z
    .array(z.object({ lineId: id, quantity: z.number().int().min(1).max(100_000) }))
    .min(1)
    .max(500)
    .refine((items) => new Set(items.map((i) => i.lineId)).size === items.length, 'each lineId once'),
  desiredSolution: solutionSchema,
});

export const evidenceBody = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  attachmentId: id.optional(),
  text: z.string().max(10_000).optional(),
});

const deadlineSchema = z.object({
  kind: z.enum(DEADLINE_KINDS),
  dueAt: z.string(),
  onExpiry: z
    .string()
    .describe('What happens automatically when it passes (sla_breach: counted, no automatic outcome).'),
  party: z.string().describe('Who must act before it passes.'),
  breached: z.boolean(),
});

export const settlementLineSchema = z.object({
  kind: z.string(),
  to: z.enum(['buyer', 'seller']),
  amount: minorUnits,
  fundedBy: z.enum(['escrow', 'platform', 'insurer']),
  dueAt: z.string().optional(),
  status: z.string().optional(),
});

export const settlementSchema = z.object({
  currency: z.string(),
  buyerRefund: minorUnits,
  sellerRelease: minorUnits,
  settledAt: z.string(),
  lines: z.array(settlementLineSchema),
});

export const complaintResponse = z
  .object({
    id: z.string(),
    orderId: z.string(),
    buyerId: z.string(),
    shopId: z.string(),
    shopIsMall: z.boolean(),
    category: z.enum(CATEGORIES),
    program: z.enum(PROGRAMS),
    status: z.enum(STATUSES),
    outcome: z.enum(OUTCOMES).nullable(),
    description: z.string(),
    currency: z.string(),
    items: z.array(
      z.object({
        lineId: z.string(),
        sku: z.string(),
        name: z.string(),
        unitPrice: minorUnits,
        quantity: z.number().int(),
      }),
    ),
    refundable: z.object({ itemsValue: minorUnits, shippingShare: minorUnits, maximum: minorUnits }),
    shippingInsurance: z.object({ applies: z.boolean() }),
    policyVersion: z.number().int(),
    revision: z.number().int().describe('Increases with every change; sent as the ETag.'),
    waitingOn: z.enum(['buyer', 'seller', 'agent', 'courier', 'insurer', 'none']),
    allowedActions: z.array(z.enum(Object.keys(ACTIONS) as [keyof typeof ACTIONS])),
    allowedSolutions: z
      .array(z.enum(SOLUTION_TYPES))
      .describe('The solution types that fit the complaint’s category (for proposals and decisions).'),
    deadlines: z.array(deadlineSchema),
    proposals: z.array(
      z.object({
        id: z.string(),
        by: z.string(),
        addressedTo: z.string(),
        solution: solutionSchema,
        status: z.string(),
        createdAt: z.string(),
        clockStartsAt: z.string().nullable(),
        respondedAt: z.string().nullable(),
        rejectionReason: z.string().nullable(),
      }),
    ),
    evidence: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(EVIDENCE_KINDS),
        attachmentId: z.string().nullable(),
        text: z.string().nullable(),
        by: z.string(),
        at: z.string(),
        forAppeal: z.boolean(),
      }),
    ),
    evidenceChecklist: z.array(
      z.object({
        anyOf: z.array(z.string()),
        min: z.number(),
        minTextLength: z.number().optional(),
        have: z.number(),
        satisfied: z.boolean(),
      }),
    ),
    escalation: z
      .object({
        at: z.string(),
        by: z.string(),
        reason: z.string(),
        reasonCode: z
          .enum(ESCALATION_REASON_CODES)
          .optional()
          .describe(
            'When Sepakat worded the reason itself: a stable code to show it in the reader’s language.',
          ),
      })
      .nullable(),
    assignedAgentId: z.string().nullable(),
    decision: z
      .object({
        id: z.string(),
        agentId: z.string(),
        solution: solutionSchema,
        reason: z.string(),
        at: z.string(),
        isFinal: z.boolean(),
      })
      .nullable(),
    appeal: z.object({ by: z.string(), reason: z.string(), at: z.string() }).nullable(),
    evidenceRequest: z
      .object({
        from: z.string(),
        note: z.string(),
        requestedBy: z.string(),
        at: z.string(),
        dueAt: z.string(),
      })
      .nullable(),
    settlement: settlementSchema.nullable(),
    execution: z
      .object({
        solution: solutionSchema,
        startedAt: z.string(),
        returnAddress: z.lazy(() => addressSchema).nullable(),
        returnAddressAt: z.string().nullable(),
        returnShipment: z.lazy(() => shipmentSchema).nullable(),
        returnReceivedAt: z.string().nullable(),
        inspection: z
          .object({
            result: z.enum(['accepted', 'rejected']),
            note: z.string(),
            evidenceIds: z.array(z.string()),
            at: z.string(),
          })
          .nullable(),
        sellerShipmentDueFrom: z.string().nullable(),
        sellerShipment: z.lazy(() => shipmentSchema).nullable(),
        receiptConfirmedAt: z.string().nullable(),
      })
      .nullable()
      .describe(
        'Carrying out the agreed or decided solution: the return address, the shipments, the inspection.',
      ),
    extensions: z.array(
      z
        .object({
          kind: z.string(),
          baseDueAt: z.string(),
          hours: z.number(),
          reason: z.string(),
          at: z.string(),
        })
        .loose(),
    ),
    filedAt: z.string(),
    updatedAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .describe('A complaint as the caller sees it.');

const complaintFields = complaintResponse.shape;

/** A complaint as lists show it (domain/complaint/list-row.ts), the same for every caller. */
export const complaintListRow = z
  .object({
    id: complaintFields.id,
    orderId: complaintFields.orderId,
    buyerId: complaintFields.buyerId,
    shopId: complaintFields.shopId,
    shopIsMall: complaintFields.shopIsMall,
    category: complaintFields.category,
    program: complaintFields.program,
    status: complaintFields.status,
    outcome: complaintFields.outcome,
    currency: complaintFields.currency,
    items: complaintFields.items,
    refundable: complaintFields.refundable,
    waitingOn: complaintFields.waitingOn,
    deadlines: complaintFields.deadlines,
    assignedAgentId: complaintFields.assignedAgentId,
    isAppealPending: z.boolean().describe('An appeal waits for a second agent’s decision.'),
    revision: complaintFields.revision,
    filedAt: complaintFields.filedAt,
    updatedAt: complaintFields.updatedAt,
    endedAt: complaintFields.endedAt,
  })
  .describe(
    'A complaint in a list: where it stands, whose move it is and its running deadlines. Proposals, evidence, the settlement and `allowedActions` are in the complaint itself (GET /v1/complaints/{id}).',
  );

export const addressSchema = z.object({
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().min(6).max(32),
  line1: z.string().trim().min(1).max(500),
  line2: z.string().trim().max(500).optional(),
  city: z.string().trim().min(1).max(200),
  province: z.string().trim().min(1).max(200),
  postalCode: z.string().trim().min(3).max(16),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('ID'),
});

export const shipmentBody = z.object({
  courier: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .describe('A partner courier code of the policy, e.g. jne, jnt, sicepat, anteraja, pos.'),
  trackingNumber: z.string().trim().min(1).max(64).describe('The resi, in the courier’s format (policy).'),
  cost: minorUnits.describe('What the sender paid for the shipment.'),
});

const shipmentSchema = z.object({
  courier: z.string(),
  trackingNumber: z.string(),
  cost: minorUnits,
  shippedAt: z.string(),
  deliveredAt: z.string().nullable(),
});
