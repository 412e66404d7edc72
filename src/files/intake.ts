import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../domain/errors.ts';
import type { MediaLimit } from '../domain/policy.ts';
import type { FileStore } from '../app/ports.ts';

/** file-type needs at most this many leading bytes to recognise a format. */
const SNIFF_BYTES = 4100;

export interface ReceivedFile {
  media: 'photo' | 'video';
  contentType: string;
  size: number;
  sha256: string;
}

/**
 * Stream an upload to storage without holding it in memory. The type is decided from the first
 * bytes (never the name or the declared type); the size limit of that type is enforced while the
 * bytes arrive, so an oversized file is cut off as soon as it crosses the limit.
 */
export async function receiveFile(
  source: Readable,
  limits: { photo: MediaLimit; video: MediaLimit },
  store: FileStore,
  key: string,
): Promise<ReceivedFile> {
  const hash = createHash('sha256');
  let size = 0;
  let head: Buffer[] = [];
  let headLength = 0;
  let detected: { media: 'photo' | 'video'; contentType: string; maxBytes: number } | null = null;

  const classify = async (bytes: Buffer) => {
    const type = await fileTypeFromBuffer(bytes);
    const mime = type?.mime as string | undefined;
    if (mime && limits.photo.contentTypes.includes(mime))
      return { media: 'photo' as const, contentType: mime, maxBytes: limits.photo.maxBytes };
    if (mime && limits.video.contentTypes.includes(mime))
      return { media: 'video' as const, contentType: mime, maxBytes: limits.video.maxBytes };
    throw new DomainError(
      'unsupported_media_type',
      `Only photos (${limits.photo.contentTypes.join(', ')}) and videos (${limits.video.contentTypes.join(', ')}) are accepted; this file is ${mime ?? 'of an unknown type'}.`,
    );
  };
  const tooLarge = (d: { media: string; maxBytes: number }) =>
    new DomainError('payload_too_large', `A ${d.media} may be at most ${d.maxBytes} bytes.`, {
      maxBytes: d.maxBytes,
      media: d.media,
    });

  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      hash.update(chunk);
      if (detected) {
        if (size > detected.maxBytes) return callback(tooLarge(detected));
        return callback(null, chunk);
      }
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < SNIFF_BYTES) return callback();
      classify(Buffer.concat(head)).then(
        (d) => {
          detected = d;
          const buffered = Buffer.concat(head);
          head = [];
          callback(size > d.maxBytes ? tooLarge(d) : null, buffered);
        },
        (err: unknown) => callback(err as Error),
      );
    },
    flush(callback) {
      if (detected) return callback();
      if (headLength === 0)
        return callback(
          new DomainError('validation_failed', 'The file is empty.', {
            errors: [{ path: 'file', message: 'empty' }],
          }),
        );
      classify(Buffer.concat(head)).then(
        (d) => {
          detected = d;
          callback(size > d.maxBytes ? tooLarge(d) : null, Buffer.concat(head));
        },
        (err: unknown) => callback(err as Error),
      );
    },
  });

  const temp = await store.createTemp();
  try {
    await pipeline(source, inspect, temp.write);
    await temp.commit(key);
  } catch (err) {
    await temp.discard();
    source.resume(); // let the rest of the request body drain so the client gets the answer
    throw err;
  }
  const found = detected as { media: 'photo' | 'video'; contentType: string } | null;
  if (!found) throw new Error('upload finished without a detected type');
  return { media: found.media, contentType: found.contentType, size, sha256: hash.digest('hex') };
}
