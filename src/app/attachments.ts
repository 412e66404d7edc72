import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { Tx } from '../store/db.ts';
import { findAttachment, linkAttachment } from '../store/attachments.repository.ts';

/**
 * Attach the caller's own uploads to a complaint: each must exist, belong to the caller and not
 * already serve another complaint. Returns what the rules need to know of each file.
 */
export async function claimAttachments(
  tx: Tx,
  actor: Actor,
  complaintId: string,
  ids: string[],
): Promise<{ id: string; media: 'photo' | 'video' }[]> {
  const claimed = [];
  for (const id of new Set(ids)) {
    const a = await findAttachment(tx, id, { forUpdate: true });
    if (!a || a.ownerId !== actor.id || a.ownerRole !== actor.role) {
      throw new DomainError('attachment_not_found', `Upload ${id} was not found among the caller's uploads.`);
    }
    if (a.complaintId !== null && a.complaintId !== complaintId) {
      throw new DomainError('attachment_in_use', `Upload ${id} is attached to another complaint.`);
    }
    if (a.complaintId === null) await linkAttachment(tx, id, complaintId);
    claimed.push({ id: a.id, media: a.media });
  }
  return claimed;
}
