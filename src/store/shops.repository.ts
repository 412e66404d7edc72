import type { Address } from '../domain/complaint/types.ts';
import type { Executor } from './db.ts';

export async function findShopReturnAddress(db: Executor, shopId: string): Promise<Address | null> {
  const row = await db
    .selectFrom('shops')
    .select('return_address')
    .where('id', '=', shopId)
    .executeTakeFirst();
  return (row?.return_address as Address | null | undefined) ?? null;
}

/** The default return addresses of several shops at once (null for a shop without one). */
export async function findShopReturnAddresses(
  db: Executor,
  shopIds: readonly string[],
): Promise<Map<string, Address | null>> {
  const found = new Map<string, Address | null>(shopIds.map((id) => [id, null]));
  if (shopIds.length === 0) return found;
  const rows = await db
    .selectFrom('shops')
    .select(['id', 'return_address'])
    .where('id', 'in', shopIds)
    .execute();
  for (const row of rows) found.set(row.id, (row.return_address as Address | null) ?? null);
  return found;
}

export async function saveShopReturnAddress(
  db: Executor,
  shopId: string,
  address: Address,
  now: Date,
): Promise<void> {
  const values = { return_address: JSON.stringify(address), updated_at: now };
  await db
    .insertInto('shops')
    .values({ id: shopId, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
