import { sql, type RawBuilder } from 'kysely';
import type { ListRow } from '../domain/complaint/list-row.ts';
import type { Executor } from './db.ts';

/**
 * The agents' queue in SQL. Its order is (tier, due, key):
 *
 * - tier 0, breaches: open complaints past an agent SLA (by when the breached deadline fell due,
 *   `complaints_queue_breached`) and Pasti Ori claims past their decision date
 *   (`compensation_claims_status_due`);
 * - tier 1, everything else by its earliest running deadline: open complaints due before `soon`
 *   (`complaints_queue_due`), then escalations due later (`complaints_queue_escalated`); the first
 *   set's deadlines all come before the second's, so one order holds for both.
 *
 * Each part is an index scan from the cursor that stops after `limit` rows, and the page is the
 * first `limit` of their merge, so the cost of a page does not grow with the queue.
 */
export interface QueueQuery {
  now: Date;
  soon: Date;
  /** `null`: unassigned only; a string: that agent's; absent: everyone's. */
  assignee?: string | null;
  program?: string;
  category?: string;
  status?: string[];
  breaching?: boolean;
}

export interface QueueCursor {
  tier: 0 | 1;
  due: string;
  key: string;
}

export type QueueRow =
  | { source: 'complaint'; tier: 0 | 1; due: Date; key: string; row: ListRow }
  | { source: 'claim'; tier: 0; due: Date; key: string; claimId: string; complaintId: string };

const OPEN = sql`status not in ('resolved', 'closed')`;

function complaintFilters(q: QueueQuery): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  if (q.assignee === null) where.push(sql`assigned_agent_id is null`);
  else if (q.assignee !== undefined) where.push(sql`assigned_agent_id = ${q.assignee}`);
  if (q.program !== undefined) where.push(sql`program = ${q.program}`);
  if (q.category !== undefined) where.push(sql`category = ${q.category}`);
  if (q.status?.length) where.push(sql`status in (${sql.join(q.status)})`);
  return where;
}

/** Overdue compensation claims are Pasti Ori counterfeit complaints, resolved, and nobody's. */
function claimsMatch(q: QueueQuery): boolean {
  return (
    (q.assignee === undefined || q.assignee === null) &&
    (q.program === undefined || q.program === 'pasti_ori') &&
    (q.category === undefined || q.category === 'counterfeit') &&
    (!q.status?.length || q.status.includes('resolved')) &&
    q.breaching !== false
  );
}

interface Part {
  tier: 0 | 1;
  source: 'complaint' | 'claim';
  due: RawBuilder<unknown>;
  key: RawBuilder<unknown>;
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>[];
}

function parts(q: QueueQuery): Part[] {
  const filters = complaintFilters(q);
  const list: Part[] = [];
  if (q.breaching !== false) {
    list.push({
      tier: 0,
      source: 'complaint',
      due: sql`breached_at`,
      key: sql`id`,
      from: sql`complaints`,
      where: [sql`is_breaching`, OPEN, ...filters],
    });
    if (claimsMatch(q))
      list.push({
        tier: 0,
        source: 'claim',
        due: sql`due_at`,
        key: sql`id`,
        from: sql`compensation_claims`,
        where: [sql`status = 'pending'`, sql`due_at < ${q.now}`],
      });
  }
  if (q.breaching !== true) {
    list.push({
      tier: 1,
      source: 'complaint',
      due: sql`next_due_at`,
      key: sql`id`,
      from: sql`complaints`,
      where: [sql`not is_breaching`, OPEN, sql`next_due_at <= ${q.soon}`, ...filters],
    });
    list.push({
      tier: 1,
      source: 'complaint',
      due: sql`next_due_at`,
      key: sql`id`,
      from: sql`complaints`,
      where: [sql`status = 'escalated'`, sql`not is_breaching`, sql`next_due_at > ${q.soon}`, ...filters],
    });
  }
  return list;
}

/** A part's page: only index columns, so that its scan never reads the table. */
function partSelect(p: Part, after: QueueCursor | null, limit: number): RawBuilder<unknown> | null {
  const where = [...p.where];
  if (after && after.tier > p.tier) return null;
  if (after && after.tier === p.tier)
    where.push(sql`(${p.due}, ${p.key}) > (${after.due}::timestamptz, ${after.key})`);
  const complaintId = p.source === 'complaint' ? sql`null::text` : sql`complaint_id`;
  return sql`(select ${sql.lit(p.tier)}::int as tier, ${sql.lit(p.source)}::text as source, ${p.due} as due,
      ${p.key} as key, ${complaintId} as complaint_id
    from ${p.from} where ${sql.join(where, sql` and `)}
    order by ${p.due}, ${p.key} limit ${limit})`;
}

/** One page of the queue, from `after` (exclusive); the list rows are read for that page only. */
export async function queuePage(
  db: Executor,
  q: QueueQuery,
  after: QueueCursor | null,
  limit: number,
): Promise<QueueRow[]> {
  const selects = parts(q)
    .map((p) => partSelect(p, after, limit))
    .filter((s): s is RawBuilder<unknown> => s !== null);
  if (selects.length === 0) return [];
  const result = await sql<{
    tier: number;
    source: 'complaint' | 'claim';
    due: Date;
    key: string;
    list_row: ListRow | null;
    complaint_id: string | null;
  }>`select page.*, c.list_row
    from (select * from (${sql.join(selects, sql` union all `)}) parts order by tier, due, key limit ${limit}) page
    left join complaints c on page.source = 'complaint' and c.id = page.key
    order by page.tier, page.due, page.key`.execute(db);
  return result.rows.map((r) =>
    r.source === 'complaint'
      ? { source: 'complaint', tier: r.tier as 0 | 1, due: r.due, key: r.key, row: r.list_row! }
      : { source: 'claim', tier: 0, due: r.due, key: r.key, claimId: r.key, complaintId: r.complaint_id! },
  );
}

/**
 * How many items the queue holds, counted exactly up to `cap` (past it, the answer is `cap` and
 * `isExact` false): counting a very long queue would cost more than the page itself.
 */
export async function queueCount(
  db: Executor,
  q: QueueQuery,
  cap: number,
): Promise<{ total: number; isExact: boolean }> {
  const counts = parts(q).map(
    (p) =>
      sql`(select count(*) from (select 1 from ${p.from} where ${sql.join(p.where, sql` and `)} limit ${cap + 1}) part)`,
  );
  const result = await sql<{ total: string }>`select ${sql.join(counts, sql` + `)} as total`.execute(db);
  const total = Number(result.rows[0]!.total);
  return total > cap ? { total: cap, isExact: false } : { total, isExact: true };
}
