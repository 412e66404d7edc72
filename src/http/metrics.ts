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

  new Gauge({
    name: 'sepakat_deadlines',
    help: 'Deadline rows by state (pending, fired, cleared); fired only grows',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const rows = await sql<{
        state: string;
        n: string;
      }>`select state, count(*) as n from deadlines group by state`.execute(db);
      this.reset();
      for (const state of ['pending', 'fired', 'cleared'])
        this.set({ state }, Number(rows.rows.find((r) => r.state === state)?.n ?? 0));
    },
  });
  new Gauge({
    name: 'sepakat_deadlines_due',
    help: 'Pending deadlines already due (waiting for a worker)',
    registers: [registry],
    async collect() {
      const row = await sql<{
        n: string;
      }>`select count(*) as n from deadlines where state = 'pending' and due_at <= ${clock.now()}`.execute(
        db,
      );
      this.set(Number(row.rows[0]?.n ?? 0));
    },
  });
  new Gauge({
    name: 'sepakat_deadline_lag_seconds',
    help: 'How long the oldest due pending deadline has waited to fire (0 when none)',
    registers: [registry],
    async collect() {
      const row = await sql<{
        oldest: Date | null;
      }>`select min(due_at) as oldest from deadlines where state = 'pending' and due_at <= ${clock.now()}`.execute(
        db,
      );
      const oldest = row.rows[0]?.oldest;
      this.set(oldest ? Math.max(0, (clock.now().getTime() - new Date(oldest).getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'sepakat_complaints',
    help: 'Complaints by status',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const rows = await sql<{
        status: string;
        n: string;
      }>`select status, count(*) as n from complaints group by status`.execute(db);
      this.reset();
      for (const r of rows.rows) this.set({ status: r.status }, Number(r.n));
    },
  });
  new Gauge({
    name: 'sepakat_sla_breaches',
    help: 'Open breaches: complaints past an agent SLA, and Pasti Ori claims past their 14 working days',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      const complaints = await sql<{
        n: string;
      }>`select count(*) as n from complaints where is_breaching and status not in ('resolved', 'closed')`.execute(
        db,
      );
      const claims = await sql<{
        n: string;
      }>`select count(*) as n from compensation_claims where status = 'pending' and due_at < ${clock.now()}`.execute(
        db,
      );
      this.set({ kind: 'agent_sla' }, Number(complaints.rows[0]?.n ?? 0));
      this.set({ kind: 'compensation_decision' }, Number(claims.rows[0]?.n ?? 0));
    },
  });

  new Gauge({
    name: 'sepakat_webhook_deliveries',
    help: 'Webhook deliveries by outcome (pending, succeeded, failed, abandoned)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const rows = await sql<{
        status: string;
        n: string;
      }>`select status, count(*) as n from webhook_deliveries group by status`.execute(db);
      this.reset();
      for (const status of ['pending', 'succeeded', 'failed', 'abandoned']) {
        this.set({ status }, Number(rows.rows.find((r) => r.status === status)?.n ?? 0));
      }
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
