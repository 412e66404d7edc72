import { DEFAULT_POLICY, type Policy, type PolicyDocument } from '../domain/policy.ts';
import type { Executor } from './db.ts';

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

/** One published version (they never change: `app/config-cache.ts` keeps them once read). */
export async function readPolicyVersion(db: Executor, version: number): Promise<Policy> {
  const row = await db
    .selectFrom('policy_versions')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
  return {
    version: row.version,
    publishedAt: row.published_at.toISOString(),
    document: row.document as PolicyDocument,
  };
}

/** Publish a new version: the next number after the highest (retried if another publisher won it). */
export async function insertPolicyVersion(
  db: Executor,
  document: PolicyDocument,
  publishedBy: string,
  now: Date,
): Promise<Policy> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await db
      .selectFrom('policy_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .executeTakeFirst();
    const version = Number(current?.v ?? 0) + 1;
    const row = await db
      .insertInto('policy_versions')
      .values({ version, document: JSON.stringify(document), published_at: now, published_by: publishedBy })
      .onConflict((oc) => oc.column('version').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return { version: row.version, publishedAt: row.published_at.toISOString(), document };
  }
  throw new Error('could not publish the policy: too many concurrent publications');
}

export async function listPolicyVersions(
  db: Executor,
): Promise<{ version: number; publishedAt: string; publishedBy: string }[]> {
  const rows = await db
    .selectFrom('policy_versions')
    .select(['version', 'published_at', 'published_by'])
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    publishedAt: r.published_at.toISOString(),
    publishedBy: r.published_by,
  }));
}
