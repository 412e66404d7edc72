import type { Executor } from './db.ts';
import type { AttachmentRow } from './schema.ts';

export interface Attachment {
  id: string;
  ownerId: string;
  ownerRole: string;
  complaintId: string | null;
  storageKey: string;
  media: 'photo' | 'video';
  contentType: string;
  size: number;
  sha256: string;
  originalName: string | null;
  createdAt: Date;
}

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    ownerId: row.owner_id,
    ownerRole: row.owner_role,
    complaintId: row.complaint_id,
    storageKey: row.storage_key,
    media: row.media as 'photo' | 'video',
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    originalName: row.original_name,
    createdAt: row.created_at,
  };
}

export async function insertAttachment(db: Executor, a: Attachment): Promise<void> {
  await db
    .insertInto('attachments')
    .values({
      id: a.id,
      owner_id: a.ownerId,
      owner_role: a.ownerRole,
      complaint_id: a.complaintId,
      storage_key: a.storageKey,
      media: a.media,
      content_type: a.contentType,
      size: a.size,
      sha256: a.sha256,
      original_name: a.originalName,
      created_at: a.createdAt,
    })
    .execute();
}

export async function findAttachment(
  db: Executor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<Attachment | null> {
  let query = db.selectFrom('attachments').selectAll().where('id', '=', id);
  if (opts.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toAttachment(row) : null;
}

export async function linkAttachment(db: Executor, id: string, complaintId: string): Promise<void> {
  await db.updateTable('attachments').set({ complaint_id: complaintId }).where('id', '=', id).execute();
}
