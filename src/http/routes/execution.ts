import { z } from 'zod';
import { decideClaim, findClaims } from '../../app/compensation-claims.ts';
import type { AppDeps } from '../../app/deps.ts';
import { confirmPayoutInstruction, findPayouts } from '../../app/payouts.ts';
import { reportDelivery } from '../../app/shipments.ts';
import { getShopReturnAddress, setShopReturnAddress } from '../../app/shops.ts';
import { actorOf } from '../server.ts';
import { addressSchema, errorResponses, minorUnits, pageQuery } from '../schemas.ts';
import type { ZodApp } from './types.ts';

const payoutSchema = z.object({
  id: z.string(),
  complaintId: z.string(),
  orderId: z.string(),
  kind: z
    .string()
    .describe(
      'The settlement line: items_refund, original_shipping_refund, return_shipping_reimbursement, reshipment_reimbursement, escrow_release or compensation.',
    ),
  recipient: z.object({ role: z.enum(['buyer', 'seller']), id: z.string() }),
  accountId: z.string(),
  fundedBy: z.string(),
  currency: z.string(),
  amount: minorUnits,
  status: z.enum(['pending', 'confirmed']),
  dueAt: z.string(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  reference: z.string().nullable(),
});

const claimSchema = z.object({
  id: z.string(),
  complaintId: z.string(),
  buyerId: z.string(),
  currency: z.string(),
  amount: minorUnits,
  status: z.enum(['pending', 'approved', 'rejected']),
  dueAt: z.string().describe('14 working days after the claim opened (seed).'),
  overdue: z.boolean(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});

/** Shipments, payouts, compensation claims and shops: what the execution of a solution moves. */
export function registerExecutionRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/v1/shipments/:trackingNumber/delivered',
    {
      schema: {
        tags: ['execution'],
        summary: 'Tracking reports a shipment delivered (platform)',
        description:
          'A return moves to inspection; a seller shipment starts the buyer’s confirmation window. Idempotent: a repeated report answers 200 with alreadyReported.',
        params: z.object({ trackingNumber: z.string().min(1).max(64) }),
        body: z
          .object({})
          .nullish()
          .describe('No parameters: the delivery is recorded at the time of the report.'),
        response: {
          200: z.object({
            trackingNumber: z.string(),
            courier: z.string(),
            direction: z.enum(['return', 'seller']),
            complaintId: z.string(),
            deliveredAt: z.string().nullable(),
            alreadyReported: z.boolean(),
            complaintStatus: z.string(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => reportDelivery(deps, actorOf(request), request.params.trackingNumber),
  );

  app.get(
    '/v1/payouts',
    {
      schema: {
        tags: ['payouts'],
        summary:
          'Payout instructions, earliest due first (platform, agents; buyers and sellers see their own)',
        querystring: z.object({
          ...pageQuery,
          complaintId: z.string().max(128).optional(),
          status: z.enum(['pending', 'confirmed']).optional(),
          dueBefore: z.iso
            .datetime({ offset: true })
            .optional()
            .describe('Only instructions due at or before this time.'),
        }),
        response: {
          200: z.object({ data: z.array(payoutSchema), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      return findPayouts(
        deps,
        actorOf(request),
        {
          ...(q.complaintId ? { complaintId: q.complaintId } : {}),
          ...(q.status ? { status: q.status } : {}),
          ...(q.dueBefore ? { dueBefore: new Date(q.dueBefore) } : {}),
        },
        { limit: q.limit, cursor: q.cursor },
      );
    },
  );

  app.post(
    '/v1/payouts/:id/confirm',
    {
      schema: {
        tags: ['payouts'],
        summary: 'The marketplace executed a payout (platform; idempotent)',
        params: z.object({ id: z.string().min(1).max(128) }),
        body: z
          .object({
            reference: z
              .string()
              .trim()
              .min(1)
              .max(200)
              .optional()
              .describe('The marketplace’s own reference for the transfer.'),
          })
          .nullish(),
        response: { 200: payoutSchema, ...errorResponses },
      },
    },
    async (request) =>
      confirmPayoutInstruction(deps, actorOf(request), request.params.id, request.body?.reference ?? null),
  );

  app.get(
    '/v1/compensation-claims',
    {
      schema: {
        tags: ['compensation'],
        summary: 'Pasti Ori compensation claims, earliest due first (agents, insurer)',
        querystring: z.object({
          ...pageQuery,
          status: z.enum(['pending', 'approved', 'rejected']).optional(),
          overdue: z
            .enum(['true', 'false'])
            .optional()
            .describe('Pending claims past their 14 working days.'),
        }),
        response: {
          200: z.object({ data: z.array(claimSchema), nextCursor: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      return findClaims(
        deps,
        actorOf(request),
        { ...(q.status ? { status: q.status } : {}), overdue: q.overdue === 'true' },
        { limit: q.limit, cursor: q.cursor },
      );
    },
  );

  app.post(
    '/v1/compensation-claims/:id/decision',
    {
      schema: {
        tags: ['compensation'],
        summary: 'Decide a compensation claim (insurer)',
        description:
          'approved credits the buyer’s store credit (buyer_credit) and instructs the payout; rejected records the reason. A claim is decided once.',
        params: z.object({ id: z.string().min(1).max(128) }),
        body: z.object({
          decision: z.enum(['approved', 'rejected']),
          reason: z.string().trim().min(1).max(2000),
        }),
        response: { 200: claimSchema, ...errorResponses },
      },
    },
    async (request) => decideClaim(deps, actorOf(request), request.params.id, request.body),
  );

  const shopParams = z.object({ shopId: z.string().min(1).max(128) });
  app.put(
    '/v1/shops/:shopId/return-address',
    {
      schema: {
        tags: ['execution'],
        summary: 'Set a shop’s default return address (its seller, the platform)',
        description: 'Used automatically when a return starts on one of the shop’s complaints.',
        params: shopParams,
        body: addressSchema,
        response: { 200: addressSchema, ...errorResponses },
      },
    },
    async (request) => setShopReturnAddress(deps, actorOf(request), request.params.shopId, request.body),
  );
  app.get(
    '/v1/shops/:shopId/return-address',
    {
      schema: {
        tags: ['execution'],
        summary: 'A shop’s default return address',
        params: shopParams,
        response: { 200: addressSchema, ...errorResponses },
      },
    },
    async (request) => getShopReturnAddress(deps, actorOf(request), request.params.shopId),
  );
}
