import { z } from 'zod';
import { agentQueue } from '../../app/agent-queue.ts';
import type { AppDeps } from '../../app/deps.ts';
import { CATEGORIES, PROGRAMS, STATUSES } from '../../domain/complaint/types.ts';
import { actorOf } from '../server.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

export function registerAgentRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/v1/agent/queue',
    {
      schema: {
        tags: ['Customer Care'],
        summary: 'The agents’ queue, most urgent first (agents)',
        description:
          'Escalated complaints and appeals (waiting on an agent), complaints with a deadline within 24 h, and Pasti Ori compensation claims past their 14 working days. Breaches first (oldest first), then the nearest due time. Keyset-paginated: pass `nextCursor` as `cursor`. `total` counts every item that matches the filters, exactly up to 500; past that it is 500 and `totalIsExact` is false (counting further would cost more than the page). Take one with POST /v1/complaints/{id}/assign.',
        querystring: z.object({
          assignee: z.string().max(128).optional().describe('`me`, `unassigned` or an agent id.'),
          program: z.enum(PROGRAMS).optional(),
          category: z.enum(CATEGORIES).optional(),
          status: z
            .union([z.enum(STATUSES), z.array(z.enum(STATUSES))])
            .optional()
            .describe('One or more complaint statuses (repeat the parameter or separate with commas).'),
          breaching: z
            .enum(['true', 'false'])
            .optional()
            .describe('`true`: breaches only; `false`: everything but breaches.'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.string().max(512).optional(),
        }),
        response: {
          200: z.object({
            data: z.array(
              z.object({
                kind: z.enum(['appeal', 'escalated', 'deadline_near', 'compensation_overdue']),
                complaintId: z.string(),
                claimId: z.string().nullable(),
                status: z.string(),
                program: z.string(),
                category: z.string(),
                assignedAgentId: z.string().nullable(),
                waitingOn: z.string(),
                deadlineKind: z.string().nullable(),
                dueAt: z.string().nullable(),
                breached: z.boolean(),
              }),
            ),
            total: z.number().int(),
            totalIsExact: z.boolean().describe('false: there are more than `total` items.'),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
      preValidation: async (request) => {
        // status=a,b is the same as status=a&status=b
        const q = request.query as Record<string, unknown>;
        if (typeof q.status === 'string' && q.status.includes(',')) q.status = q.status.split(',');
      },
    },
    async (request) => {
      const q = request.query;
      return agentQueue(
        deps,
        actorOf(request),
        {
          assignee: q.assignee,
          program: q.program,
          category: q.category,
          status: q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status],
          breaching: q.breaching === undefined ? undefined : q.breaching === 'true',
        },
        { limit: q.limit, cursor: q.cursor },
      );
    },
  );
}
