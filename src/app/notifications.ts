import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { countUnread, listNotifications, markRead } from '../store/notifications.repository.ts';
import { decodeCursor, isTimeAndId, pageOf } from './cursors.ts';
import type { AppDeps } from './deps.ts';
import { renderNotification, type Locale } from './notification-texts.ts';

/** Whose notifications the caller reads: their own, their shop's, and (agents) the unassigned ones. */
function recipientsOf(actor: Actor): string[] {
  switch (actor.role) {
    case 'buyer':
      return [`buyer:${actor.id}`];
    case 'seller':
      return actor.shopId ? [`seller:${actor.shopId}`] : [];
    case 'agent':
      return [`agent:${actor.id}`, 'agents'];
    default:
      throw new DomainError('forbidden', 'Notifications are for users (buyers, sellers, agents).');
  }
}

export async function readNotifications(
  deps: AppDeps,
  actor: Actor,
  page: { limit: number; cursor?: string | undefined; unreadOnly: boolean; locale: Locale },
) {
  const recipients = recipientsOf(actor);
  const before = decodeCursor(page.cursor, isTimeAndId);
  const rows = await listNotifications(deps.db, recipients, {
    limit: page.limit + 1,
    before,
    unreadOnly: page.unreadOnly,
  });
  const { rows: pageRows, nextCursor } = pageOf(rows, page.limit, (last) => ({
    at: last.createdAt.toISOString(),
    id: last.id,
  }));
  return {
    data: pageRows.map((n) => ({
      id: n.id,
      complaintId: n.complaintId,
      kind: n.kind,
      ...renderNotification(n.kind, n.params, page.locale),
      params: n.params,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
    unreadCount: await countUnread(deps.db, recipients),
    nextCursor,
  };
}

export async function markNotificationsRead(deps: AppDeps, actor: Actor, ids: string[] | null) {
  const recipients = recipientsOf(actor);
  const marked = await markRead(deps.db, recipients, ids, deps.clock.now());
  return { marked, unreadCount: await countUnread(deps.db, recipients) };
}
