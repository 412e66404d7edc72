import { sql } from 'kysely';
import type { Executor } from './db.ts';
import type { PayoutRow } from './schema.ts';

export interface Payout {
  id: string;
  complaintId: string;
  orderId: string;
  lineKind: string;
  recipient: { role: 'buyer' | 'seller'; id: string };
  accountId: string;
  fundedBy: string;
  currency: string;
  amount: number;
  status: 'pending' | 'confirmed';
  dueAt: Date;
  createdAt: Date;
  confirmedAt: Date | null;
  confirmationReference: string | null;
}

function toPayout(r: PayoutRow): Payout {
  return {
    id: r.id,
    complaintId: r.complaint_id,
    orderId: r.order_id,
    lineKind: r.line_kind,
    recipient: { role: r.recipient_role as 'buyer' | 'seller', id: r.recipient_id },
    accountId: r.account_id,
    fundedBy: r.funded_by,
    currency: r.currency,
    amount: r.amount,
    status: r.status as Payout['status'],
    dueAt: r.due_at,
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
    confirmationReference: r.confirmation_reference,
  };
}

/** One instruction per complaint and line: a second insert of the same line does nothing. */
export type NewPayout = Omit<Payout, 'status' | 'confirmedAt' | 'confirmationReference'>;

/** Insert payout instructions, each once per complaint and line kind; returns the ids written now. */
export async function insertPayouts(db: Executor, payouts: NewPayout[]): Promise<Set<string>> {
  if (payouts.length === 0) return new Set();
  const rows = await db
    .insertInto('payouts')
    .values(
      payouts.map((p) => ({
        id: p.id,
        complaint_id: p.complaintId,
        order_id: p.orderId,
        line_kind: p.lineKind,
        recipient_role: p.recipient.role,
        recipient_id: p.recipient.id,
        account_id: p.accountId,
        funded_by: p.fundedBy,
        currency: p.currency,
        amount: p.amount,
        status: 'pending',
        due_at: p.dueAt,
        created_at: p.createdAt,
      })),
    )
    .onConflict((oc) => oc.columns(['complaint_id', 'line_kind']).doNothing())
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function findPayout(
  db: Executor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<Payout | null> {
  let query = db.selectFrom('payouts').selectAll().where('id', '=', id);
  if (opts.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toPayout(row) : null;
}

export async function confirmPayout(
  db: Executor,
  id: string,
  reference: string | null,
  now: Date,
): Promise<void> {
  await db
    .updateTable('payouts')
    .set({ status: 'confirmed', confirmed_at: now, confirmation_reference: reference })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export interface PayoutFilter {
  complaintId?: string;
  status?: 'pending' | 'confirmed';
  dueBefore?: Date;
  recipient?: { role: string; id: string };
}

/** Earliest due first, keyset-paginated on (due_at, id). */
export async function listPayouts(
  db: Executor,
  filter: PayoutFilter,
  page: { limit: number; after: { dueAt: string; id: string } | null },
): Promise<Payout[]> {
  let query = db.selectFrom('payouts').selectAll();
  if (filter.complaintId) query = query.where('complaint_id', '=', filter.complaintId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.dueBefore) query = query.where('due_at', '<=', filter.dueBefore);
  if (filter.recipient)
    query = query
      .where('recipient_role', '=', filter.recipient.role)
      .where('recipient_id', '=', filter.recipient.id);
  if (page.after)
    query = query.where(sql<boolean>`(due_at, id) > (${page.after.dueAt}::timestamptz, ${page.after.id})`);
  const rows = await query.orderBy('due_at').orderBy('id').limit(page.limit).execute();
  return rows.map(toPayout);
}
