import { sql } from 'kysely';
import type { Executor } from './db.ts';
import type { CompensationClaimRow } from './schema.ts';

export interface CompensationClaim {
  id: string;
  complaintId: string;
  buyerId: string;
  currency: string;
  amount: number;
  status: 'pending' | 'approved' | 'rejected';
  dueAt: Date;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
}

function toClaim(r: CompensationClaimRow): CompensationClaim {
  return {
    id: r.id,
    complaintId: r.complaint_id,
    buyerId: r.buyer_id,
    currency: r.currency,
    amount: r.amount,
    status: r.status as CompensationClaim['status'],
    dueAt: r.due_at,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    decisionReason: r.decision_reason,
  };
}

export async function insertClaim(
  db: Executor,
  c: Omit<CompensationClaim, 'status' | 'decidedAt' | 'decisionReason'>,
): Promise<void> {
  await db
    .insertInto('compensation_claims')
    .values({
      id: c.id,
      complaint_id: c.complaintId,
      buyer_id: c.buyerId,
      currency: c.currency,
      amount: c.amount,
      status: 'pending',
      due_at: c.dueAt,
      created_at: c.createdAt,
    })
    .onConflict((oc) => oc.column('complaint_id').doNothing())
    .execute();
}

export async function findClaim(db: Executor, id: string): Promise<CompensationClaim | null> {
  const row = await db.selectFrom('compensation_claims').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toClaim(row) : null;
}

export async function findClaimOfComplaint(
  db: Executor,
  complaintId: string,
): Promise<CompensationClaim | null> {
  const row = await db
    .selectFrom('compensation_claims')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .executeTakeFirst();
  return row ? toClaim(row) : null;
}

export async function recordClaimDecision(
  db: Executor,
  complaintId: string,
  status: 'approved' | 'rejected',
  reason: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('compensation_claims')
    .set({ status, decided_at: now, decision_reason: reason })
    .where('complaint_id', '=', complaintId)
    .where('status', '=', 'pending')
    .execute();
}

export async function listClaims(
  db: Executor,
  filter: { status?: string; overdueAt?: Date; buyerId?: string },
  page: { limit: number; after: { dueAt: string; id: string } | null },
): Promise<CompensationClaim[]> {
  let query = db.selectFrom('compensation_claims').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.buyerId) query = query.where('buyer_id', '=', filter.buyerId);
  if (filter.overdueAt) query = query.where('status', '=', 'pending').where('due_at', '<', filter.overdueAt);
  if (page.after)
    query = query.where(sql<boolean>`(due_at, id) > (${page.after.dueAt}::timestamptz, ${page.after.id})`);
  const rows = await query.orderBy('due_at').orderBy('id').limit(page.limit).execute();
  return rows.map(toClaim);
}
