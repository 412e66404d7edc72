import { DomainError } from '../domain/errors.ts';
import type { Executor } from './db.ts';

export interface Posting {
  accountId: string;
  amount: number;
}

/**
 * Write one balanced ledger transaction, once per `key`: a second call with the same key does
 * nothing. Postings must sum to zero; an escrow account may never go negative.
 */
export async function postOnce(
  db: Executor,
  tx: {
    id: string;
    key: string;
    kind: string;
    complaintId: string | null;
    orderId: string | null;
    currency: string;
  },
  postings: Posting[],
  now: Date,
): Promise<boolean> {
  const sum = postings.reduce((s, p) => s + p.amount, 0);
  if (sum !== 0) throw new Error(`unbalanced ledger transaction ${tx.key}: postings sum to ${sum}`);
  const inserted = await db
    .insertInto('ledger_transactions')
    .values({
      id: tx.id,
      key: tx.key,
      kind: tx.kind,
      complaint_id: tx.complaintId,
      order_id: tx.orderId,
      created_at: now,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  const movements = postings.filter((p) => p.amount !== 0);
  if (movements.length > 0) {
    await db
      .insertInto('ledger_postings')
      .values(
        movements.map((p) => ({
          transaction_id: tx.id,
          account_id: p.accountId,
          currency: tx.currency,
          amount: p.amount,
          created_at: now,
        })),
      )
      .execute();
  }
  for (const p of movements) {
    if (p.amount < 0 && p.accountId.startsWith('order_escrow:')) {
      const balance = await accountBalance(db, p.accountId);
      if (balance < 0)
        throw new DomainError('conflict', `Escrow ${p.accountId} would go negative (${balance}).`);
    }
  }
  return true;
}

export async function accountBalance(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom('ledger_postings')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('amount'), eb.lit(0)).as('balance'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.balance);
}

export interface AccountPosting {
  id: number;
  transactionId: string;
  kind: string;
  complaintId: string | null;
  orderId: string | null;
  currency: string;
  amount: number;
  createdAt: Date;
}

export async function accountPostings(
  db: Executor,
  accountId: string,
  page: { limit: number; beforeId: number | null },
): Promise<AccountPosting[]> {
  let query = db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_transactions as t', 't.id', 'p.transaction_id')
    .select([
      'p.id',
      'p.transaction_id',
      't.kind',
      't.complaint_id',
      't.order_id',
      'p.currency',
      'p.amount',
      'p.created_at',
    ])
    .where('p.account_id', '=', accountId);
  if (page.beforeId !== null) query = query.where('p.id', '<', page.beforeId);
  const rows = await query.orderBy('p.id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    transactionId: r.transaction_id,
    kind: r.kind,
    complaintId: r.complaint_id,
    orderId: r.order_id,
    currency: r.currency,
    amount: r.amount,
    createdAt: r.created_at,
  }));
}
