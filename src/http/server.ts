import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../domain/complaint/types.ts';
import { DomainError, ERROR_CODES, type ErrorCode } from '../domain/errors.ts';
import type { AppDeps } from '../app/deps.ts';
import type { ManualClock } from '../app/clock.ts';
import type { Authenticator } from './auth.ts';
import { registerIdempotency } from './idempotency.ts';
import { registerMetrics } from './metrics.ts';
import { problemOf, sendProblem, STATUS_BY_CODE, toProblem } from './problem.ts';
import { registerOrderRoutes } from './routes/orders.ts';
import { registerComplaintRoutes } from './routes/complaints.ts';
import { registerUploadRoutes } from './routes/uploads.ts';
import { registerLedgerRoutes } from './routes/ledger.ts';
import { registerPolicyRoutes } from './routes/policy.ts';
import { registerDevRoutes } from './routes/dev.ts';
import { registerExecutionRoutes } from './routes/execution.ts';
import { registerEventRoutes } from './routes/events.ts';
import { registerAgentRoutes } from './routes/agent.ts';
import { registerNotificationRoutes } from './routes/notifications.ts';
import { registerContactRoutes } from './routes/contacts.ts';
import { registerWebhookRoutes } from './routes/webhooks.ts';
import { registerHealthRoutes, type Readiness } from './routes/health.ts';
import { registerMeRoutes } from './routes/me.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export interface ServerOptions {
  deps: AppDeps;
  auth: Authenticator;
  mode: 'demo' | 'production';
  manualClock: ManualClock | null;
  logLevel: string;
  maxUploadBytes: number;
  readiness: () => Promise<Readiness>;
  /** The built web app (web/dist), served at /; null when it was not built. */
  webRoot: string | null;
}

/** A browser asking for a page of the web app (any path outside the API), not an API client. */
function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url;
  if (/^\/(v1|docs|problems|metrics|healthz|readyz|openapi\.json)(\/|\?|$)/.test(url)) return false;
  return String(request.headers.accept ?? '').includes('text/html');
}

const WEB_APP_CSP = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The headers of the app's page: the CSP is the main defence of the token the app keeps. */
const PAGE_HEADERS: [string, string][] = [
  ['cache-control', 'no-cache'],
  ['content-security-policy', WEB_APP_CSP],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'same-origin'],
];

/** Every page path answers with the app's index.html (read once, at start); the app routes in the browser. */
function sendWebApp(reply: FastifyReply, indexHtml: Buffer | null) {
  if (!indexHtml) {
    return reply
      .code(503)
      .type('text/plain; charset=utf-8')
      .send('The web app is not built. Run `npm run build:web` (npm start does it for you).');
  }
  return reply.headers(Object.fromEntries(PAGE_HEADERS)).type('text/html; charset=utf-8').send(indexHtml);
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  return false;
}

function nulRefused(where: string): DomainError {
  return new DomainError('validation_failed', 'Text may not contain NUL characters.', {
    errors: [{ path: where, message: 'contains a NUL character' }],
  });
}

/** The caller, or 401 when the request carries no credentials. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor)
    throw new DomainError(
      'unauthorized',
      'This needs a user token or an API key: Authorization: Bearer <token>.',
    );
  return request.actor;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel },
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    // Malformed URLs and the like are answered as problem documents too.
    frameworkErrors: (error, request, reply) => {
      void sendProblem(reply, request, toProblem(error, request));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API; responses are built by typed code, so they are serialised as they are.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  // PostgreSQL text cannot hold NUL: refuse it up front as bad input rather than fail later.
  app.addHook('onRequest', async (request) => {
    if (/%00/.test(request.url)) throw nulRefused('url');
  });
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.body)) throw nulRefused('body');
  });

  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const apiKey = request.headers['x-api-key'];
    request.actor = await options.auth.authenticate(
      request.headers.authorization,
      typeof apiKey === 'string' ? apiKey : undefined,
    );
  });
  if (options.manualClock) {
    // Another process may have moved the shared manual clock.
    const clock = options.manualClock;
    app.addHook('onRequest', async () => {
      await clock.refresh();
    });
  }

  app.setErrorHandler((error, request, reply) => sendProblem(reply, request, toProblem(error, request)));
  const indexHtml = options.webRoot ? readFileSync(path.join(options.webRoot, 'index.html')) : null;
  app.setNotFoundHandler((request, reply) => {
    if (isPageRequest(request)) return sendWebApp(reply, indexHtml);
    return sendProblem(reply, request, problemOf('not_found', `No route ${request.method} ${request.url}.`));
  });
  if (options.webRoot) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      prefix: '/',
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        // Vite names assets by their content hash: they never change under the same name.
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
        // /index.html asked for by name gets the same protection as every page path.
        if (filePath.endsWith('.html')) for (const [name, value] of PAGE_HEADERS) res.header(name, value);
      },
    });
  }

  await app.register(multipart, {
    limits: { files: 1, fileSize: options.maxUploadBytes + 1, fields: 10, parts: 12 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sepakat — Resolution Center API',
        version: '1.0.0',
        description: [
          'Complaints about marketplace orders: filing, evidence, negotiation, escalation to Customer Care, deadlines with automatic outcomes, and settlements posted to a double-entry ledger.',
          '',
          'Conventions: amounts are integers in the minor unit of the currency; times are ISO-8601 UTC; errors are `application/problem+json` with a stable `code`; every POST accepts `Idempotency-Key`; complaint actions accept `If-Match: <revision>`; lists are cursor-paginated (`limit`, `cursor` → `nextCursor`, items in `data`).',
          '',
          'Names this API chose where the product contract left them open: uploads answer `kind` `photo` or `video`; lists wrap their items in `data`; ledger accounts are `order_escrow:{orderId}`, `buyer_refund:{buyerId}`, `buyer_credit:{buyerId}`, `seller_payable:{shopId}`, `platform_shipping_subsidy`, `insurer`, `marketplace_clearing`; deadline kinds are listed on the complaint schema.',
          '',
          `Error codes: ${(Object.keys(ERROR_CODES) as ErrorCode[]).map((c) => `\`${c}\` (${STATUS_BY_CODE[c]})`).join(', ')}.`,
        ].join('\n'),
      },
      components: {
        securitySchemes: {
          userToken: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'A user token (HS256) with `sub`, `role` (buyer, seller, agent, admin) and, for sellers, `shopId`.',
          },
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'A platform or insurer API key as a bearer token.',
          },
          apiKeyHeader: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Api-Key',
            description: 'A platform or insurer API key.',
          },
        },
      },
      security: [{ userToken: [] }, { apiKey: [] }, { apiKeyHeader: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/problems/:code', { schema: { hide: true } }, async (request, reply) => {
    const code = (request.params as { code: string }).code as ErrorCode;
    if (!Object.hasOwn(ERROR_CODES, code))
      return sendProblem(reply, request, problemOf('not_found', `No problem type ${code}.`));
    return { code, status: STATUS_BY_CODE[code], description: ERROR_CODES[code] };
  });

  registerIdempotency(app, options.deps.db);
  registerMetrics(app, options.deps.db, options.deps.clock);

  const typed = app.withTypeProvider<ZodTypeProvider>();
  registerHealthRoutes(typed, options.readiness);
  registerMeRoutes(typed);
  registerOrderRoutes(typed, options.deps);
  registerComplaintRoutes(typed, options.deps);
  registerUploadRoutes(typed, options.deps);
  registerExecutionRoutes(typed, options.deps);
  registerEventRoutes(typed, options.deps);
  registerAgentRoutes(typed, options.deps);
  registerNotificationRoutes(typed, options.deps);
  registerContactRoutes(typed, options.deps);
  registerWebhookRoutes(typed, options.deps);
  registerLedgerRoutes(typed, options.deps);
  registerPolicyRoutes(typed, options.deps);
  if (options.mode === 'demo') registerDevRoutes(typed, options.deps, options.auth, options.manualClock);
  return app;
}
