import { timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { Actor } from '../domain/complaint/types.ts';
import { DomainError } from '../domain/errors.ts';

export interface AuthConfig {
  jwtSecret: string | null;
  jwksUrl: string | null;
  platformApiKeys: string[];
  insurerApiKeys: string[];
}

const USER_ROLES = ['buyer', 'seller', 'agent', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Who is calling: an API key (platform, insurer) or a user token (JWT) issued by the marketplace
 * with `sub`, `role` and, for sellers, `shopId`. An `admin` is an agent with the admin right.
 */
export class Authenticator {
  readonly #config: AuthConfig;
  readonly #secret: Uint8Array | null;
  readonly #jwks: JWTVerifyGetKey | null;

  constructor(config: AuthConfig) {
    this.#config = config;
    this.#secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
    this.#jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  }

  async authenticate(header: string | undefined, apiKeyHeader: string | undefined): Promise<Actor | null> {
    // The scheme is case-insensitive (RFC 9110).
    const bearer = header?.match(/^bearer\s+(.+)$/i)?.[1]?.trim();
    const credential = apiKeyHeader ?? bearer;
    if (!credential) {
      if (header) throw new DomainError('unauthorized', 'Authorization must be "Bearer <token or API key>".');
      return null;
    }
    if (this.#config.platformApiKeys.some((k) => sameSecret(k, credential)))
      return { role: 'platform', id: 'platform' };
    if (this.#config.insurerApiKeys.some((k) => sameSecret(k, credential)))
      return { role: 'insurer', id: 'insurer' };
    if (apiKeyHeader) throw new DomainError('unauthorized', 'The API key is not valid.');
    return this.#verifyToken(credential);
  }

  async #verifyToken(token: string): Promise<Actor> {
    let payload: Record<string, unknown>;
    try {
      if (this.#jwks) payload = (await jwtVerify(token, this.#jwks, { requiredClaims: ['exp'] })).payload;
      else if (this.#secret)
        payload = (await jwtVerify(token, this.#secret, { algorithms: ['HS256'], requiredClaims: ['exp'] }))
          .payload;
      else throw new Error('no verification key configured');
    } catch (err) {
      throw new DomainError('unauthorized', `The token is not valid: ${(err as Error).message}`);
    }
    const role = payload.role;
    const sub = payload.sub;
    if (typeof sub !== 'string' || sub.length === 0 || !USER_ROLES.includes(role as UserRole)) {
      throw new DomainError(
        'unauthorized',
        'The token needs a `sub` and a `role` of buyer, seller, agent or admin.',
      );
    }
    if (role === 'seller') {
      if (typeof payload.shopId !== 'string' || !payload.shopId)
        throw new DomainError('unauthorized', 'A seller token needs a `shopId`.');
      return { role: 'seller', id: sub, shopId: payload.shopId };
    }
    if (role === 'admin') return { role: 'agent', id: sub, isAdmin: true };
    if (role === 'agent') return { role: 'agent', id: sub, isAdmin: payload.admin === true };
    return { role: 'buyer', id: sub };
  }

  /** Demo mode: a token for any user (POST /v1/dev/login). */
  async issue(
    user: { userId: string; role: UserRole; shopId?: string | undefined },
    ttlSeconds = 12 * 3600,
  ): Promise<string> {
    if (!this.#secret) throw new Error('tokens can only be issued with JWT_SECRET');
    return new SignJWT({ role: user.role, ...(user.shopId ? { shopId: user.shopId } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.userId)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.#secret);
  }
}
