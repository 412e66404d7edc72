import type { NotificationDraft } from '../domain/notifications.ts';
import type { Executor } from './db.ts';

export interface StoredNotification {
  id: string;
  recipient: string;
  complaintId: string | null;
  kind: string;
  params: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
}

export async function insertNotifications(
  db: Executor,
  drafts: (NotificationDraft & { id: string; complaintId: string | null })[],
  now: Date,
): Promise<void> {
  if (drafts.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      drafts.map((d) => ({
        id: d.id,
        recipient: d.recipient,
        complaint_id: d.complaintId,
        kind: d.kind,
        params: JSON.stringify(d.params),
        created_at: now,
      })),
    )
    .execute();
}

export async function listNotifications(
  db: Executor,
  recipients: string[],
  page: { limit: number; before: { at: string; id: string } | null; unreadOnly: boolean },
): Promise<StoredNotification[]> {
  let query = db.selectFrom('notifications').selectAll().where('recipient', 'in', recipients);
  if (page.unreadOnly) query = query.where('read_at', 'is', null);
  if (page.before) {
    const { at, id } = page.before;
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '<', new Date(at)),
        eb.and([eb('created_at', '=', new Date(at)), eb('id', '<', id)]),
      ]),
    );
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    complaintId: r.complaint_id,
    kind: r.kind,
    params: r.params as Record<string, unknown>,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

export async function countUnread(db: Executor, recipients: string[]): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('recipient', 'in', recipients)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Mark read; returns how many changed. `ids` null means all of the recipients'. */
export async function markRead(
  db: Executor,
  recipients: string[],
  ids: string[] | null,
  now: Date,
): Promise<number> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('recipient', 'in', recipients)
    .where('read_at', 'is', null);
  if (ids) query = query.where('id', 'in', ids.length ? ids : ['']);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
