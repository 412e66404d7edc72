import type { Policy } from '../domain/policy.ts';
import type { Executor } from '../store/db.ts';
import { readPolicyVersion } from '../store/policy.repository.ts';
import { listEnabledEndpoints, type EnabledEndpoint } from '../store/webhook-endpoints.repository.ts';

/**
 * What rarely changes and is read by nearly every change: the policy versions a complaint was
 * filed under, and the enabled webhook endpoints. Reading them once instead of in every
 * transaction takes several statements off each filing and each deadline firing.
 *
 * - A policy version never changes once published, so it is kept for good.
 * - The endpoints are kept only while changes to them are announced to this process
 *   (`invalidate`, called by the listener of `store/config-changes.ts` when any process commits a
 *   change, and by this process right after its own). While the listener is not connected the
 *   cache is not trusted and every read goes to the database, so a missed announcement can never
 *   leave an endpoint out for longer than the reconnection.
 */
export class ConfigCache {
  readonly #policies = new Map<number, Promise<Policy>>();
  #endpoints: EnabledEndpoint[] | null = null;
  /** Bumped by every invalidation: a read that began before it must not fill the cache. */
  #generation = 0;
  #isTrusted: boolean;

  constructor(opts: { isTrusted: boolean }) {
    this.#isTrusted = opts.isTrusted;
  }

  async policyVersion(db: Executor, version: number): Promise<Policy> {
    let cached = this.#policies.get(version);
    if (!cached) {
      cached = readPolicyVersion(db, version);
      this.#policies.set(version, cached);
      // A failed read (e.g. the database away) is not remembered.
      cached.catch(() => this.#policies.delete(version));
    }
    return cached;
  }

  /** The enabled webhook endpoints, from memory while announcements arrive, else from `db`. */
  async webhookEndpoints(db: Executor): Promise<EnabledEndpoint[]> {
    if (this.#isTrusted && this.#endpoints) return this.#endpoints;
    const generation = this.#generation;
    const rows = await listEnabledEndpoints(db);
    if (this.#isTrusted && generation === this.#generation) this.#endpoints = rows;
    return rows;
  }

  /** Something changed (here or in another process): read it again next time. */
  invalidate(): void {
    this.#generation++;
    this.#endpoints = null;
  }

  /** Whether changes are being announced to this process (the listener is connected). */
  setTrusted(isTrusted: boolean): void {
    this.#isTrusted = isTrusted;
    this.invalidate();
  }
}
