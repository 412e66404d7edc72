import type { ManualClock } from '../app/clock.ts';
import type { AppDeps } from '../app/deps.ts';
import { fireDueDeadlines } from '../app/fire-due-deadlines.ts';
import { sendDueReminders } from '../app/notify.ts';
import { sendDueEmails } from '../app/send-emails.ts';

export interface Worker {
  stop(): Promise<void>;
  readonly isRunning: boolean;
  readonly lastTickAt: Date | null;
}

/**
 * Polls for due deadlines and fires them through the use case. Any number of these may run, in
 * any number of processes: the claim (SKIP LOCKED) makes each deadline fire once.
 */
export function startDeadlineWorker(
  deps: AppDeps,
  opts: { pollMs: number; manualClock: ManualClock | null; log: { error(obj: unknown, msg: string): void } },
): Worker {
  let running = true;
  let lastTickAt: Date | null = null;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      await opts.manualClock?.refresh();
      // reminders first: those due before a deadline go out before it fires
      await sendDueReminders(deps, 500);
      await fireDueDeadlines(deps, 500);
      await sendDueEmails(deps, 200);
    } catch (err) {
      opts.log.error({ err }, 'deadline sweep failed; retrying on the next tick');
    }
    lastTickAt = new Date();
  };
  const schedule = () => {
    if (!running) return;
    timer = setTimeout(() => {
      current = tick().finally(schedule);
    }, opts.pollMs);
  };
  schedule();

  return {
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
    get isRunning() {
      return running;
    },
    get lastTickAt() {
      return lastTickAt;
    },
  };
}
