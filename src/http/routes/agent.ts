import { z } from 'zod';
import { agentQueue } from '../../app/agent-queue.ts';
import type { AppDeps } from '../../app/deps.ts';
import { CATEGORIES, PROGRAMS } from '../../domain/complaint/types.ts';
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
          'Escalated complaints and appeals (waiting on an agent), complaints with a deadline within 24 h, and Pasti Ori compensation claims past their 14 working days. Breaches first, then the nearest due time. Take one with POST /v1/complaints/{id}/assign.',
        querystring: z.object({
          assignee: z.string().max(128).optional().describe('`me`, `unassigned` or an agent id.'),
          program: z.enum(PROGRAMS).optional(),
          category: z.enum(CATEGORIES).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
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
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      return agentQueue(
        deps,
        actorOf(request),
        { assignee: q.assignee, program: q.program, category: q.category },
        q.limit,
      );
    },
  );
}
