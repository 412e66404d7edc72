import type { Actor, Complaint } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';

/** Authorization is per complaint: parties see their own, agents and the platform all (SPEC 1). */
export function canSeeComplaint(actor: Actor, c: Pick<Complaint, 'buyerId' | 'shopId' | 'program'>): boolean {
  switch (actor.role) {
    case 'buyer':
      return c.buyerId === actor.id;
    case 'seller':
      return actor.shopId !== undefined && c.shopId === actor.shopId;
    case 'agent':
    case 'platform':
    case 'system':
      return true;
    case 'insurer':
      return c.program === 'pasti_ori';
  }
}

export function requireRole(actor: Actor, roles: readonly Actor['role'][]): void {
  if (!roles.includes(actor.role)) {
    throw new DomainError(
      'forbidden',
      `This needs the ${roles.join(' or ')} role; the caller is ${actor.role}.`,
    );
  }
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== 'agent' || !actor.isAdmin)
    throw new DomainError('forbidden', 'This needs an agent with the admin right.');
}

export function complaintNotFound(id: string): DomainError {
  return new DomainError('not_found', `Complaint ${id} was not found.`);
}
