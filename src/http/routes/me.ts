import { z } from 'zod';
import { actorOf } from '../server.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

/**
 * Who the credentials belong to. The web app calls it when a marketplace hands a user over with a
 * token (`/auth#token=…`), to know whose pages to show.
 */
export function registerMeRoutes(app: ZodApp): void {
  app.get(
    '/v1/me',
    {
      schema: {
        tags: ['users'],
        summary: 'The caller, as the credentials say',
        description:
          'The user of a token (`role` as the token says: buyer, seller, agent or admin; `shopId` for sellers), or the platform or insurer of an API key. 401 without valid credentials.',
        response: {
          200: z.object({
            userId: z.string(),
            role: z.enum(['buyer', 'seller', 'agent', 'admin', 'platform', 'insurer']),
            shopId: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (actor.role === 'system') throw new Error('unreachable: requests are never the system');
      return {
        userId: actor.id,
        role: actor.role === 'agent' && actor.isAdmin ? ('admin' as const) : actor.role,
        shopId: actor.shopId ?? null,
      };
    },
  );
}
