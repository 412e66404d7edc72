import { Readable } from 'node:stream';
import { photoThumbnail, videoThumbnail } from '../files/thumbnails.ts';
import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { receiveFile } from '../files/intake.ts';
import { findAttachment, insertAttachment, type Attachment } from '../store/attachments.repository.ts';
import { findComplaint } from '../store/complaints.repository.ts';
import { currentPolicy } from '../store/policy.repository.ts';
import { canSeeComplaint, requireRole } from './access.ts';
import type { AppDeps } from './deps.ts';
import { newId } from './ids.ts';

/** Receive an evidence file (SPEC 3.3): streamed to storage, typed by its bytes, hashed. */
export async function uploadFile(
  deps: AppDeps,
  actor: Actor,
  file: { stream: Readable; filename: string | null },
): Promise<Attachment> {
  requireRole(actor, ['buyer', 'seller', 'agent']);
  const policy = await currentPolicy(deps.db);
  const id = newId('att');
  const storageKey = `${id.slice(4, 6)}/${id}`;
  const received = await receiveFile(file.stream, policy.document.uploads, deps.files, storageKey);
  const attachment: Attachment = {
    id,
    ownerId: actor.id,
    ownerRole: actor.role,
    complaintId: null,
    storageKey,
    media: received.media,
    contentType: received.contentType,
    size: received.size,
    sha256: received.sha256,
    originalName: file.filename ? file.filename.slice(0, 255) : null,
    createdAt: deps.clock.now(),
  };
  await insertAttachment(deps.db, attachment);
  return attachment;
}

/** An attachment is readable by its uploader, and once attached, by the complaint's parties and agents. */
export async function openAttachment(
  deps: AppDeps,
  actor: Actor,
  id: string,
  variant: 'original' | 'thumbnail' = 'original',
) {
  const attachment = await findAttachment(deps.db, id);
  const notFound = new DomainError('not_found', `Attachment ${id} was not found.`);
  if (!attachment) throw notFound;
  const isOwner = attachment.ownerId === actor.id && attachment.ownerRole === actor.role;
  if (!isOwner) {
    if (!attachment.complaintId || actor.role === 'platform' || actor.role === 'insurer') throw notFound;
    const complaint = await findComplaint(deps.db, attachment.complaintId);
    if (!complaint || !canSeeComplaint(actor, complaint.complaint)) throw notFound;
  }
  if (variant === 'original') {
    return {
      contentType: attachment.contentType,
      size: attachment.size,
      sha256: attachment.sha256,
      stream: deps.files.open(attachment.storageKey),
    };
  }
  const thumbnail = await thumbnailOf(deps, attachment);
  if (!thumbnail) {
    throw new DomainError(
      'thumbnail_unavailable',
      `No thumbnail can be made of this ${attachment.contentType} file here.`,
    );
  }
  return {
    contentType: 'image/webp',
    size: thumbnail.length,
    sha256: null,
    stream: Readable.from(thumbnail),
  };
}

/** Thumbnails are made on first request and kept beside the original. */
async function thumbnailOf(deps: AppDeps, attachment: Attachment): Promise<Buffer | null> {
  const key = `${attachment.storageKey}-thumb`;
  if (await deps.files.exists(key)) return streamToBuffer(deps.files.open(key));
  const localPath = deps.files.localPath(attachment.storageKey);
  const thumbnail =
    attachment.media === 'photo'
      ? await photoThumbnail(deps.files.open(attachment.storageKey))
      : localPath
        ? await videoThumbnail(localPath)
        : null;
  if (thumbnail) await deps.files.put(key, thumbnail);
  return thumbnail;
}

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
