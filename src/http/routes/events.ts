import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { readEventFeed } from '../../app/event-feed.ts';
import { actorOf } from '../server.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

export function registerEventRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/v1/events',
    {
      schema: {
        tags: ['integration'],
        summary: 'The event feed: every timeline event across complaints, in commit order (platform, agents)',
        description:
          'Poll with `after` = the last `sequence` you processed (0 to start). Sequences are gap-free and assigned in commit order, so a consumer that remembers its position misses nothing and sees nothing twice. `lastSequence` is where to continue.',
        querystring: z.object({
          after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: {
          200: z.object({
            data: z.array(
              z.object({
                sequence: z.number().int(),
                complaintId: z.string(),
                id: z.string().describe('The event’s id (as in the complaint’s timeline).'),
                seq: z.number().int().describe('The event’s position in its complaint’s timeline.'),
                type: z.string(),
                actor: z.object({ role: z.string(), id: z.string().nullable() }),
                visibility: z.string(),
                data: z.record(z.string(), z.unknown()),
                occurredAt: z.string(),
              }),
            ),
            lastSequence: z.number().int(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => readEventFeed(deps, actorOf(request), request.query.after, request.query.limit),
  );
}
