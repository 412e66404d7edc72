import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
const statements = [
  `create table webhook_endpoints (
    id text primary key,
    url text not null,
    event_types json not null,
    secret text not null,
    previous_secret text,
    previous_secret_until timestamptz,
    enabled boolean not null,
    consecutive_failures integer not null default 0,
    disabled_reason text,
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  // One delivery per event and endpoint; the payload is kept exactly as first sent.
  `create table webhook_deliveries (
    id text primary key,
    endpoint_id text not null references webhook_endpoints(id),
    event_type text not null,
    payload text not null,
    status text not null check (status in ('pending', 'succeeded', 'failed', 'abandoned')),
    attempts integer not null default 0,
    created_at timestamptz not null,
    last_attempt_at timestamptz,
    succeeded_at timestamptz
  )`,
  `create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at desc, id desc)`,
  `create table webhook_attempts (
    id bigserial primary key,
    delivery_id text not null references webhook_deliveries(id),
    attempt integer not null,
    at timestamptz not null,
    status_code integer,
    latency_ms integer not null,
    response_excerpt text,
    error text
  )`,
  `create index webhook_attempts_delivery on webhook_attempts (delivery_id, attempt)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
