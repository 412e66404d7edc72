import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Clock } from '../app/clock.ts';
import type { Db } from '../store/db.ts';

/**
 * Prometheus metrics at /metrics: HTTP latency by route, deadlines (pending, due, fired, lag),
 * complaints by status, SLA breaches and overdue compensation claims. Counts that live in the
 * database are read from it at scrape time, so every process reports the same truth.
 */
export function registerMetrics(app: FastifyInstance, db: Db, clock: Clock): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sepakat_process_' });

  const httpDuration = new Histogram({
    name: 'sepakat_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    httpDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  /** A gauge of row counts by one column; every known value is reported, 0 when it has no rows. */
  const countsBy = (
    name: string,
    help: string,
    label: string,
    table: 'deadlines' | 'complaints' | 'webhook_deliveries',
    known: string[],
  ) =>
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [registry],
      async collect() {
        const rows = await sql<{
          key: string;
          n: string;
        }>`select ${sql.ref(label)} as key, count(*) as n from ${sql.table(table)} group by 1`.execute(db);
        const counts = new Map(rows.rows.map((r) => [r.key, Number(r.n)]));
        this.reset();
        for (const key of new Set([...known, ...counts.keys()]))
          this.set({ [label]: key }, counts.get(key) ?? 0);
      },
    });
  const count = async (query: ReturnType<typeof sql<{ n: string }>>) =>
    Number((await query.execute(db)).rows[0]?.n ?? 0);

  countsBy(
    'sepakat_deadlines',
    'Deadline rows by state (pending, fired, cleared); fired only grows',
    'state',
    'deadlines',
    ['pending', 'fired', 'cleared'],
  );
  countsBy('sepakat_complaints', 'Complaints by status', 'status', 'complaints', []);
  countsBy(
    'sepakat_webhook_deliveries',
    'Webhook deliveries by outcome (pending, succeeded, failed, abandoned)',
    'status',
    'webhook_deliveries',
    ['pending', 'succeeded', 'failed', 'abandoned'],
  );
  new Gauge({
    name: 'sepakat_deadlines_due',
    help: 'Pending deadlines already due (waiting for a worker)',
    registers: [registry],
    async collect() {
      this.set(
        await count(
          sql`select count(*) as n from deadlines where state = 'pending' and due_at <= ${clock.now()}`,
        ),
      );
    },
  });
  new Gauge({
    name: 'sepakat_deadline_lag_seconds',
    help: 'How long the oldest due pending deadline has waited to fire (0 when none)',
    registers: [registry],
    async collect() {
      const now = clock.now();
      const row = await sql<{
        oldest: Date | null;
      }>`select min(due_at) as oldest from deadlines where state = 'pending' and due_at <= ${now}`.execute(
        db,
      );
      const oldest = row.rows[0]?.oldest;
      this.set(oldest ? Math.max(0, (now.getTime() - new Date(oldest).getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'sepakat_sla_breaches',
    help: 'Open breaches: complaints past an agent SLA, and Pasti Ori claims past their 14 working days',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      this.set(
        { kind: 'agent_sla' },
        await count(
          sql`select count(*) as n from complaints where is_breaching and status not in ('resolved', 'closed')`,
        ),
      );
      this.set(
        { kind: 'compensation_decision' },
        await count(
          sql`select count(*) as n from compensation_claims where status = 'pending' and due_at < ${clock.now()}`,
        ),
      );
    },
  });

  app.get(
    '/metrics',
    { schema: { tags: ['operations'], summary: 'Prometheus metrics', hide: false } },
    async (_request, reply) => {
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
}
