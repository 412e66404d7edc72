import { sql } from 'kysely';
import type { Executor } from './db.ts';

/** The manual clock's time, shared by every process on the database (created at `initial` if new). */
export async function openManualClock(db: Executor, initial: Date): Promise<Date> {
  await db
    .insertInto('app_clock')
    .values({ id: 1, now: initial })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db.selectFrom('app_clock').select('now').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.now;
}

export async function advanceManualClock(db: Executor, ms: number): Promise<Date> {
  const row = await sql<{ now: Date }>`
    update app_clock set now = now + make_interval(secs => ${ms / 1000}) where id = 1 returning now`.execute(
    db,
  );
  return row.rows[0]!.now;
}

export async function readManualClock(db: Executor): Promise<Date> {
  const row = await db.selectFrom('app_clock').select('now').where('id', '=', 1).executeTakeFirstOrThrow();
  return row.now;
}
