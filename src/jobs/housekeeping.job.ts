import type { Db } from '../store/db.ts';
import { purgeOldKeys } from '../store/idempotency.repository.ts';

/** How long an Idempotency-Key is remembered: a client retries within minutes, not days. */
const KEY_RETENTION_MS = 24 * 3_600_000;

/** Hourly clean-up of what would otherwise grow forever (idempotency keys). */
export function startHousekeeping(db: Db, log: { error(obj: unknown, msg: string): void }): { stop(): void } {
  const run = () =>
    purgeOldKeys(db, new Date(Date.now() - KEY_RETENTION_MS)).catch((err: unknown) =>
      log.error({ err }, 'housekeeping failed'),
    );
  const timer = setInterval(run, 3_600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
