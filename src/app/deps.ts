import type { Db } from '../store/db.ts';
import type { Clock } from './clock.ts';
import type { FileStore } from './ports.ts';

/** What every use case is handed by the composition root. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  files: FileStore;
  /** Where background work reports what went wrong (the HTTP server's logger in the app). */
  log?: { error(obj: unknown, msg: string): void };
}
