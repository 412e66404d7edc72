import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../store/db.ts';
import { claimKey, completeKey, releaseKey } from '../store/idempotency.repository.ts';
import { problemOf, sendProblem } from './problem.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { principal: string; key: string };
  }
}

/** What a replay repeats of the first response besides its status and body. */
const REPLAYED_HEADERS = ['content-type', 'etag', 'location'] as const;

/** A claim whose request never finished (its process died) may be retaken after this long. */
const ABANDON_AFTER_MS = 5 * 60_000;

function fingerprint(request: FastifyRequest): string {
  const isMultipart = request.headers['content-type']?.startsWith('multipart/') ?? false;
  // A multipart body is streamed, never parsed up front: its length stands for it.
  const body = isMultipart
    ? `multipart:${request.headers['content-length'] ?? ''}`
    : JSON.stringify(request.body ?? null);
  return createHash('sha256').update(`${request.method} ${request.url}\n${body}`).digest('hex');
}

/**
 * `Idempotency-Key` on every POST (SPEC 7): the same key and body replays the first response, the
 * same key with another body is 422, and a key whose first request is still running is 409.
 * Keys are scoped to the caller.
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST') return;
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string') return;
    if (key.length === 0 || key.length > 255) {
      return sendProblem(
        reply,
        request,
        problemOf('validation_failed', 'Idempotency-Key must be 1 to 255 characters.', {
          errors: [{ path: 'headers/idempotency-key', message: 'must be 1 to 255 characters' }],
        }),
      );
    }
    const principal = request.actor ? `${request.actor.role}:${request.actor.id}` : 'anonymous';
    const existing = await claimKey(db, principal, key, fingerprint(request), new Date(), ABANDON_AFTER_MS);
    if (!existing) {
      request.idempotency = { principal, key };
      return;
    }
    if (existing.fingerprint !== fingerprint(request)) {
      return sendProblem(reply, request, problemOf('idempotency_key_reused'));
    }
    if (existing.state === 'in_progress') {
      return sendProblem(reply, request, problemOf('idempotency_key_in_progress'));
    }
    reply.header('idempotent-replayed', 'true');
    for (const [name, value] of Object.entries(existing.responseHeaders ?? {})) reply.header(name, value);
    return reply.code(existing.statusCode ?? 200).send(existing.responseBody ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await releaseKey(db, claim.principal, claim.key);
    } else {
      const headers: Record<string, string> = {};
      for (const name of REPLAYED_HEADERS) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      await completeKey(db, claim.principal, claim.key, {
        statusCode: reply.statusCode,
        body: payload,
        headers,
      });
    }
    return payload;
  });
}
