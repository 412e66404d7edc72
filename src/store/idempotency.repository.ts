import { sql } from 'kysely';
import type { Executor } from './db.ts';

export interface IdempotencyRecord {
  fingerprint: string;
  state: 'in_progress' | 'completed';
  statusCode: number | null;
  responseBody: string | null;
  /** The headers a replay repeats: content-type, etag, location. */
  responseHeaders: Record<string, string> | null;
  createdAt: Date;
}

/** Claim a key; returns null when this call claimed it, or the record that already holds it. */
export async function claimKey(
  db: Executor,
  principal: string,
  key: string,
  fingerprint: string,
  now: Date,
  abandonAfterMs: number,
): Promise<IdempotencyRecord | null> {
  // A claim left in progress by a process that died is abandoned after a while and may be retaken.
  await db
    .deleteFrom('idempotency_keys')
    .where('principal', '=', principal)
    .where('key', '=', key)
    .where('state', '=', 'in_progress')
    .where('created_at', '<', new Date(now.getTime() - abandonAfterMs))
    .execute();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ principal, key, fingerprint, state: 'in_progress', created_at: now })
    .onConflict((oc) => oc.columns(['principal', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return null;
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('principal', '=', principal)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return claimKey(db, principal, key, fingerprint, now, abandonAfterMs);
  return {
    fingerprint: row.fingerprint,
    state: row.state as IdempotencyRecord['state'],
    statusCode: row.status_code,
    responseBody: row.response_body,
    responseHeaders: row.response_headers,
    createdAt: row.created_at,
  };
}

export async function completeKey(
  db: Executor,
  principal: string,
  key: string,
  response: { statusCode: number; body: string; headers: Record<string, string> },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({
      state: 'completed',
      status_code: response.statusCode,
      response_body: response.body,
      response_headers: JSON.stringify(response.headers),
    })
    .where('principal', '=', principal)
    .where('key', '=', key)
    .execute();
}

export async function releaseKey(db: Executor, principal: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('principal', '=', principal).where('key', '=', key).execute();
}

export async function purgeOldKeys(db: Executor, olderThan: Date): Promise<void> {
  await sql`delete from idempotency_keys where created_at < ${olderThan}`.execute(db);
}
