import { DEFAULT_POLICY, type Policy, type PolicyDocument } from '../domain/policy.ts';
import type { Executor } from './db.ts';

/** Policy versions never change once published, so they are cached by number. */
const cache = new WeakMap<object, Map<number, Policy>>();

function cacheFor(db: Executor): Map<number, Policy> {
  let entries = cache.get(db);
  if (!entries) cache.set(db, (entries = new Map()));
  return entries;
}

export async function ensureDefaultPolicy(db: Executor, now: Date): Promise<void> {
  await db
    .insertInto('policy_versions')
    .values({
      version: 1,
      document: JSON.stringify(DEFAULT_POLICY),
      published_at: now,
      published_by: 'system',
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}

export async function currentPolicy(db: Executor): Promise<Policy> {
  const row = await db
    .selectFrom('policy_versions')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return {
    version: row.version,
    publishedAt: row.published_at.toISOString(),
    document: row.document as PolicyDocument,
  };
}

export async function policyVersion(db: Executor, version: number): Promise<Policy> {
  const entries = cacheFor(db);
  const cached = entries.get(version);
  if (cached) return cached;
  const row = await db
    .selectFrom('policy_versions')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
  const policy = {
    version: row.version,
    publishedAt: row.published_at.toISOString(),
    document: row.document as PolicyDocument,
  };
  entries.set(version, policy);
  return policy;
}
