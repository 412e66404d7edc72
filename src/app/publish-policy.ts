import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { Policy } from '../domain/policy.ts';
import { validatePolicyDocument } from '../domain/policy-validation.ts';
import { insertPolicyVersion } from '../store/policy.repository.ts';
import { requireAdmin } from './access.ts';
import type { AppDeps } from './deps.ts';

/** An admin publishes a new policy version; new complaints use it, open ones keep theirs. */
export async function publishPolicy(deps: AppDeps, actor: Actor, input: unknown): Promise<Policy> {
  requireAdmin(actor);
  const checked = validatePolicyDocument(input);
  if ('errors' in checked) {
    throw new DomainError(
      'policy_invalid',
      `The policy is not valid: ${checked.errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`,
      {
        errors: checked.errors,
      },
    );
  }
  return insertPolicyVersion(deps.db, checked.document, actor.id, deps.clock.now());
}
