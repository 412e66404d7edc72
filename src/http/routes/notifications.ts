import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { localeOf } from '../../app/notification-texts.ts';
import { markNotificationsRead, readNotifications } from '../../app/notifications.ts';
import { actorOf } from '../server.ts';
import { errorResponses, pageQuery } from '../schemas.ts';
import type { ZodApp } from './types.ts';

const readResult = z.object({ marked: z.number().int(), unreadCount: z.number().int() });

export function registerNotificationRoutes(app: ZodApp, deps: AppDeps): void {
  app.get(
    '/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'The caller’s in-app notifications, newest first, with the unread count',
        description:
          'For every deadline set for the caller (and reminders 24 h and 2 h before it), every outcome of their complaints and every message from the other side. Texts in Indonesian by default; English with `?locale=en` or `Accept-Language: en`. A seller sees their shop’s; an agent their own and the unassigned ones.',
        querystring: z.object({
          ...pageQuery,
          unread: z.enum(['true', 'false']).optional(),
          locale: z.enum(['id', 'en']).optional(),
        }),
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.string(),
                complaintId: z.string().nullable(),
                kind: z.string(),
                title: z.string(),
                body: z.string(),
                params: z.record(z.string(), z.unknown()),
                createdAt: z.string(),
                readAt: z.string().nullable(),
              }),
            ),
            unreadCount: z.number().int(),
            nextCursor: z.string().nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      readNotifications(deps, actorOf(request), {
        limit: request.query.limit,
        cursor: request.query.cursor,
        unreadOnly: request.query.unread === 'true',
        locale: localeOf(request.query.locale, request.headers['accept-language']),
      }),
  );
  app.post(
    '/v1/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark one notification read',
        params: z.object({ id: z.string().min(1).max(128) }),
        body: z.object({}).nullish(),
        response: { 200: readResult, ...errorResponses },
      },
    },
    async (request) => markNotificationsRead(deps, actorOf(request), [request.params.id]),
  );
  app.post(
    '/v1/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark all the caller’s notifications read',
        body: z.object({}).nullish(),
        response: { 200: readResult, ...errorResponses },
      },
    },
    async (request) => markNotificationsRead(deps, actorOf(request), null),
  );
}
