import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, DEMO_JWT_SECRET, loadConfig } from './config.ts';

const production = {
  SEPAKAT_MODE: 'production',
  DATABASE_URL: 'postgres://sepakat@db.internal:5432/sepakat',
  JWT_SECRET: 'x'.repeat(40),
  PLATFORM_API_KEYS: 'p'.repeat(30),
  INSURER_API_KEYS: 'i'.repeat(30),
};

describe('configuration (SPEC 9)', () => {
  it('defaults to demo mode on port 3000 with the embedded database in ./data', () => {
    const c = loadConfig({});
    assert.deepEqual(
      [c.mode, c.port, c.databaseUrl, c.clock, c.jwtSecret],
      ['demo', 3000, null, 'system', DEMO_JWT_SECRET],
    );
    assert.ok(c.dataDir.endsWith('/data'));
    assert.deepEqual(c.platformApiKeys, ['demo-platform-key']);
  });

  const refusals: { name: string; env: Record<string, string>; variable: string }[] = [
    { name: 'a port that is not a number', env: { PORT: 'abc' }, variable: 'PORT' },
    { name: 'an unknown mode', env: { SEPAKAT_MODE: 'staging' }, variable: 'SEPAKAT_MODE' },
    {
      name: 'a database URL that is not PostgreSQL',
      env: { DATABASE_URL: 'mysql://x/y' },
      variable: 'DATABASE_URL',
    },
    { name: 'an unknown clock', env: { SEPAKAT_CLOCK: 'fast' }, variable: 'SEPAKAT_CLOCK' },
    {
      name: 'production without a database',
      env: { ...production, DATABASE_URL: '' },
      variable: 'DATABASE_URL',
    },
    {
      name: 'production with the demo secret',
      env: { ...production, JWT_SECRET: DEMO_JWT_SECRET },
      variable: 'JWT_SECRET',
    },
    {
      name: 'production without API keys',
      env: { ...production, PLATFORM_API_KEYS: '' },
      variable: 'PLATFORM_API_KEYS',
    },
    {
      name: 'production with the demo API key',
      env: { ...production, INSURER_API_KEYS: 'demo-insurer-key' },
      variable: 'PLATFORM_API_KEYS',
    },
    {
      name: 'the manual clock in production',
      env: { ...production, SEPAKAT_CLOCK: 'manual' },
      variable: 'SEPAKAT_CLOCK',
    },
    {
      name: 'S3 storage (not in this version)',
      env: { STORAGE_URL: 's3://bucket' },
      variable: 'STORAGE_URL',
    },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} with one line naming ${r.variable}`, () => {
      assert.throws(
        () => loadConfig(r.env),
        (err: unknown) =>
          err instanceof ConfigError &&
          err.message.startsWith(`${r.variable}:`) &&
          !err.message.includes('\n'),
      );
    });
  }

  it('accepts a complete production configuration, with no demo credentials', () => {
    const c = loadConfig(production);
    assert.equal(c.mode, 'production');
    assert.equal(c.seedDemoData, false);
    assert.deepEqual(c.platformApiKeys, ['p'.repeat(30)]);
  });
});
