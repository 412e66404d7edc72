import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/api-types.ts';
import { buildWeb, WEB_DIST } from '../scripts/build-web.ts';
import { ERROR_CODES } from '../src/domain/errors.ts';
import {
  CATEGORIES,
  DEADLINE_KINDS,
  EVIDENCE_KINDS,
  OUTCOMES,
  PROGRAMS,
  SOLUTION_TYPES,
  STATUSES,
} from '../src/domain/complaint/types.ts';
import { ACTIONS } from '../src/domain/complaint/lifecycle.ts';
import { MESSAGES } from '../web/src/i18n/messages.ts';

/** Issue 5's budget for the JavaScript a first visit downloads. */
const INITIAL_JS_BUDGET_GZIP = 200 * 1024;

describe('the web app’s contract with the API', () => {
  it('has typed API calls generated from the current /openapi.json (run `npm run api:types` after an API change)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    assert.ok(
      committed === (await generateApiTypes()),
      'web/src/api/schema.d.ts is stale: run npm run api:types',
    );
  });

  it('says every API error code and every state, category, solution, outcome, deadline and action in Indonesian and English', () => {
    for (const [lang, m] of Object.entries(MESSAGES)) {
      const missing = (group: string, keys: readonly string[], table: Record<string, unknown>) =>
        keys
          .filter((k) => typeof table[k] !== 'string' || !(table[k] as string).trim())
          .map((k) => `${lang} ${group}.${k}`);
      assert.deepEqual(
        [
          ...missing('errors.codes', Object.keys(ERROR_CODES), m.errors.codes),
          ...missing('status', STATUSES, m.status),
          ...missing('category', CATEGORIES, m.category),
          ...missing('program', PROGRAMS, m.program),
          ...missing('solution', SOLUTION_TYPES, m.solution),
          ...missing('outcome', OUTCOMES, m.outcome),
          ...missing('deadline', DEADLINE_KINDS, m.deadline),
          ...missing('evidence.kinds', EVIDENCE_KINDS, m.evidence.kinds),
          ...missing('action', Object.keys(ACTIONS), m.action),
        ],
        [],
      );
    }
    // The two languages really differ where they should.
    assert.notEqual(
      MESSAGES.id.errors.codes.complaint_window_closed,
      MESSAGES.en.errors.codes.complaint_window_closed,
    );
  });

  it('names every timeline event type and deadline outcome the domain emits', () => {
    const domain = path.join(import.meta.dirname, '../src/domain');
    const source = readdirSync(domain, { recursive: true })
      .filter((f) => String(f).endsWith('.ts') && !String(f).endsWith('.test.ts'))
      .map((f) => readFileSync(path.join(domain, String(f)), 'utf8'))
      .join('\n');
    const events = new Set([...source.matchAll(/emit\('([a-z_]+)'/g)].map((x) => x[1]!));
    events.add('complaint_filed');
    const expiries = new Set([...source.matchAll(/onExpiry: '([a-z_]+)'/g)].map((x) => x[1]!));
    for (const m of Object.values(MESSAGES)) {
      assert.deepEqual(
        [...events].filter((e) => !m.event[e]),
        [],
        'timeline events without a text',
      );
      assert.deepEqual(
        [...expiries].filter((e) => !m.onExpiry[e]),
        [],
        'deadline outcomes without a text',
      );
    }
  });

  it('keeps the initial JavaScript under 200 KB gzipped', async () => {
    await buildWeb({ quiet: true });
    const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    // What the page loads before anything is lazily imported: its module script and the modules it preloads.
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((x) => x[1]!);
    assert.ok(initial.length > 0, 'no script found in index.html');
    const gzipped = initial.reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(WEB_DIST, file))).length,
      0,
    );
    console.log(`initial JavaScript: ${initial.join(', ')} = ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    assert.ok(gzipped <= INITIAL_JS_BUDGET_GZIP, `${gzipped} bytes gzipped is over the budget`);
  });
});
