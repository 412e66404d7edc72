import type { ManualClock } from '../app/clock.ts';
import type { AppDeps } from '../app/deps.ts';
import { fireDueDeadlines, type EngineSettings } from '../app/fire-due-deadlines.ts';
import { sendDueReminders } from '../app/notify.ts';
import { sendDueEmails } from '../app/send-emails.ts';

export interface Worker {
  stop(): Promise<void>;
  readonly isRunning: boolean;
  readonly lastTickAt: Date | null;
}

/** Batches per lane in one sweep: a long backlog still lets reminders and e-mails through between sweeps. */
const MAX_BATCHES_PER_SWEEP = 40;

/**
 * The deadline engine's loop in one process: sweeps for due reminders, deadlines and e-mails
 * every `pollMs`, and at once again while a sweep found more than it could finish. Any number of
 * these may run, in any number of processes: claims use SKIP LOCKED, so each deadline fires once.
 */
export function startDeadlineWorker(
  deps: AppDeps,
  opts: {
    pollMs: number;
    engine: EngineSettings;
    manualClock: ManualClock | null;
    log: { error(obj: unknown, msg: string): void };
  },
): Worker {
  let running = true;
  let lastTickAt: Date | null = null;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  /** One sweep; true when it stopped with work left over. */
  const tick = async (): Promise<boolean> => {
    let isBehind = false;
    try {
      await opts.manualClock?.refresh();
      // reminders first: those due before a deadline go out before it fires
      await sendDueReminders(deps, 500);
      ({ hasMore: isBehind } = await fireDueDeadlines(deps, opts.engine, MAX_BATCHES_PER_SWEEP));
      await sendDueEmails(deps, 200);
    } catch (err) {
      opts.log.error({ err }, 'deadline sweep failed; retrying on the next tick');
    }
    lastTickAt = new Date();
    return isBehind;
  };
  const schedule = (delay: number) => {
    if (!running) return;
    timer = setTimeout(() => {
      current = tick().then((isBehind) => schedule(isBehind ? 0 : opts.pollMs));
    }, delay);
  };
  schedule(opts.pollMs);

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
