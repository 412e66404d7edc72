import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { loadConfig } from '../src/config.ts';
import { assemble } from '../src/main.ts';
import { openInMemory } from '../src/store/db.ts';

/** Where the web app's API types live; `npm run api:types` rewrites it, a test checks it is current. */
export const API_TYPES_FILE = new URL('../web/src/api/schema.d.ts', import.meta.url);

/** The OpenAPI document exactly as a demo-mode server serves it at /openapi.json. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sepakat-openapi-'));
  const config = loadConfig({
    SEPAKAT_MODE: 'demo',
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
  });
  const app = await assemble(config, { database: await openInMemory(), startWorker: false });
  try {
    const res = await app.server.inject({ method: 'GET', url: '/openapi.json' });
    return res.json();
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** TypeScript types of every path, generated from the OpenAPI document by openapi-typescript. */
export async function generateApiTypes(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(JSON.stringify(doc));
  const source = [
    '// Generated from /openapi.json by `npm run api:types` (scripts/api-types.ts). Do not edit.',
    '// test/web-contract.test.ts fails when this file no longer matches the API.',
    astToString(ast),
  ].join('\n');
  return prettier.format(source, { ...(await prettier.resolveConfig(API_TYPES_FILE)), parser: 'typescript' });
}

if (import.meta.main) {
  writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`wrote ${API_TYPES_FILE.pathname}`);
}
