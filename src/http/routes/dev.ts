import { z } from 'zod';
import type { ManualClock } from '../../app/clock.ts';
import type { AppDeps } from '../../app/deps.ts';
import { fireDueDeadlines } from '../../app/fire-due-deadlines.ts';
import { sendDueReminders } from '../../app/notify.ts';
import { sendDueEmails } from '../../app/send-emails.ts';
import { listOutbox } from '../../store/email.repository.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Authenticator } from '../auth.ts';
import { DEMO_USERS } from '../../demo/seed.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

/** Demo and test helpers (SPEC 7). Registered only in demo mode; production has no /v1/dev routes. */
export function registerDevRoutes(
  app: ZodApp,
  deps: AppDeps,
  auth: Authenticator,
  clock: ManualClock | null,
): void {
  app.post(
    '/v1/dev/login',
    {
      schema: {
        tags: ['demo'],
        summary: 'A token for any user (demo mode only)',
        security: [],
        body: z.object({
          userId: z.string().min(1).max(128),
          role: z.enum(['buyer', 'seller', 'agent', 'admin']),
          shopId: z.string().min(1).max(128).optional(),
        }),
        response: { 200: z.object({ token: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const { userId, role, shopId } = request.body;
      if (role === 'seller' && !shopId) {
        throw new DomainError('validation_failed', 'A seller needs a shopId.', {
          errors: [{ path: 'body/shopId', message: 'required for sellers' }],
        });
      }
      return { token: await auth.issue({ userId, role, shopId }) };
    },
  );

  app.get(
    '/v1/dev/users',
    {
      schema: {
        tags: ['demo'],
        summary: 'The demo users of Tokolink, to log in as with /v1/dev/login (demo mode only)',
        security: [],
        response: {
          200: z.object({
            data: z.array(
              z.object({
                userId: z.string(),
                role: z.string(),
                shopId: z.string().optional(),
                name: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ data: DEMO_USERS.map((u) => ({ ...u })) }),
  );

  app.get(
    '/v1/dev/outbox',
    {
      schema: {
        tags: ['demo'],
        summary:
          'The e-mails Sepakat wrote, newest first (demo mode only; kept here when SMTP_URL is not set)',
        security: [],
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
      },
    },
    async (request) => ({ data: await listOutbox(deps.db, request.query.limit) }),
  );

  const clockResponse = z.object({ mode: z.enum(['system', 'manual']), now: z.string() });
  app.get(
    '/v1/dev/clock',
    {
      schema: {
        tags: ['demo'],
        summary: 'Read the clock (demo mode only)',
        security: [],
        response: { 200: clockResponse },
      },
    },
    async () => ({ mode: deps.clock.kind, now: deps.clock.now().toISOString() }),
  );
  app.post(
    '/v1/dev/clock/advance',
    {
      schema: {
        tags: ['demo'],
        summary: 'Move the manual clock forward and fire every deadline that fell due (SEPAKAT_CLOCK=manual)',
        security: [],
        body: z
          .object({
            hours: z
              .number()
              .positive()
              .max(24 * 365)
              .optional(),
            minutes: z
              .number()
              .positive()
              .max(60 * 24 * 365)
              .optional(),
          })
          .refine((b) => b.hours !== undefined || b.minutes !== undefined, 'hours or minutes'),
        response: { 200: clockResponse.extend({ fired: z.number().int() }), ...errorResponses },
      },
    },
    async (request) => {
      if (!clock)
        throw new DomainError(
          'clock_not_manual',
          'Start the server with SEPAKAT_CLOCK=manual to move the clock.',
        );
      const ms = ((request.body.hours ?? 0) * 60 + (request.body.minutes ?? 0)) * 60_000;
      const now = await clock.advance(ms);
      await sendDueReminders(deps);
      const { fired } = await fireDueDeadlines(deps);
      await sendDueEmails(deps);
      return { mode: 'manual' as const, now: now.toISOString(), fired };
    },
  );
}
