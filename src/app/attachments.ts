import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { Tx } from '../store/db.ts';
import { findAttachment, linkAttachment } from '../store/attachments.repository.ts';

/**
 * Attach the caller's own uploads to a complaint: each must exist, belong to the caller and not
 * already be attached (to this complaint or another). Returns what the rules need to know of each file.
 */
export async function claimAttachments(
  tx: Tx,
  actor: Actor,
  complaintId: string,
  ids: string[],
): Promise<{ id: string; media: 'photo' | 'video' }[]> {
  const claimed = [];
  // Sorted, so two requests locking the same uploads take their locks in the same order.
  for (const id of [...new Set(ids)].sort()) {
    const a = await findAttachment(tx, id, { forUpdate: true });
    if (!a || a.ownerId !== actor.id || a.ownerRole !== actor.role) {
      throw new DomainError('attachment_not_found', `Upload ${id} was not found among the caller's uploads.`);
    }
    // One upload is one piece of evidence: attached twice it would count twice on the checklist.
    if (a.complaintId !== null) {
      throw new DomainError(
        'attachment_in_use',
        `Upload ${id} is already attached${a.complaintId === complaintId ? ' to this complaint' : ' to another complaint'}.`,
      );
    }
    await linkAttachment(tx, id, complaintId);
    claimed.push({ id: a.id, media: a.media });
  }
  return claimed;
}
