import { DomainError } from '../domain/errors.ts';
import type { Executor } from './db.ts';

export interface Posting {
  accountId: string;
  amount: number;
}

export interface LedgerEntry {
  id: string;
  key: string;
  kind: string;
  complaintId: string | null;
  orderId: string | null;
  currency: string;
  postings: Posting[];
}

/**
 * Write balanced ledger transactions, each once per `key`: one whose key was posted before is
 * skipped. Postings must sum to zero; an escrow account may never go negative. Three statements
 * however many transactions (a settlement has up to five lines). Returns the keys written now.
 */
export async function postOnce(db: Executor, entries: LedgerEntry[], now: Date): Promise<Set<string>> {
  for (const e of entries) {
    const sum = e.postings.reduce((s, p) => s + p.amount, 0);
    if (sum !== 0) throw new Error(`unbalanced ledger transaction ${e.key}: postings sum to ${sum}`);
  }
  if (entries.length === 0) return new Set();
  const inserted = await db
    .insertInto('ledger_transactions')
    .values(
      entries.map((e) => ({
        id: e.id,
        key: e.key,
        kind: e.kind,
        complaint_id: e.complaintId,
        order_id: e.orderId,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .execute();
  const written = new Set(inserted.map((r) => r.key));
  const movements = entries
    .filter((e) => written.has(e.key))
    .flatMap((e) =>
      e.postings
        .filter((p) => p.amount !== 0)
        .map((p) => ({
          transaction_id: e.id,
          account_id: p.accountId,
          currency: e.currency,
          amount: p.amount,
          created_at: now,
        })),
    );
  if (movements.length > 0) await db.insertInto('ledger_postings').values(movements).execute();
  const debitedEscrows = [
    ...new Set(
      movements
        .filter((m) => m.amount < 0 && m.account_id.startsWith('order_escrow:'))
        .map((m) => m.account_id),
    ),
  ];
  if (debitedEscrows.length > 0) {
    const balances = await db
      .selectFrom('ledger_postings')
      .select(['account_id', (eb) => eb.fn.sum<string>('amount').as('balance')])
      .where('account_id', 'in', debitedEscrows)
      .groupBy('account_id')
      .execute();
    for (const b of balances) {
      if (Number(b.balance) < 0)
        throw new DomainError('conflict', `Escrow ${b.account_id} would go negative (${b.balance}).`);
    }
  }
  return written;
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
