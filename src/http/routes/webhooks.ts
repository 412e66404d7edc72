import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import {
  createEndpoint,
  enableEndpoint,
  listDeliveries,
  listEndpoints,
  replayDelivery,
  rotateSecret,
} from '../../app/webhooks.ts';
import { actorOf } from '../server.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

const endpointSchema = z.object({
  id: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  consecutiveFailures: z.number().int(),
  disabledReason: z.string().nullable(),
  createdAt: z.string(),
  secret: z.string().optional().describe('Shown when created or rotated only: whsec_… (Standard Webhooks).'),
});
const idParams = z.object({ id: z.string().min(1).max(128) });

export function registerWebhookRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/v1/webhook-endpoints',
    {
      schema: {
        tags: ['integration'],
        summary: 'Register a webhook endpoint (platform)',
        description:
          'Every timeline event (types as in the timeline, e.g. complaint_filed, status_changed, settled) and every payout instruction (payout.created) is POSTed to the URL, signed by the Standard Webhooks convention (webhook-id, webhook-timestamp, webhook-signature, HMAC-SHA256) with the endpoint’s secret. `eventTypes: ["*"]` subscribes to all. Delivered at least once; retried with exponential back-off; an endpoint whose deliveries keep failing is disabled until re-enabled.',
        body: z.object({
          url: z.url({ protocol: /^https?$/ }),
          eventTypes: z.array(z.string().min(1).max(64)).min(1).max(100).default(['*']),
        }),
        response: { 201: endpointSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createEndpoint(deps, actorOf(request), request.body)),
  );
  app.get(
    '/v1/webhook-endpoints',
    {
      schema: {
        tags: ['integration'],
        summary: 'The webhook endpoints (platform)',
        response: { 200: z.object({ data: z.array(endpointSchema) }), ...errorResponses },
      },
    },
    async (request) => listEndpoints(deps, actorOf(request)),
  );
  app.post(
    '/v1/webhook-endpoints/:id/rotate-secret',
    {
      schema: {
        tags: ['integration'],
        summary: 'Sign with a new secret from now on (platform)',
        params: idParams,
        body: z.object({}).nullish(),
        response: { 200: endpointSchema, ...errorResponses },
      },
    },
    async (request) => rotateSecret(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/v1/webhook-endpoints/:id/enable',
    {
      schema: {
        tags: ['integration'],
        summary: 'Re-enable a disabled endpoint (platform)',
        params: idParams,
        body: z.object({}).nullish(),
        response: { 200: endpointSchema, ...errorResponses },
      },
    },
    async (request) => enableEndpoint(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/v1/webhook-deliveries',
    {
      schema: {
        tags: ['integration'],
        summary: 'The delivery log, newest first, with every attempt (platform)',
        querystring: z.object({
          endpointId: z.string().max(128).optional(),
          status: z.enum(['pending', 'succeeded', 'failed', 'abandoned']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.string(),
                endpointId: z.string(),
                eventType: z.string(),
                status: z.string(),
                attempts: z.array(
                  z.object({
                    attempt: z.number().int(),
                    at: z.string(),
                    statusCode: z.number().int().nullable(),
                    latencyMs: z.number().int(),
                    responseExcerpt: z.string().nullable(),
                    error: z.string().nullable(),
                  }),
                ),
                payload: z.unknown(),
                createdAt: z.string(),
                succeededAt: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => listDeliveries(deps, actorOf(request), request.query),
  );
  app.post(
    '/v1/webhook-deliveries/:id/replay',
    {
      schema: {
        tags: ['integration'],
        summary: 'Send a delivery again, as first sent (platform)',
        params: idParams,
        body: z.object({}).nullish(),
        response: { 200: z.object({ id: z.string(), status: z.literal('pending') }), ...errorResponses },
      },
    },
    async (request) => replayDelivery(deps, actorOf(request), request.params.id),
  );
}
