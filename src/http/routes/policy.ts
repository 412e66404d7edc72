import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { requireRole } from '../../app/access.ts';
import { currentPolicy } from '../../store/policy.repository.ts';
import { actorOf } from '../server.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

export function registerPolicyRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/v1/policy',
    {
      schema: {
        tags: ['policy'],
        summary: 'The current policy version',
        description:
          'Every duration (elapsed hours), evidence requirement, upload limit, cap, partner courier and holiday addition. Each complaint keeps the version it was filed under (`policyVersion`).',
        response: {
          200: z.object({
            version: z.number().int(),
            publishedAt: z.string(),
            document: z.record(z.string(), z.unknown()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireRole(actorOf(request), ['agent', 'platform', 'buyer', 'seller', 'insurer']);
      const policy = await currentPolicy(deps.db);
      return { ...policy, document: { ...policy.document } };
    },
  );
}
