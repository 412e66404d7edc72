import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { Actor, TimelineEvent } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';
import type { Executor, Tx } from '../store/db.ts';
import { requireRole } from './access.ts';
import type { AppDeps } from './deps.ts';
import { newId } from './ids.ts';
import { announceConfigChange } from '../store/config-changes.ts';

/** After this many deliveries in a row failed for good, an endpoint is disabled until the platform re-enables it. */
const DISABLE_AFTER_FAILURES = 5;
const TIMEOUT_MS = 10_000;

function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export interface WebhookMessage {
  type: string;
  data: Record<string, unknown>;
}

/**
 * Queue each message for every enabled endpoint subscribed to its type, in the caller's
 * transaction: nothing is sent for a change that rolled back, and nothing committed is lost
 * (SPEC 5). The endpoints come from the config cache; all deliveries are written with one insert
 * and their jobs with one more, however many messages and endpoints there are.
 */
export async function queueWebhooks(
  tx: Tx,
  deps: AppDeps,
  messages: WebhookMessage[],
  now: Date,
): Promise<void> {
  if (!deps.jobs || messages.length === 0) return;
  const endpoints = await deps.config.webhookEndpoints(tx);
  const deliveries = messages.flatMap(({ type, data }) =>
    endpoints
      .filter((e) => e.eventTypes.includes('*') || e.eventTypes.includes(type))
      .map((endpoint) => {
        const id = newId('msg');
        const payload = JSON.stringify({ id, type, timestamp: now.toISOString(), data });
        return {
          id,
          endpoint_id: endpoint.id,
          event_type: type,
          payload,
          status: 'pending',
          created_at: now,
        };
      }),
  );
  if (deliveries.length === 0) return;
  await tx.insertInto('webhook_deliveries').values(deliveries).execute();
  await deps.jobs.enqueueWebhookDeliveries(
    tx,
    deliveries.map((d) => d.id),
  );
}

/** A timeline event as its webhook says it (internal notes are not sent). */
export function eventMessages(
  c: { id: string; orderId: string },
  events: TimelineEvent[],
  now: Date,
): WebhookMessage[] {
  return events
    .filter((e) => e.visibility === 'public')
    .map((e) => ({
      type: e.type,
      data: {
        complaintId: c.id,
        orderId: c.orderId,
        actor: { role: e.actor.role, id: e.actor.role === 'system' ? null : e.actor.id },
        data: e.data,
        occurredAt: now.toISOString(),
      },
    }));
}

export class DeliveryFailed extends Error {}

/**
 * One attempt at a delivery, signed by the Standard Webhooks convention. A non-2xx answer, a
 * timeout or a network error throws, so the queue retries with exponential back-off; `isLastAttempt`
 * turns a failure into a final one and counts it against the endpoint.
 */
export async function attemptDelivery(
  deps: AppDeps,
  deliveryId: string,
  isLastAttempt: boolean,
): Promise<void> {
  const delivery = await deps.db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .select([
      'd.id',
      'd.payload',
      'd.status',
      'd.attempts',
      'e.id as endpointId',
      'e.url',
      'e.secret',
      'e.enabled',
      'e.previous_secret',
      'e.previous_secret_until',
    ])
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
  if (!delivery || delivery.status === 'succeeded') return;
  if (!delivery.enabled) {
    await deps.db
      .updateTable('webhook_deliveries')
      .set({ status: 'abandoned' })
      .where('id', '=', deliveryId)
      .execute();
    return;
  }
  // The timestamp is the attempt's, on the wall clock the receiver checks it against.
  const sentAt = new Date();
  // For a day after a rotation the old secret signs too (space-separated, as the convention allows),
  // so a receiver can switch secrets without losing a delivery.
  const secrets = [delivery.secret];
  if (delivery.previous_secret && delivery.previous_secret_until && delivery.previous_secret_until > sentAt)
    secrets.push(delivery.previous_secret);
  const signature = secrets
    .map((secret) => new Webhook(secret).sign(delivery.id, sentAt, delivery.payload))
    .join(' ');
  const started = performance.now();
  let statusCode: number | null = null;
  let excerpt: string | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Sepakat-Webhooks/1',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: delivery.payload,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'manual',
    });
    statusCode = response.status;
    excerpt = (await response.text()).slice(0, 500);
  } catch (err) {
    error =
      (err as Error).name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : (err as Error).message.slice(0, 500);
  }
  const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
  const latency = Math.round(performance.now() - started);
  await deps.db.transaction().execute(async (tx) => {
    const attempt = delivery.attempts + 1;
    await tx
      .insertInto('webhook_attempts')
      .values({
        delivery_id: delivery.id,
        attempt,
        at: sentAt,
        status_code: statusCode,
        latency_ms: latency,
        response_excerpt: excerpt,
        error,
      })
      .execute();
    await tx
      .updateTable('webhook_deliveries')
      .set({
        attempts: attempt,
        last_attempt_at: sentAt,
        status: ok ? 'succeeded' : isLastAttempt ? 'failed' : 'pending',
        ...(ok ? { succeeded_at: sentAt } : {}),
      })
      .where('id', '=', delivery.id)
      .execute();
    if (ok) {
      await tx
        .updateTable('webhook_endpoints')
        .set({ consecutive_failures: 0 })
        .where('id', '=', delivery.endpointId)
        .execute();
    } else if (isLastAttempt) {
      const endpoint = await tx
        .updateTable('webhook_endpoints')
        .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
        .where('id', '=', delivery.endpointId)
        .returning('consecutive_failures')
        .executeTakeFirstOrThrow();
      if (endpoint.consecutive_failures >= DISABLE_AFTER_FAILURES) {
        await tx
          .updateTable('webhook_endpoints')
          .set({
            enabled: false,
            disabled_reason: `${endpoint.consecutive_failures} deliveries in a row failed`,
            updated_at: sentAt,
          })
          .where('id', '=', delivery.endpointId)
          .execute();
        await announceConfigChange(tx, 'webhook_endpoints');
      }
    }
  });
  if (!ok) throw new DeliveryFailed(error ?? `the receiver answered ${statusCode}`);
}

function endpointView(
  e: {
    id: string;
    url: string;
    event_types: unknown;
    enabled: boolean;
    consecutive_failures: number;
    disabled_reason: string | null;
    created_at: Date;
  },
  secret?: string,
) {
  return {
    id: e.id,
    url: e.url,
    eventTypes: e.event_types as string[],
    enabled: e.enabled,
    consecutiveFailures: e.consecutive_failures,
    disabledReason: e.disabled_reason,
    createdAt: e.created_at.toISOString(),
    ...(secret ? { secret } : {}),
  };
}

export async function createEndpoint(
  deps: AppDeps,
  actor: Actor,
  input: { url: string; eventTypes: string[] },
) {
  requireRole(actor, ['platform']);
  const now = deps.clock.now();
  const secret = newSecret();
  const row = await deps.db
    .insertInto('webhook_endpoints')
    .values({
      id: newId('whe'),
      url: input.url,
      event_types: JSON.stringify(input.eventTypes),
      secret,
      enabled: true,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await endpointsChanged(deps);
  return endpointView(row, secret);
}

/** After a committed change of which endpoints receive what: every process reads them again. */
async function endpointsChanged(deps: AppDeps): Promise<void> {
  deps.config.invalidate();
  await announceConfigChange(deps.db, 'webhook_endpoints');
}

export async function listEndpoints(deps: AppDeps, actor: Actor) {
  requireRole(actor, ['platform']);
  const rows = await deps.db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at').execute();
  return { data: rows.map((r) => endpointView(r)) };
}

async function findEndpoint(db: Executor, id: string) {
  const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', `Webhook endpoint ${id} was not found.`);
  return row;
}

/** A new secret signs from now on; the answer shows it once. */
export async function rotateSecret(deps: AppDeps, actor: Actor, id: string) {
  requireRole(actor, ['platform']);
  const current = await findEndpoint(deps.db, id);
  const secret = newSecret();
  const now = deps.clock.now();
  const row = await deps.db
    .updateTable('webhook_endpoints')
    .set({
      secret,
      previous_secret: current.secret,
      previous_secret_until: new Date(
        Date.now() + 24 * 3_600_000,
      ) /* wall clock, like the signatures' timestamps */,
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return endpointView(row, secret);
}

export async function enableEndpoint(deps: AppDeps, actor: Actor, id: string) {
  requireRole(actor, ['platform']);
  await findEndpoint(deps.db, id);
  const row = await deps.db
    .updateTable('webhook_endpoints')
    .set({ enabled: true, consecutive_failures: 0, disabled_reason: null, updated_at: deps.clock.now() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await endpointsChanged(deps);
  return endpointView(row);
}

export async function listDeliveries(
  deps: AppDeps,
  actor: Actor,
  filter: { endpointId?: string | undefined; status?: string | undefined; limit: number },
) {
  requireRole(actor, ['platform']);
  let query = deps.db.selectFrom('webhook_deliveries').selectAll();
  if (filter.endpointId) query = query.where('endpoint_id', '=', filter.endpointId);
  if (filter.status) query = query.where('status', '=', filter.status);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  const attempts = rows.length
    ? await deps.db
        .selectFrom('webhook_attempts')
        .selectAll()
        .where(
          'delivery_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('attempt')
        .execute()
    : [];
  return {
    data: rows.map((r) => ({
      id: r.id,
      endpointId: r.endpoint_id,
      eventType: r.event_type,
      status: r.status,
      attempts: attempts
        .filter((a) => a.delivery_id === r.id)
        .map((a) => ({
          attempt: a.attempt,
          at: a.at.toISOString(),
          statusCode: a.status_code,
          latencyMs: a.latency_ms,
          responseExcerpt: a.response_excerpt,
          error: a.error,
        })),
      payload: JSON.parse(r.payload) as unknown,
      createdAt: r.created_at.toISOString(),
      succeededAt: r.succeeded_at?.toISOString() ?? null,
    })),
  };
}

/** Send a delivery again, as first sent (same id and payload). */
export async function replayDelivery(deps: AppDeps, actor: Actor, id: string) {
  requireRole(actor, ['platform']);
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new DomainError('not_found', `Webhook delivery ${id} was not found.`);
    await tx.updateTable('webhook_deliveries').set({ status: 'pending' }).where('id', '=', id).execute();
    await deps.jobs?.enqueueWebhookDeliveries(tx, [id]);
  });
  return { id, status: 'pending' as const };
}
