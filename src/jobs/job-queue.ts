import { PgBoss, fromKysely, fromPglite, type JobWithMetadata } from 'pg-boss';
import type { AppDeps } from '../app/deps.ts';
import type { JobQueue } from '../app/ports.ts';
import { attemptDelivery } from '../app/webhooks.ts';
import type { OpenedDatabase, Tx } from '../store/db.ts';

export const WEBHOOK_QUEUE = 'webhook-delivery';

export interface QueueSettings {
  /** First retry after this many seconds, then doubling (with jitter) up to an hour. */
  retryDelaySeconds: number;
  retryLimit: number;
}

/**
 * The PostgreSQL-backed job queue (pg-boss) for side effects: webhook deliveries. It runs on the
 * embedded database too. Jobs are enqueued through the business transaction (`fromKysely(tx)`), so
 * a rolled-back change queues nothing; delivery is at least once, retried with exponential back-off.
 */
export async function startJobQueue(
  database: OpenedDatabase,
  settings: QueueSettings,
  log: { error(obj: unknown, msg: string): void },
): Promise<{ jobs: JobQueue; startWorkers(deps: AppDeps): Promise<void>; stop(): Promise<void> }> {
  const boss = database.pglite
    ? new PgBoss({ db: fromPglite(database.pglite as never), backend: 'pglite', schedule: false })
    : new PgBoss({ connectionString: database.url!, max: 4, schedule: false });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  if (!(await boss.getQueue(WEBHOOK_QUEUE))) {
    await boss.createQueue(WEBHOOK_QUEUE, {
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: 3600,
      expireInSeconds: 60,
    });
  }
  return {
    jobs: {
      async enqueueWebhookDeliveries(tx, deliveryIds) {
        if (deliveryIds.length === 0) return;
        await boss.insert(
          WEBHOOK_QUEUE,
          deliveryIds.map((deliveryId) => ({ data: { deliveryId } })),
          { db: fromKysely(tx as Tx) },
        );
      },
    },
    async startWorkers(deps) {
      await boss.work<{ deliveryId: string }>(
        WEBHOOK_QUEUE,
        { pollingIntervalSeconds: 0.5, includeMetadata: true },
        async (jobs) => {
          for (const job of jobs as JobWithMetadata<{ deliveryId: string }>[]) {
            await attemptDelivery(deps, job.data.deliveryId, job.retryCount >= job.retryLimit);
          }
        },
      );
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
