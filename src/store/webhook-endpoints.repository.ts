import type { Executor } from './db.ts';

export interface EnabledEndpoint {
  id: string;
  eventTypes: string[];
}

/** The endpoints that receive webhooks now, with the event types each subscribed to. */
export async function listEnabledEndpoints(db: Executor): Promise<EnabledEndpoint[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'event_types'])
    .where('enabled', '=', true)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, eventTypes: r.event_types }));
}
