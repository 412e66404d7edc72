import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { requireRole } from '../../app/access.ts';
import { publishPolicy } from '../../app/publish-policy.ts';
import { DomainError } from '../../domain/errors.ts';
import { currentPolicy, listPolicyVersions } from '../../store/policy.repository.ts';
import { actorOf } from '../server.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

const policyResponse = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  document: z.record(z.string(), z.unknown()),
});

export function registerPolicyRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/v1/policy',
    {
      schema: {
        tags: ['policy'],
        summary: 'The current policy version (or ?version=N)',
        description:
          'Every duration (elapsed hours), evidence requirement, upload limit, cap, partner courier and holiday addition. Each complaint keeps the version it was filed under (`policyVersion`).',
        querystring: z.object({ version: z.coerce.number().int().min(1).max(2_147_483_647).optional() }),
        response: { 200: policyResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireRole(actorOf(request), ['agent', 'platform', 'buyer', 'seller', 'insurer']);
      const version = request.query.version;
      if (version !== undefined) {
        const known = (await listPolicyVersions(deps.db)).some((v) => v.version === version);
        if (!known) throw new DomainError('not_found', `Policy version ${version} was not found.`);
      }
      const policy =
        version === undefined
          ? await currentPolicy(deps.db)
          : await deps.config.policyVersion(deps.db, version);
      return { ...policy, document: { ...policy.document } };
    },
  );

  app.put(
    '/v1/policy',
    {
      schema: {
        tags: ['policy'],
        summary: 'Publish a new policy version (agent with the admin right)',
        description:
          'The whole policy document (as GET /v1/policy returns it in `document`). It is checked first: bad durations, unknown couriers, a cap below zero and the like are 422 policy_invalid with `errors[]` naming each field. New complaints use the new version; open complaints keep theirs.',
        body: z.record(z.string(), z.unknown()).describe('A policy document.'),
        response: { 201: policyResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const published = await publishPolicy(deps, actorOf(request), request.body);
      return reply.code(201).send({ ...published, document: { ...published.document } });
    },
  );

  app.get(
    '/v1/policy/versions',
    {
      schema: {
        tags: ['policy'],
        summary: 'Every published policy version, newest first (agents)',
        response: {
          200: z.object({
            data: z.array(
              z.object({ version: z.number().int(), publishedAt: z.string(), publishedBy: z.string() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireRole(actorOf(request), ['agent', 'platform']);
      return { data: await listPolicyVersions(deps.db) };
    },
  );
}
