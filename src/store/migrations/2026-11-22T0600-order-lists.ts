import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// GET /v1/orders lists a buyer's or a shop's orders newest first; complaints are looked up per order.
const statements = [
  `create index orders_buyer on orders (buyer_id, created_at desc, id desc)`,
  `create index orders_shop on orders (shop_id, created_at desc, id desc)`,
  `create index orders_created on orders (created_at desc, id desc)`,
  `create index complaints_order on complaints (order_id, created_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
