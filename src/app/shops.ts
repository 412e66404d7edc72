import type { Actor, Address } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import { findShopReturnAddress, saveShopReturnAddress } from '../store/shops.repository.ts';
import type { AppDeps } from './deps.ts';

function mayManage(actor: Actor, shopId: string): boolean {
  return (
    actor.role === 'platform' ||
    actor.role === 'agent' ||
    (actor.role === 'seller' && actor.shopId === shopId)
  );
}

/** A shop's default return address, used as soon as a return starts on one of its complaints. */
export async function setShopReturnAddress(
  deps: AppDeps,
  actor: Actor,
  shopId: string,
  address: Address,
): Promise<Address> {
  if (!mayManage(actor, shopId)) throw new DomainError('not_found', `Shop ${shopId} was not found.`);
  await saveShopReturnAddress(deps.db, shopId, address, deps.clock.now());
  return address;
}

export async function getShopReturnAddress(deps: AppDeps, actor: Actor, shopId: string): Promise<Address> {
  if (!mayManage(actor, shopId)) throw new DomainError('not_found', `Shop ${shopId} was not found.`);
  const address = await findShopReturnAddress(deps.db, shopId);
  if (!address) throw new DomainError('not_found', `Shop ${shopId} has no default return address.`);
  return address;
}
