/**
 * Populations for `npm run bench:scale` and scale tests, made from complaints the product filed.
 *
 * A million complaints cannot be filed through the use cases in a bench run (about 300 a second
 * here, so an hour). So a few dozen **templates** are filed and carried through their states over
 * the public API (test/helpers/given.ts), exactly as users would, and then **copied** in SQL: each
 * copy is a template's order (with its escrow funding in the ledger), its complaint row with the
 * aggregate as the product wrote it, its deadline and reminder rows and, when asked, its timeline.
 * In every copy the ids of the complaint, the order, the buyer and the shop are replaced
 * (buyers and shops are spread over pools, so each has a realistic number of complaints), and all
 * its times may be shifted by a fixed amount (so that copies fall due one after another).
 *
 * What is not copied: ledger movements of settlements, payouts, shipments, attachments, webhooks
 * and notifications; the lists and the deadline engine do not read them before they act.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/store/db.ts';

export interface CloneOptions {
  /** Copies of each template. */
  copies: number;
  /** Distinct buyers and shops the copies are spread over. */
  buyers: number;
  shops: number;
  /** Copy the timelines too (several rows per complaint). */
  withEvents?: boolean;
  /**
   * Shift the times of the k-th complaint written by `k × shiftMs`, k = 0, 1, 2 … (0: the same times
   * as its template). Only times in the templates' `shiftedTimes` are rewritten inside the aggregates, so
   * templates must have been made with the clock standing still at those instants.
   */
  shiftMs?: number;
  shiftedTimes?: Date[];
  /** Prefix of the new ids (distinct per call when called several times on one database). */
  tag: string;
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 50_000;

/** An instant as the aggregates store it: ISO 8601 with milliseconds, UTC. */
const isoSql = (expr: string) => `to_char((${expr}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Copy each template complaint `copies` times; returns how many complaints were written. */
export async function cloneComplaints(db: Db, templateIds: string[], opts: CloneOptions): Promise<number> {
  const total = templateIds.length * opts.copies;
  const shiftMs = opts.shiftMs ?? 0;
  const times = opts.shiftMs ? (opts.shiftedTimes ?? []) : [];
  await sql`drop table if exists bench_templates`.execute(db);
  await sql`create table bench_templates (i int primary key, id text not null)`.execute(db);
  await db
    .insertInto('bench_templates' as never)
    .values(templateIds.map((id, i) => ({ i, id })) as never)
    .execute();
  await sql`create table if not exists bench_clone_map (
    k bigint primary key, tpl_id text, tpl_order text, tpl_buyer text, tpl_shop text,
    id text, order_id text, buyer_id text, shop_id text, shift interval)`.execute(db);
  for (let from = 0; from < total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK);
    await db.transaction().execute(async (tx) => {
      await sql`truncate bench_clone_map`.execute(tx);
      // k numbers the copies 0 … total-1, copy-major: all templates of copy 0, then copy 1, …
      await sql
        .raw(
          `insert into bench_clone_map
        select g.k, c.id, c.order_id, c.buyer_id, c.shop_id,
          '${opts.tag}' || g.k || '-' || c.id,
          '${opts.tag}' || g.k || '-' || c.order_id,
          'bb-${opts.tag}' || (g.k % ${opts.buyers}),
          case when o.shop_is_mall then 'bsm-' else 'bsr-' end || '${opts.tag}' || (g.k % ${opts.shops}),
          make_interval(secs => ${shiftMs / 1000} * g.k)
        from generate_series(${from}, ${to - 1}) g(k)
        join bench_templates t on t.i = g.k % ${templateIds.length}
        join complaints c on c.id = t.id
        join orders o on o.id = c.order_id`,
        )
        .execute(tx);
      await sql`analyze bench_clone_map`.execute(tx);
      // Text of an aggregate or an event's data with the copy's ids and times.
      let rewrite = `replace(replace(replace(replace(%s, m.tpl_id, m.id), m.tpl_order, m.order_id), m.tpl_buyer, m.buyer_id), m.tpl_shop, m.shop_id)`;
      for (const at of times) {
        const iso = at.toISOString();
        rewrite = `replace(${rewrite}, '${iso}', ${isoSql(`'${iso}'::timestamptz + m.shift`)})`;
      }
      const text = (expr: string) => rewrite.replace('%s', expr);
      const statements = [
        `insert into orders (id, buyer_id, shop_id, shop_is_mall, currency, items, shipping_cost,
           shipping_promo_used, shipping_insurance, courier, tracking_number, status, shipped_at,
           delivered_at, received_confirmed_at, created_at, updated_at)
         select m.order_id, m.buyer_id, m.shop_id, o.shop_is_mall, o.currency, o.items, o.shipping_cost,
           o.shipping_promo_used, o.shipping_insurance, o.courier, o.tracking_number, o.status,
           o.shipped_at + m.shift, o.delivered_at + m.shift, o.received_confirmed_at + m.shift,
           o.created_at + m.shift, o.updated_at + m.shift
         from bench_clone_map m join orders o on o.id = m.tpl_order`,
        `insert into ledger_transactions (id, key, kind, complaint_id, order_id, created_at)
         select 'ltx-' || m.order_id, 'order:' || m.order_id || ':escrow_funded', t.kind, null, m.order_id,
           t.created_at + m.shift
         from bench_clone_map m join ledger_transactions t on t.key = 'order:' || m.tpl_order || ':escrow_funded'`,
        `insert into ledger_postings (transaction_id, account_id, currency, amount, created_at)
         select 'ltx-' || m.order_id, replace(p.account_id, m.tpl_order, m.order_id), p.currency, p.amount,
           p.created_at + m.shift
         from bench_clone_map m
         join ledger_transactions t on t.key = 'order:' || m.tpl_order || ':escrow_funded'
         join ledger_postings p on p.transaction_id = t.id`,
        `insert into complaints (id, order_id, buyer_id, shop_id, category, program, status, outcome,
           policy_version, assigned_agent_id, revision, state, next_due_at, is_breaching, breached_at,
           waiting_on, list_row, created_at, updated_at)
         select m.id, m.order_id, m.buyer_id, m.shop_id, c.category, c.program, c.status, c.outcome,
           c.policy_version, c.assigned_agent_id, c.revision, (${text('c.state::text')})::json,
           c.next_due_at + m.shift, c.is_breaching, c.breached_at + m.shift, c.waiting_on,
           (${text('c.list_row::text')})::json, c.created_at + m.shift, c.updated_at + m.shift
         from bench_clone_map m join complaints c on c.id = m.tpl_id`,
        // Deadline rows as the template has them; reminders for the pending ones as the product
        // writes them (24 h and 2 h before, those ahead of when the deadline was set).
        `with inserted as (
           insert into deadlines (complaint_id, kind, due_at, state, created_at, settled_at)
           select m.id, d.kind, d.due_at + m.shift, d.state, d.created_at + m.shift, d.settled_at + m.shift
           from bench_clone_map m join deadlines d on d.complaint_id = m.tpl_id
           returning id, due_at, state, created_at)
         insert into reminders (deadline_id, hours_before, due_at, state)
         select i.id, h.hours, i.due_at - make_interval(hours => h.hours), 'pending'
         from inserted i cross join (values (24), (2)) as h(hours)
         where i.state = 'pending' and i.due_at - make_interval(hours => h.hours) > i.created_at`,
      ];
      if (opts.withEvents) {
        statements.push(
          `insert into complaint_events (complaint_id, seq, type, actor_role, actor_id, visibility, data,
             occurred_at, feed_seq)
           select m.id, e.seq, e.type, e.actor_role,
             case when e.actor_id = m.tpl_buyer then m.buyer_id else e.actor_id end,
             e.visibility, (${text('e.data::text')})::json, e.occurred_at + m.shift,
             (select value from event_feed_counter where id = 1) + row_number() over (order by m.k, e.seq)
           from bench_clone_map m join complaint_events e on e.complaint_id = m.tpl_id`,
          `update event_feed_counter set value = (select max(feed_seq) from complaint_events) where id = 1`,
        );
      }
      for (const statement of statements) await sql.raw(statement).execute(tx);
    });
    opts.onProgress?.(to, total);
  }
  await sql`drop table bench_clone_map`.execute(db);
  await sql`drop table bench_templates`.execute(db);
  // What autovacuum does to a table that took many rows: statistics, and the visibility map that
  // lets an index-only scan skip the table.
  await sql`vacuum analyze`.execute(db);
  return total;
}

/** Every instant written in the templates' aggregates (what a shifted copy must rewrite). */
export async function instantsIn(db: Db, templateIds: string[]): Promise<Date[]> {
  const rows = await db.selectFrom('complaints').select('state').where('id', 'in', templateIds).execute();
  const found = new Set<string>();
  for (const r of rows)
    for (const m of JSON.stringify(r.state).matchAll(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g))
      found.add(m[0]);
  return [...found].map((s) => new Date(s));
}
