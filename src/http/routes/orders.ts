import { z } from 'zod';
import { checkEligibility } from '../../app/check-eligibility.ts';
import { requireRole } from '../../app/access.ts';
import type { AppDeps } from '../../app/deps.ts';
import { upsertOrder } from '../../app/upsert-order.ts';
import { CATEGORIES, PROGRAMS, SOLUTION_TYPES, STATUSES } from '../../domain/complaint/types.ts';
import { DomainError } from '../../domain/errors.ts';
import { paidTotal, type Order } from '../../domain/order.ts';
import { findOrder } from '../../store/orders.repository.ts';
import { actorOf } from '../server.ts';
import { errorResponses, orderBody, orderResponse, pageQuery } from '../schemas.ts';
import { findOrders } from '../../app/order-queries.ts';
import type { ZodApp } from './types.ts';

function orderView(order: Order) {
  return {
    ...order,
    paidTotal: paidTotal(order),
    shippedAt: order.shippedAt?.toISOString() ?? null,
    deliveredAt: order.deliveredAt?.toISOString() ?? null,
    receivedConfirmedAt: order.receivedConfirmedAt?.toISOString() ?? null,
  };
}

const eligibilitySchema = z.object({
  orderId: z.string(),
  eligible: z.boolean(),
  code: z.string().nullable(),
  until: z.string().nullable(),
  categories: z.array(
    z.object({
      category: z.enum(CATEGORIES),
      eligible: z.boolean(),
      program: z.enum(PROGRAMS),
      code: z.string().nullable(),
      solutions: z.array(z.enum(SOLUTION_TYPES)),
    }),
  ),
});

const orderParams = z.object({ orderId: z.string().min(1).max(128) });

export function registerOrderRoutes(app: ZodApp, deps: AppDeps): void {
  app.put(
    '/v1/orders/:orderId',
    {
      schema: {
        tags: ['orders'],
        summary: 'Upsert an order snapshot (platform)',
        description:
          'Idempotent. The order’s parties, items and amounts are fixed by the first snapshot (its payment is held in escrow from then on); later snapshots update status and dates. 201 when new, 200 when updated.',
        params: orderParams,
        body: orderBody,
        response: { 200: orderResponse, 201: orderResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireRole(actorOf(request), ['platform']);
      const b = request.body;
      const order: Order = {
        id: request.params.orderId,
        ...b,
        shippedAt: b.shippedAt ? new Date(b.shippedAt) : null,
        deliveredAt: b.deliveredAt ? new Date(b.deliveredAt) : null,
        receivedConfirmedAt: b.receivedConfirmedAt ? new Date(b.receivedConfirmedAt) : null,
      };
      if (order.status === 'delivered' && !order.deliveredAt) {
        throw new DomainError('validation_failed', 'A delivered order needs deliveredAt.', {
          errors: [{ path: 'body/deliveredAt', message: 'required when status is delivered' }],
        });
      }
      const { created } = await upsertOrder(deps, order);
      return reply.code(created ? 201 : 200).send(orderView(order));
    },
  );

  app.get(
    '/v1/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'List the orders the caller may see, newest first',
        description:
          'A buyer sees their own orders, a seller their shop’s, agents and the platform every order (narrowed by `buyerId` or `shopId`). Each order comes with the complaints filed on it and, for its buyer, the `eligibility` to file one now (as `GET /v1/orders/{orderId}/eligibility`).',
        querystring: z.object({
          ...pageQuery,
          buyerId: z.string().min(1).max(128).optional(),
          shopId: z.string().min(1).max(128).optional(),
        }),
        response: {
          200: z.object({
            data: z.array(
              z.object({
                order: orderResponse,
                complaints: z.array(
                  z.object({ id: z.string(), status: z.enum(STATUSES), category: z.enum(CATEGORIES) }),
                ),
                eligibility: eligibilitySchema.omit({ orderId: true }).nullable(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireRole(actor, ['buyer', 'seller', 'agent', 'platform']);
      const { buyerId, shopId, limit, cursor } = request.query;
      const page = await findOrders(deps, actor, { buyerId, shopId }, { limit, cursor });
      return {
        nextCursor: page.nextCursor,
        data: page.data.map((item) => ({ ...item, order: orderView(item.order) })),
      };
    },
  );

  app.get(
    '/v1/orders/:orderId',
    {
      schema: {
        tags: ['orders'],
        summary: 'Read an order (its buyer, its shop, agents, the platform)',
        params: orderParams,
        response: { 200: orderResponse, ...errorResponses },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const order = await findOrder(deps.db, request.params.orderId);
      const visible =
        order &&
        (actor.role === 'platform' ||
          actor.role === 'agent' ||
          (actor.role === 'buyer' && order.buyerId === actor.id) ||
          (actor.role === 'seller' && order.shopId === actor.shopId));
      if (!visible) throw new DomainError('not_found', `Order ${request.params.orderId} was not found.`);
      return orderView(order);
    },
  );

  app.get(
    '/v1/orders/:orderId/eligibility',
    {
      schema: {
        tags: ['orders'],
        summary: 'May the calling buyer file a complaint on this order',
        description:
          'Which categories are open (each with the program it would fall under and, when closed, the refusal code), and until when.',
        params: orderParams,
        response: {
          200: eligibilitySchema,
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireRole(actor, ['buyer']);
      return checkEligibility(deps, actor, request.params.orderId);
    },
  );
}
