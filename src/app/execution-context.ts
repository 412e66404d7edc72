import type { Ctx } from '../domain/complaint/lifecycle.ts';
import type { Address, Complaint } from '../domain/complaint/types.ts';
import type { Policy } from '../domain/policy.ts';
import type { Executor } from '../store/db.ts';
import { findShopReturnAddress } from '../store/shops.repository.ts';
import { calendarFor } from './holidays.ts';

/** Shops' default return addresses read beforehand (the deadline engine reads a batch's at once). */
export type ShopAddresses = ReadonlyMap<string, Address | null>;

/** Everything `decide` needs besides the complaint: time, policy, working days, the shop's return address. */
export async function contextFor(
  db: Executor,
  c: Complaint,
  policy: Policy,
  now: Date,
  shopAddresses?: ShopAddresses,
): Promise<Ctx> {
  const year = now.getUTCFullYear();
  return {
    now,
    policy,
    calendar: calendarFor(policy.document, [year, year + 1]),
    shopReturnAddress: shopAddresses?.has(c.shopId)
      ? shopAddresses.get(c.shopId)!
      : await findShopReturnAddress(db, c.shopId),
  };
}
