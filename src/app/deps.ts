import type { Db } from '../store/db.ts';
import type { Clock } from './clock.ts';
import type { ConfigCache } from './config-cache.ts';
import type { FileStore, JobQueue, Mailer } from './ports.ts';

/** What every use case is handed by the composition root. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  /** Policy versions and webhook endpoints, read once (see config-cache.ts). */
  config: ConfigCache;
  files: FileStore;
  /** SMTP when SMTP_URL is set; without it e-mails are kept in the outbox. */
  mailer?: Mailer | null;
  /** Where webhook deliveries are queued; absent, no webhooks are sent (e.g. some unit-level tests). */
  jobs?: JobQueue | null;
  /** Where background work reports what went wrong (the HTTP server's logger in the app). */
  log?: { error(obj: unknown, msg: string): void };
}
