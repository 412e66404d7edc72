import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// GET /v1/orders lists a buyer's or a shop's orders newest first; complaints are looked up per order;
// a shop's or a buyer's complaints are listed by their next deadline (GET /v1/complaints?sort=deadline).
const statements = [
  `create index orders_buyer on orders (buyer_id, created_at desc, id desc)`,
  `create index orders_shop on orders (shop_id, created_at desc, id desc)`,
  `create index orders_created on orders (created_at desc, id desc)`,
  `create index complaints_order on complaints (order_id, created_at)`,
  `create index complaints_shop_due on complaints (shop_id, (coalesce(next_due_at, 'infinity'::timestamptz)), id)`,
  `create index complaints_buyer_due on complaints (buyer_id, (coalesce(next_due_at, 'infinity'::timestamptz)), id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
