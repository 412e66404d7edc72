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
