import { sql } from 'kysely';
import pg from 'pg';
import type { Executor, OpenedDatabase } from './db.ts';

/** The channel on which every process hears that cached configuration changed. */
const CHANNEL = 'sepakat_config';

/**
 * Tell every process (this one included) that cached configuration changed: sent with the
 * caller's transaction, so it is heard only once that commits.
 */
export async function announceConfigChange(db: Executor, what: string): Promise<void> {
  await sql`select pg_notify(${CHANNEL}, ${what})`.execute(db);
}

export interface ConfigListener {
  stop(): Promise<void>;
}

const RECONNECT_MS = [250, 1000, 2000, 5000];

/**
 * Listen for `announceConfigChange` from any process: `onChange` for each announcement, and
 * `onListening(false)` whenever announcements may be missed (not yet connected, the connection
 * lost), `onListening(true)` once they are heard again. On PostgreSQL this is a connection of its
 * own running LISTEN, reconnecting by itself; the embedded database has one process, whose
 * announcements PGlite delivers in process.
 */
export async function listenForConfigChanges(
  database: OpenedDatabase,
  handlers: {
    onChange(what: string): void;
    onListening(isListening: boolean): void;
    log: { warn(obj: unknown, msg: string): void };
  },
): Promise<ConfigListener> {
  if (database.pglite) {
    const unlisten = await database.pglite.listen(CHANNEL, (payload) => handlers.onChange(payload));
    handlers.onListening(true);
    return { stop: () => unlisten() };
  }
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: database.url! });
    const lost = (err?: Error) => {
      if (client !== next) return;
      client = null;
      handlers.onListening(false);
      if (stopped) return;
      handlers.log.warn({ err }, 'configuration change listener lost its connection; reconnecting');
      timer = setTimeout(() => void connect(), RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]);
    };
    next.on('notification', (message) => handlers.onChange(message.payload ?? ''));
    next.on('error', (err) => lost(err));
    next.on('end', () => lost());
    client = next;
    try {
      await next.connect();
      await next.query(`listen ${CHANNEL}`);
      failures = 0;
      handlers.onListening(true);
    } catch (err) {
      lost(err as Error);
      await next.end().catch(() => {});
    }
  };
  await connect();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const open = client;
      client = null;
      handlers.onListening(false);
      await open?.end().catch(() => {});
    },
  };
}
