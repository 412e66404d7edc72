import type { Ctx } from '../domain/complaint/lifecycle.ts';
import type { Complaint } from '../domain/complaint/types.ts';
import type { Policy } from '../domain/policy.ts';
import type { Executor } from '../store/db.ts';
import { findShopReturnAddress } from '../store/shops.repository.ts';
import { calendarFor } from './holidays.ts';

/** Everything `decide` needs besides the complaint: time, policy, working days, the shop's return address. */
export async function contextFor(db: Executor, c: Complaint, policy: Policy, now: Date): Promise<Ctx> {
  const year = now.getUTCFullYear();
  return {
    now,
    policy,
    calendar: calendarFor(policy.document, [year, year + 1]),
    shopReturnAddress: await findShopReturnAddress(db, c.shopId),
  };
}
