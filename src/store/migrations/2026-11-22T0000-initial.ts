import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// Documents are `json`, not `jsonb`: nothing queries inside them, and json keeps their key order.
const statements = [
  `create table policy_versions (
    version integer primary key,
    document json not null,
    published_at timestamptz not null,
    published_by text not null
    )`,
  `create table orders (
    id text primary key,
    buyer_id text not null,
    shop_id text not null,
    shop_is_mall boolean not null,
    currency text not null,
    items json not null,
    shipping_cost bigint not null check (shipping_cost >= 0),
    shipping_promo_used boolean not null,
    shipping_insurance boolean not null,
    courier text,
    tracking_number text,
    status text not null,
    shipped_at timestamptz,
    delivered_at timestamptz,
    received_confirmed_at timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null
    )`,
  `create table complaints (
    id text primary key,
    order_id text not null references orders(id),
    buyer_id text not null,
    shop_id text not null,
    category text not null,
    program text not null,
    status text not null,
    outcome text,
    policy_version integer not null references policy_versions(version),
    assigned_agent_id text,
    revision integer not null,
    state json not null,
    next_due_at timestamptz,
    is_breaching boolean not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null
    )`,
  // one open complaint per order (default), enforced by the database as well as the rules
  `create unique index complaints_one_open_per_order on complaints (order_id)
    where status not in ('resolved', 'closed')`,
  `create index complaints_buyer on complaints (buyer_id, created_at desc, id desc)`,
  `create index complaints_shop on complaints (shop_id, created_at desc, id desc)`,
  `create index complaints_created on complaints (created_at desc, id desc)`,
  `create table complaint_events (
    id bigserial primary key,
    complaint_id text not null references complaints(id),
    seq integer not null,
    type text not null,
    actor_role text not null,
    actor_id text,
    visibility text not null,
    data json not null,
    occurred_at timestamptz not null,
    unique (complaint_id, seq)
    )`,
  // The timeline is the audit trail: append-only, enforced here so no code path can rewrite it.
  `create function complaint_events_append_only() returns trigger language plpgsql as $$
    begin
    raise exception 'complaint_events is append-only';
    end;
    $$`,
  `create trigger complaint_events_no_update before update or delete on complaint_events
    for each row execute function complaint_events_append_only()`,
  `create table deadlines (
    id bigserial primary key,
    complaint_id text not null references complaints(id),
    kind text not null,
    due_at timestamptz not null,
    state text not null check (state in ('pending', 'fired', 'cleared')),
    created_at timestamptz not null,
    settled_at timestamptz
    )`,
  `create index deadlines_due on deadlines (due_at) where state = 'pending'`,
  `create index deadlines_complaint on deadlines (complaint_id) where state = 'pending'`,
  `create table attachments (
    id text primary key,
    owner_id text not null,
    owner_role text not null,
    complaint_id text references complaints(id),
    storage_key text not null,
    media text not null,
    content_type text not null,
    size bigint not null,
    sha256 text not null,
    original_name text,
    created_at timestamptz not null
    )`,
  `create table ledger_transactions (
    id text primary key,
    key text not null unique,
    kind text not null,
    complaint_id text,
    order_id text,
    created_at timestamptz not null
    )`,
  `create table ledger_postings (
    id bigserial primary key,
    transaction_id text not null references ledger_transactions(id),
    account_id text not null,
    currency text not null,
    amount bigint not null,
    created_at timestamptz not null
    )`,
  `create index ledger_postings_account on ledger_postings (account_id, id)`,
  `create table idempotency_keys (
    principal text not null,
    key text not null,
    fingerprint text not null,
    state text not null,
    status_code integer,
    response_body text,
    response_headers json,
    created_at timestamptz not null,
    primary key (principal, key)
    )`,
  `create table app_clock (
    id integer primary key check (id = 1),
    now timestamptz not null
    )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
