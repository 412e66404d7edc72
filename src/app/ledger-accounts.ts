import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { accounts } from '../domain/ledger.ts';
import { accountBalance, accountPostings } from '../store/ledger.repository.ts';
import { decodeCursor, isRowId, pageOf } from './cursors.ts';
import type { AppDeps } from './deps.ts';

/** Owners read their own balances; the platform and agents read every account (SPEC 7). */
function mayRead(actor: Actor, accountId: string): boolean {
  if (actor.role === 'platform' || actor.role === 'agent') return true;
  // Whole ids, never prefixes: `buyer_refund:alice:2` is not alice's.
  if (actor.role === 'buyer')
    return accountId === accounts.buyerRefund(actor.id) || accountId === accounts.buyerCredit(actor.id);
  if (actor.role === 'seller')
    return actor.shopId !== undefined && accountId === accounts.sellerPayable(actor.shopId);
  return false;
}

export async function readAccount(
  deps: AppDeps,
  actor: Actor,
  accountId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  if (!mayRead(actor, accountId)) throw new DomainError('not_found', `Account ${accountId} was not found.`);
  const before = decodeCursor(page.cursor, isRowId);
  const postings = await accountPostings(deps.db, accountId, {
    limit: page.limit + 1,
    beforeId: before?.id ?? null,
  });
  const { rows: pagePostings, nextCursor } = pageOf(postings, page.limit, (last) => ({ id: last.id }));
  const [type, ...owner] = accountId.split(':');
  return {
    id: accountId,
    type,
    ownerId: owner.length ? owner.join(':') : null,
    balance: await accountBalance(deps.db, accountId),
    postings: pagePostings.map((p) => ({ ...p, id: String(p.id), createdAt: p.createdAt.toISOString() })),
    nextCursor,
  };
}
