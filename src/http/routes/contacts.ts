import { z } from 'zod';
import { requireRole } from '../../app/access.ts';
import type { AppDeps } from '../../app/deps.ts';
import { saveContact } from '../../store/email.repository.ts';
import { actorOf } from '../server.ts';
import { errorResponses } from '../schemas.ts';
import type { ZodApp } from './types.ts';

const RECIPIENT_PREFIX = { buyers: 'buyer', shops: 'seller', agents: 'agent' } as const;
const contactSchema = z.object({
  email: z.email(),
  locale: z.enum(['id', 'en']).default('id'),
  name: z.string().trim().min(1).max(200).optional(),
});

export function registerContactRoutes(app: ZodApp, deps: AppDeps): void {
  app.put(
    '/v1/contacts/:kind/:id',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Where to e-mail a buyer, a shop or an agent, and in which language (platform)',
        description:
          'The marketplace owns its users: it tells Sepakat their e-mail address and language. Without a contact, notifications stay in the app.',
        params: z.object({ kind: z.enum(['buyers', 'shops', 'agents']), id: z.string().min(1).max(128) }),
        body: contactSchema,
        response: { 200: contactSchema.extend({ recipient: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      requireRole(actorOf(request), ['platform']);
      const recipient = `${RECIPIENT_PREFIX[request.params.kind]}:${request.params.id}`;
      const contact = {
        recipient,
        email: request.body.email,
        locale: request.body.locale,
        name: request.body.name ?? null,
      };
      await saveContact(deps.db, contact, deps.clock.now());
      return { ...request.body, recipient };
    },
  );
}
