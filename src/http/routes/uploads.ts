import { z } from 'zod';
import { openAttachment, uploadFile } from '../../app/uploads.ts';
import type { AppDeps } from '../../app/deps.ts';
import { DomainError } from '../../domain/errors.ts';
import { actorOf } from '../server.ts';
import { errorResponses, problemSchema } from '../schemas.ts';
import type { ZodApp } from './types.ts';

const attachmentResponse = z.object({
  attachmentId: z.string(),
  kind: z
    .enum(['photo', 'video'])
    .describe('What the bytes are: a photo (JPEG, PNG, WebP, HEIC) or a video (MP4, QuickTime, WebM).'),
  size: z.number().int(),
  contentType: z.string(),
  sha256: z.string(),
  filename: z.string().nullable(),
  createdAt: z.string(),
});

/** A body cut short or without its boundary is the client's mistake: 400, not 500. */
async function malformedMultipartIsBadInput<T>(receive: () => Promise<T>): Promise<T> {
  try {
    return await receive();
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    if (err instanceof DomainError || (status !== undefined && status < 500)) throw err;
    throw new DomainError('validation_failed', `The multipart body is malformed: ${(err as Error).message}`, {
      errors: [{ path: 'body', message: 'malformed multipart/form-data' }],
    });
  }
}

export function registerUploadRoutes(app: ZodApp, deps: AppDeps): void {
  app.post(
    '/v1/uploads',
    {
      schema: {
        tags: ['evidence'],
        summary: 'Upload an evidence file (buyer, seller, agent)',
        description:
          'multipart/form-data with one part named `file`. The type is decided from the bytes, never the name or declared type: photos (JPEG, PNG, WebP, HEIC) up to 10 MB, videos (MP4, QuickTime, WebM) up to 200 MB by default policy. Anything else is 415; too large is 413. The file is streamed to storage and its SHA-256 recorded.',
        consumes: ['multipart/form-data'],
        response: { 201: attachmentResponse, 413: problemSchema, 415: problemSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!request.isMultipart()) {
        throw new DomainError(
          'validation_failed',
          'Send the file as multipart/form-data in a part named "file".',
          { errors: [{ path: 'body', message: 'multipart/form-data required' }] },
        );
      }
      const attachment = await malformedMultipartIsBadInput(async () => {
        const part = await request.file();
        if (!part || part.fieldname !== 'file') {
          throw new DomainError('validation_failed', 'Send the file in a part named "file".', {
            errors: [{ path: 'file', message: 'required' }],
          });
        }
        return uploadFile(deps, actor, { stream: part.file, filename: part.filename || null });
      });
      return reply.code(201).send({
        attachmentId: attachment.id,
        kind: attachment.media,
        size: attachment.size,
        contentType: attachment.contentType,
        sha256: attachment.sha256,
        filename: attachment.originalName,
        createdAt: attachment.createdAt.toISOString(),
      });
    },
  );

  app.get(
    '/v1/attachments/:id',
    {
      schema: {
        tags: ['evidence'],
        summary: 'Download an attachment (its uploader; once attached, the complaint’s parties and agents)',
        params: z.object({ id: z.string().min(1).max(128) }),
        querystring: z.object({
          variant: z
            .enum(['original', 'thumbnail'])
            .default('original')
            .describe(
              'thumbnail: a WebP at most 320×320 (photos; videos where ffmpeg is installed, else 404 thumbnail_unavailable)',
            ),
        }),
        response: { 200: z.any().describe('The file’s bytes with its content type.'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await openAttachment(deps, actorOf(request), request.params.id, request.query.variant);
      if (file.sha256) reply.header('x-content-sha256', file.sha256);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.size)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, max-age=3600')
        .send(file.stream);
    },
  );
}
