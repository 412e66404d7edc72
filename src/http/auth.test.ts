import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { SignJWT } from 'jose';
import { Authenticator } from './auth.ts';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const config = { jwtSecret: SECRET, jwksUrl: null, platformApiKeys: [], insurerApiKeys: [] };

async function token(claims: Record<string, unknown>, expiresAt: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u-1')
    .setExpirationTime(Math.floor(expiresAt / 1000))
    .sign(new TextEncoder().encode(SECRET));
}

describe('user tokens', () => {
  it('a token verified once is accepted from memory until it expires, then refused', async (t) => {
    const start = Date.parse('2026-12-08T00:00:00Z');
    t.mock.timers.enable({ apis: ['Date'], now: start });
    const auth = new Authenticator(config);
    const valid = await token({ role: 'seller', shopId: 's-1' }, start + 60_000);
    const expected = { role: 'seller', id: 'u-1', shopId: 's-1' };
    assert.deepEqual(await auth.authenticate(`Bearer ${valid}`, undefined), expected);
    assert.deepEqual(await auth.authenticate(`Bearer ${valid}`, undefined), expected);
    t.mock.timers.tick(61_000);
    await assert.rejects(auth.authenticate(`Bearer ${valid}`, undefined), { code: 'unauthorized' });
    mock.timers.reset();
  });

  it('another string is verified on its own: a changed signature is refused after the real one was kept', async () => {
    const auth = new Authenticator(config);
    const valid = await token({ role: 'agent' }, Date.now() + 60_000);
    await auth.authenticate(`Bearer ${valid}`, undefined);
    const forged = `${valid.slice(0, -2)}${valid.endsWith('AA') ? 'AB' : 'AA'}`;
    await assert.rejects(auth.authenticate(`Bearer ${forged}`, undefined), { code: 'unauthorized' });
    const expired = await token({ role: 'agent' }, Date.now() - 1_000);
    await assert.rejects(auth.authenticate(`Bearer ${expired}`, undefined), { code: 'unauthorized' });
  });
});
