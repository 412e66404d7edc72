import { leaseDueEmail, recordEmailResult } from '../store/email.repository.ts';
import type { AppDeps } from './deps.ts';

const MAX_ATTEMPTS = 5;
/** Longer than a send can take (the SMTP timeouts add up to well under this). */
const LEASE_MS = 5 * 60_000;

/**
 * Send the e-mails that are due. Each is leased (SKIP LOCKED) in a short transaction and sent
 * outside any transaction, so a slow SMTP server never holds the database. Without an SMTP server
 * they are kept in the outbox. A failed send is retried with exponential back-off (1, 2, 4, 8
 * minutes) and then marked failed; a worker that dies mid-send leaves it to be sent again when its
 * lease runs out (at least once).
 */
export async function sendDueEmails(deps: AppDeps, max = 200): Promise<number> {
  let handled = 0;
  for (; handled < max; handled++) {
    const email = await leaseDueEmail(deps.db, deps.clock.now(), LEASE_MS);
    if (!email) break;
    if (!deps.mailer) {
      await recordEmailResult(deps.db, email.id, { status: 'kept' }, deps.clock.now());
      continue;
    }
    try {
      await deps.mailer.send({ to: email.to, subject: email.subject, text: email.body });
      await recordEmailResult(deps.db, email.id, { status: 'sent' }, deps.clock.now());
    } catch (err) {
      const now = deps.clock.now();
      const attempts = email.attempts + 1;
      const retry = attempts < MAX_ATTEMPTS;
      await recordEmailResult(
        deps.db,
        email.id,
        {
          status: retry ? 'pending' : 'failed',
          error: (err as Error).message.slice(0, 500),
          ...(retry ? { nextAttemptAt: new Date(now.getTime() + 60_000 * 2 ** (attempts - 1)) } : {}),
        },
        now,
      );
    }
  }
  return handled;
}
