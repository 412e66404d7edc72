import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
const statements = [
  // A shop's default return address (issue 3): used when a return starts.
  `create table shops (
    id text primary key,
    return_address json,
    updated_at timestamptz not null
  )`,
  // Every return and seller shipment, so a tracking number serves one complaint and a delivery
  // report finds its complaint.
  `create table shipments (
    tracking_number text primary key,
    courier text not null,
    complaint_id text not null references complaints(id),
    direction text not null check (direction in ('return', 'seller')),
    created_at timestamptz not null,
    delivered_at timestamptz
  )`,
  `create index shipments_complaint on shipments (complaint_id)`,
  // One payout instruction per money-moving settlement line (SPEC 5).
  `create table payouts (
    id text primary key,
    complaint_id text not null references complaints(id),
    order_id text not null,
    line_kind text not null,
    recipient_role text not null,
    recipient_id text not null,
    account_id text not null,
    funded_by text not null,
    currency text not null,
    amount bigint not null check (amount > 0),
    status text not null check (status in ('pending', 'confirmed')),
    due_at timestamptz not null,
    created_at timestamptz not null,
    confirmed_at timestamptz,
    confirmation_reference text,
    unique (complaint_id, line_kind)
  )`,
  `create index payouts_status_due on payouts (status, due_at, id)`,
  // Pasti Ori compensation claims for the insurer (seed: 14 working days).
  `create table compensation_claims (
    id text primary key,
    complaint_id text not null unique references complaints(id),
    buyer_id text not null,
    currency text not null,
    amount bigint not null check (amount > 0),
    status text not null check (status in ('pending', 'approved', 'rejected')),
    due_at timestamptz not null,
    created_at timestamptz not null,
    decided_at timestamptz,
    decision_reason text
  )`,
  `create index compensation_claims_status_due on compensation_claims (status, due_at, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
