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
/** Tokens verified recently, kept until they expire: each client sends the same one on every request. */
const VERIFIED_TOKENS_KEPT = 10_000;

export class Authenticator {
  readonly #config: AuthConfig;
  readonly #secret: Uint8Array | null;
  readonly #jwks: JWTVerifyGetKey | null;
  /**
   * Verifying a signature took about a fifth of the server's time serving lists (CPU profile of
   * bench:scale). A token is a fixed string whose signature and claims do not change, so the
   * result of verifying it is kept (by the exact string) until its `exp`, for the most recent
   * 10,000 tokens. A token that failed is never kept.
   */
  readonly #verified = new Map<string, { actor: Actor; expiresAt: number }>();

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
    const kept = this.#verified.get(token);
    if (kept && kept.expiresAt > Date.now()) return kept.actor;
    if (kept) this.#verified.delete(token);
    const { actor, expiresAt } = await this.#verifySignature(token);
    this.#verified.set(token, { actor: Object.freeze(actor), expiresAt });
    if (this.#verified.size > VERIFIED_TOKENS_KEPT) {
      // the oldest first (a Map keeps insertion order)
      this.#verified.delete(this.#verified.keys().next().value!);
    }
    return actor;
  }

  async #verifySignature(token: string): Promise<{ actor: Actor; expiresAt: number }> {
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
    // `exp` is required and checked by jwtVerify; kept no longer than it allows
    const expiresAt = Number(payload.exp) * 1000;
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
      return { actor: { role: 'seller', id: sub, shopId: payload.shopId }, expiresAt };
    }
    if (role === 'admin') return { actor: { role: 'agent', id: sub, isAdmin: true }, expiresAt };
    if (role === 'agent')
      return { actor: { role: 'agent', id: sub, isAdmin: payload.admin === true }, expiresAt };
    return { actor: { role: 'buyer', id: sub }, expiresAt };
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
