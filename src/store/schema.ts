import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** json (not jsonb, so documents keep their key order as written): read as parsed JSON, written as a JSON string (pg would turn a JS array into a SQL array). */
type Json<T> = ColumnType<T, string, string>;

export interface PolicyVersionsTable {
  version: number;
  document: Json<unknown>;
  published_at: Timestamp;
  published_by: string;
}

export interface OrdersTable {
  id: string;
  buyer_id: string;
  shop_id: string;
  shop_is_mall: boolean;
  currency: string;
  items: Json<unknown>;
  shipping_cost: number;
  shipping_promo_used: boolean;
  shipping_insurance: boolean;
  courier: string | null;
  tracking_number: string | null;
  status: string;
  shipped_at: Timestamp | null;
  delivered_at: Timestamp | null;
  received_confirmed_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ComplaintsTable {
  id: string;
  order_id: string;
  buyer_id: string;
  shop_id: string;
  category: string;
  program: string;
  status: string;
  outcome: string | null;
  policy_version: number;
  assigned_agent_id: string | null;
  revision: number;
  state: Json<unknown>;
  next_due_at: Timestamp | null;
  is_breaching: boolean;
  waiting_on: string | null;
  breached_at: Timestamp | null;
  list_row: Json<unknown> | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ComplaintEventsTable {
  id: Generated<number>;
  complaint_id: string;
  seq: number;
  type: string;
  actor_role: string;
  actor_id: string | null;
  visibility: string;
  data: Json<unknown>;
  occurred_at: Timestamp;
  feed_seq: number | null;
}

export interface EventFeedCounterTable {
  id: number;
  value: number;
}

export interface DeadlinesTable {
  id: Generated<number>;
  complaint_id: string;
  kind: string;
  due_at: Timestamp;
  state: string;
  created_at: Timestamp;
  settled_at: Timestamp | null;
}

export interface AttachmentsTable {
  id: string;
  owner_id: string;
  owner_role: string;
  complaint_id: string | null;
  storage_key: string;
  media: string;
  content_type: string;
  size: number;
  sha256: string;
  original_name: string | null;
  created_at: Timestamp;
}

export interface LedgerTransactionsTable {
  id: string;
  key: string;
  kind: string;
  complaint_id: string | null;
  order_id: string | null;
  created_at: Timestamp;
}

export interface LedgerPostingsTable {
  id: Generated<number>;
  transaction_id: string;
  account_id: string;
  currency: string;
  amount: number;
  created_at: Timestamp;
}

export interface IdempotencyKeysTable {
  principal: string;
  key: string;
  fingerprint: string;
  state: string;
  status_code: number | null;
  response_body: string | null;
  response_headers: Json<Record<string, string>> | null;
  created_at: Timestamp;
}

export interface AppClockTable {
  id: number;
  now: Timestamp;
}

export interface ShopsTable {
  id: string;
  return_address: Json<unknown> | null;
  updated_at: Timestamp;
}

export interface ShipmentsTable {
  tracking_number: string;
  courier: string;
  complaint_id: string;
  direction: string;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface PayoutsTable {
  id: string;
  complaint_id: string;
  order_id: string;
  line_kind: string;
  recipient_role: string;
  recipient_id: string;
  account_id: string;
  funded_by: string;
  currency: string;
  amount: number;
  status: string;
  due_at: Timestamp;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
  confirmation_reference: string | null;
}

export interface CompensationClaimsTable {
  id: string;
  complaint_id: string;
  buyer_id: string;
  currency: string;
  amount: number;
  status: string;
  due_at: Timestamp;
  created_at: Timestamp;
  decided_at: Timestamp | null;
  decision_reason: string | null;
}

export interface NotificationsTable {
  id: string;
  recipient: string;
  complaint_id: string | null;
  kind: string;
  params: Json<Record<string, unknown>>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface RemindersTable {
  id: Generated<number>;
  deadline_id: number;
  hours_before: number;
  due_at: Timestamp;
  state: string;
}

export interface ContactsTable {
  recipient: string;
  email: string;
  locale: string;
  name: string | null;
  updated_at: Timestamp;
}

export interface EmailOutboxTable {
  id: string;
  notification_id: string;
  to_address: string;
  subject: string;
  body_text: string;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface WebhookEndpointsTable {
  id: string;
  url: string;
  event_types: Json<string[]>;
  secret: string;
  previous_secret: string | null;
  previous_secret_until: Timestamp | null;
  enabled: boolean;
  consecutive_failures: Generated<number>;
  disabled_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_type: string;
  payload: string;
  status: string;
  attempts: Generated<number>;
  created_at: Timestamp;
  last_attempt_at: Timestamp | null;
  succeeded_at: Timestamp | null;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  attempt: number;
  at: Timestamp;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
}

export interface Database {
  policy_versions: PolicyVersionsTable;
  orders: OrdersTable;
  complaints: ComplaintsTable;
  complaint_events: ComplaintEventsTable;
  deadlines: DeadlinesTable;
  attachments: AttachmentsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_postings: LedgerPostingsTable;
  idempotency_keys: IdempotencyKeysTable;
  app_clock: AppClockTable;
  shops: ShopsTable;
  shipments: ShipmentsTable;
  payouts: PayoutsTable;
  compensation_claims: CompensationClaimsTable;
  event_feed_counter: EventFeedCounterTable;
  notifications: NotificationsTable;
  reminders: RemindersTable;
  contacts: ContactsTable;
  email_outbox: EmailOutboxTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}

export type PayoutRow = Selectable<PayoutsTable>;
export type CompensationClaimRow = Selectable<CompensationClaimsTable>;

export type OrderRow = Selectable<OrdersTable>;
export type ComplaintRow = Selectable<ComplaintsTable>;
export type NewComplaintRow = Insertable<ComplaintsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
