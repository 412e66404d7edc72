import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { assemble, type Sepakat } from '../../src/main.ts';
import { openTestDatabase, type Backend } from './databases.ts';

/** Where the manual clock starts in every test app. */
export const TEST_START = '2026-11-20T03:00:00.000Z';

export interface Caller {
  role: 'buyer' | 'seller' | 'agent' | 'admin' | 'platform' | 'insurer' | 'anonymous';
  id?: string;
  shopId?: string;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

export interface TestApp {
  backend: Backend;
  sepakat: Sepakat;
  dataDir: string;
  /** Requests as a caller, in process (Fastify inject). */
  as(caller: Caller): Client;
  platform: Client;
  /** The manual clock's current time. */
  now(): Date;
  advance(hours: number): Promise<{ fired: number; now: string }>;
  close(): Promise<void>;
}

export interface Client {
  get<T = any>(url: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  put<T = any>(url: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
}

function parse(response: LightMyRequestResponse): ApiResponse {
  const type = String(response.headers['content-type'] ?? '');
  const body = type.includes('json') && response.body ? JSON.parse(response.body) : response.body;
  return { status: response.statusCode, body, headers: response.headers };
}

export async function startTestApp(
  backend: Backend,
  env: Record<string, string> = {},
  options: { webhookWorker?: boolean } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sepakat-test-'));
  const config = loadConfig({
    SEPAKAT_MODE: 'demo',
    SEPAKAT_CLOCK: 'manual',
    SEPAKAT_CLOCK_START: TEST_START,
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const database = await openTestDatabase(backend);
  const sepakat = await assemble(config, {
    database,
    startWorker: false,
    startWebhookWorker: options.webhookWorker ?? false,
  });
  const tokens = new Map<string, string>();

  const authHeader = async (caller: Caller): Promise<Record<string, string>> => {
    if (caller.role === 'anonymous') return {};
    if (caller.role === 'platform') return { authorization: 'Bearer demo-platform-key' };
    if (caller.role === 'insurer') return { authorization: 'Bearer demo-insurer-key' };
    const key = `${caller.role}:${caller.id}:${caller.shopId ?? ''}`;
    let token = tokens.get(key);
    if (!token) {
      const res = await sepakat.server.inject({
        method: 'POST',
        url: '/v1/dev/login',
        payload: {
          userId: caller.id,
          role: caller.role,
          ...(caller.shopId ? { shopId: caller.shopId } : {}),
        },
      });
      token = JSON.parse(res.body).token as string;
      tokens.set(key, token);
    }
    return { authorization: `Bearer ${token}` };
  };

  const as = (caller: Caller): Client => {
    const send = async (
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) =>
      parse(
        await sepakat.server.inject({
          method,
          url,
          headers: { ...(await authHeader(caller)), ...headers },
          ...(body !== undefined ? { payload: body as object } : method === 'POST' ? { payload: {} } : {}),
        }),
      );
    return {
      get: (url, headers) => send('GET', url, undefined, headers),
      post: (url, body, headers) => send('POST', url, body, headers),
      put: (url, body, headers) => send('PUT', url, body, headers),
    };
  };

  return {
    backend,
    sepakat,
    dataDir,
    as,
    platform: as({ role: 'platform' }),
    now: () => sepakat.clock.now(),
    async advance(hours: number) {
      const res = await as({ role: 'anonymous' }).post('/v1/dev/clock/advance', { hours });
      if (res.status !== 200) throw new Error(`clock advance failed: ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async close() {
      await sepakat.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
