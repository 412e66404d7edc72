import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { accountBalance, accountPostings } from '../store/ledger.repository.ts';
import { decodeCursor, encodeCursor } from './complaint-queries.ts';
import type { AppDeps } from './deps.ts';

/** Owners read their own balances; the platform and agents read every account (SPEC 7). */
function mayRead(actor: Actor, accountId: string): boolean {
  if (actor.role === 'platform' || actor.role === 'agent') return true;
  const [type, owner] = accountId.split(':');
  if (actor.role === 'buyer')
    return (type === 'buyer_refund' || type === 'buyer_credit') && owner === actor.id;
  if (actor.role === 'seller') return type === 'seller_payable' && owner === actor.shopId;
  return false;
}

const isPostingCursor = (v: unknown): v is { id: number } =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { id: number }).id);

export async function readAccount(
  deps: AppDeps,
  actor: Actor,
  accountId: string,
  page: { limit: number; cursor?: string | undefined },
) {
  if (!mayRead(actor, accountId)) throw new DomainError('not_found', `Account ${accountId} was not found.`);
  const before = decodeCursor(page.cursor, isPostingCursor);
  const postings = await accountPostings(deps.db, accountId, {
    limit: page.limit + 1,
    beforeId: before?.id ?? null,
  });
  const pagePostings = postings.slice(0, page.limit);
  const last = pagePostings.at(-1);
  const [type, ...owner] = accountId.split(':');
  return {
    id: accountId,
    type,
    ownerId: owner.length ? owner.join(':') : null,
    balance: await accountBalance(deps.db, accountId),
    postings: pagePostings.map((p) => ({ ...p, id: String(p.id), createdAt: p.createdAt.toISOString() })),
    nextCursor: postings.length > page.limit && last ? encodeCursor({ id: last.id }) : null,
  };
}
