import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

export const DEMO_JWT_SECRET = 'sepakat-demo-secret-do-not-use-in-production';
export const DEMO_PLATFORM_KEY = 'demo-platform-key';
export const DEMO_INSURER_KEY = 'demo-insurer-key';

const list = z.string().transform((s) =>
  s
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean),
);

/** SPEC 9, plus what production needs (API keys) and a few operational knobs. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  SEPAKAT_MODE: z.enum(['demo', 'production']).default('demo'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default('./data'),
  SEPAKAT_CLOCK: z.enum(['system', 'manual']).default('system'),
  SEPAKAT_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
  JWT_SECRET: z.string().min(16).optional(),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  PLATFORM_API_KEYS: list.optional(),
  INSURER_API_KEYS: list.optional(),
  STORAGE_URL: z
    .string()
    .refine(
      (v) => v.startsWith('file:'),
      'only file: URLs (local disk, e.g. file:///var/lib/sepakat/files) are supported in this version',
    )
    .optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Sepakat <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEADLINE_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(250),
  DEADLINE_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(50),
  DEADLINE_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(50).default(8),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
});

export interface Config {
  port: number;
  host: string;
  mode: 'demo' | 'production';
  databaseUrl: string | null;
  databasePoolSize: number;
  dataDir: string;
  filesDir: string;
  clock: 'system' | 'manual';
  clockStart: Date | null;
  jwtSecret: string | null;
  jwksUrl: string | null;
  platformApiKeys: string[];
  insurerApiKeys: string[];
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: string;
  deadlinePollMs: number;
  /** Deadlines claimed and applied per transaction by the deadline engine. */
  deadlineBatchSize: number;
  /** Deadline transactions at once per process: 2 on PostgreSQL, 1 on the embedded database (it runs one at a time). */
  deadlineConcurrency: number;
  webhookRetryDelaySeconds: number;
  webhookRetryLimit: number;
  seedDemoData: boolean;
}

export class ConfigError extends Error {}

/** Read and check the environment; a bad value is one clear line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  const isDemo = e.SEPAKAT_MODE === 'demo';
  if (!isDemo) {
    if (!e.DATABASE_URL)
      throw new ConfigError('DATABASE_URL: production mode needs PostgreSQL (postgres://…)');
    if (!e.JWT_SECRET && !e.JWT_JWKS_URL)
      throw new ConfigError('JWT_SECRET: production mode needs JWT_SECRET or JWT_JWKS_URL');
    if (e.JWT_SECRET === DEMO_JWT_SECRET || (e.JWT_SECRET && e.JWT_SECRET.length < 32))
      throw new ConfigError('JWT_SECRET: production mode needs a real secret of at least 32 characters');
    if (!e.PLATFORM_API_KEYS?.length)
      throw new ConfigError('PLATFORM_API_KEYS: production mode needs at least one platform API key');
    if (!e.INSURER_API_KEYS?.length)
      throw new ConfigError('INSURER_API_KEYS: production mode needs at least one insurer API key');
    const demoKeys = [...e.PLATFORM_API_KEYS, ...e.INSURER_API_KEYS].filter(
      (k) => k === DEMO_PLATFORM_KEY || k === DEMO_INSURER_KEY || k.length < 24,
    );
    if (demoKeys.length)
      throw new ConfigError(
        'PLATFORM_API_KEYS: production API keys must be real secrets of at least 24 characters',
      );
    if (e.SEPAKAT_CLOCK === 'manual')
      throw new ConfigError('SEPAKAT_CLOCK: the manual clock is refused in production mode');
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    mode: e.SEPAKAT_MODE,
    databaseUrl: e.DATABASE_URL ?? null,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir,
    filesDir: e.STORAGE_URL
      ? fileURLToPath(new URL(e.STORAGE_URL, pathToFileURL(`${process.cwd()}/`)))
      : path.join(dataDir, 'files'),
    clock: e.SEPAKAT_CLOCK,
    clockStart: e.SEPAKAT_CLOCK_START ? new Date(e.SEPAKAT_CLOCK_START) : null,
    jwtSecret: e.JWT_SECRET ?? (isDemo && !e.JWT_JWKS_URL ? DEMO_JWT_SECRET : null),
    jwksUrl: e.JWT_JWKS_URL ?? null,
    platformApiKeys: e.PLATFORM_API_KEYS ?? (isDemo ? [DEMO_PLATFORM_KEY] : []),
    insurerApiKeys: e.INSURER_API_KEYS ?? (isDemo ? [DEMO_INSURER_KEY] : []),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    deadlinePollMs: e.DEADLINE_POLL_MS,
    deadlineBatchSize: e.DEADLINE_BATCH_SIZE,
    deadlineConcurrency: e.DEADLINE_CONCURRENCY ?? (e.DATABASE_URL ? 2 : 1),
    webhookRetryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
    webhookRetryLimit: e.WEBHOOK_RETRY_LIMIT,
    seedDemoData: isDemo && e.SEED_DEMO_DATA === 'true',
  };
}
