import { assessEligibility, type Eligibility } from '../domain/complaint/filing.ts';
import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { disputedQuantities, hasOpenComplaint } from '../store/complaints.repository.ts';
import { findOrder } from '../store/orders.repository.ts';
import { currentPolicy } from '../store/policy.repository.ts';
import type { AppDeps } from './deps.ts';

/** May the calling buyer file a complaint on this order, in which categories, and until when. */
export async function checkEligibility(
  deps: AppDeps,
  actor: Actor,
  orderId: string,
): Promise<Eligibility & { orderId: string }> {
  const order = await findOrder(deps.db, orderId);
  if (!order || order.buyerId !== actor.id)
    throw new DomainError('not_found', `Order ${orderId} was not found.`);
  const eligibility = assessEligibility(order, {
    now: deps.clock.now(),
    policy: await currentPolicy(deps.db),
    hasOpenComplaint: await hasOpenComplaint(deps.db, orderId),
    disputedBefore: await disputedQuantities(deps.db, orderId),
  });
  return { orderId, ...eligibility };
}
