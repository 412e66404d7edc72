/**
 * Real app processes for tests and benchmarks that need more than one process on one database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { TEST_START } from './app.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/app-process.ts', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface AppProcess {
  name: string;
  child: ChildProcess;
  port: number;
  /** Lines the process printed other than its port line (error logs, stack traces). */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Start one app process (test/fixtures/app-process.ts: the app as `npm start` runs it, on the
 * PostgreSQL database at `databaseUrl`, with the manual clock) and wait for its `{"port": N}` line.
 * `env` adds to or overrides its environment.
 */
export async function startAppProcess(
  name: string,
  databaseUrl: string,
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<AppProcess> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SEPAKAT_MODE: 'demo',
    SEED_DEMO_DATA: 'false',
    DATABASE_URL: databaseUrl,
    SEPAKAT_CLOCK: 'manual',
    SEPAKAT_CLOCK_START: TEST_START,
    DEADLINE_POLL_MS: '50',
    // Errors only: a worker sweep that fails (deadlock, serialization failure) is retried on the
    // next tick and would otherwise go unseen; the test fails on any logged error.
    LOG_LEVEL: 'error',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    // Tags this process's database sessions, so the test can tell which process fired a deadline.
    PGAPPNAME: `sepakat-${name}`,
    ...env,
  };
  delete childEnv.NODE_TEST_CONTEXT; // the child is an app, not a test file
  const child = spawn(process.execPath, [FIXTURE], { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  createInterface({ input: child.stderr! }).on('line', (line) => output.push(`[${name} stderr] ${line}`));
  const port = new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { port?: unknown; level?: unknown };
        if (typeof parsed.port === 'number' && parsed.level === undefined) return resolve(parsed.port);
      } catch {
        // not JSON: fall through and keep it
      }
      output.push(`[${name} stdout] ${line}`);
    });
    child.once('error', reject);
    void exited.then(({ code, signal }) =>
      reject(
        new Error(`app process ${name} exited (${code ?? signal}) before listening:\n${output.join('\n')}`),
      ),
    );
  });
  try {
    return {
      name,
      child,
      port: await withTimeout(port, START_TIMEOUT_MS, `app process ${name} to listen`),
      output,
      exited,
    };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}

/** SIGTERM (graceful: the worker finishes its tick), then SIGKILL if it does not exit in time. */
export async function stopAppProcess(
  p: AppProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  try {
    return await withTimeout(p.exited, STOP_TIMEOUT_MS, `app process ${p.name} to exit`);
  } catch (err) {
    p.child.kill('SIGKILL');
    await p.exited;
    throw err;
  }
}

/** One printed line, shortened: a pino error line as its message and error, anything else cut. */
export function summarize(line: string): string {
  const at = line.indexOf('{');
  try {
    const log = JSON.parse(line.slice(at)) as { msg?: string; err?: { type?: string; message?: string } };
    return `${line.slice(0, at)}${log.msg ?? ''}: ${log.err?.type ?? ''} ${log.err?.message ?? ''}`;
  } catch {
    return line.slice(0, 300);
  }
}
