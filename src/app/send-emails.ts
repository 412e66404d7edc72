import { claimDueEmail, recordEmailResult } from '../store/email.repository.ts';
import type { AppDeps } from './deps.ts';

const MAX_ATTEMPTS = 5;

/**
 * Send the e-mails that are due, each claimed with SKIP LOCKED in its own transaction. Without an
 * SMTP server they are kept in the outbox. A failed send is retried with exponential back-off
 * (1, 2, 4, 8 minutes) and then marked failed; a crash mid-send may send one twice (at least once).
 */
export async function sendDueEmails(deps: AppDeps, max = 200): Promise<number> {
  let handled = 0;
  for (; handled < max; handled++) {
    const more = await deps.db.transaction().execute(async (tx) => {
      const now = deps.clock.now();
      const email = await claimDueEmail(tx, now);
      if (!email) return false;
      if (!deps.mailer) {
        await recordEmailResult(tx, email.id, { status: 'kept' }, now);
        return true;
      }
      try {
        await deps.mailer.send({ to: email.to, subject: email.subject, text: email.body });
        await recordEmailResult(tx, email.id, { status: 'sent' }, now);
      } catch (err) {
        const attempts = email.attempts + 1;
        const retry = attempts < MAX_ATTEMPTS;
        await recordEmailResult(
          tx,
          email.id,
          {
            status: retry ? 'pending' : 'failed',
            error: (err as Error).message.slice(0, 500),
            ...(retry ? { nextAttemptAt: new Date(now.getTime() + 60_000 * 2 ** (attempts - 1)) } : {}),
          },
          now,
        );
      }
      return true;
    });
    if (!more) break;
  }
  return handled;
}
