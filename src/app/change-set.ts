import type { Complaint, TimelineEvent } from '../domain/complaint/types.ts';
import type { NotificationDraft } from '../domain/notifications.ts';
import {
  appendEvents,
  updateComplaints,
  type EventAppend,
  type StoredComplaint,
} from '../store/complaints.repository.ts';
import type { Tx } from '../store/db.ts';
import { syncDeadlines } from '../store/deadlines.repository.ts';
import { postOnce, type LedgerEntry } from '../store/ledger.repository.ts';
import { insertPayouts, type NewPayout } from '../store/payouts.repository.ts';
import type { AppDeps } from './deps.ts';
import { deliverNotifications } from './notify.ts';
import { payoutView } from './payouts.ts';
import { queueWebhooks, type WebhookMessage } from './webhooks.ts';

interface ComplaintChange {
  /** As it was read (locked) at the start of the transaction. */
  before: StoredComplaint;
  after: Complaint;
  /** Decisions taken on it in this transaction (each one revision). */
  decisions: number;
  fired: { kind: string; dueAt: string }[];
}

/**
 * Everything a transaction changes, gathered while it decides and written at its end with one
 * statement per table, however many complaints and events: the complaints (each guarded by the
 * revision it was read at), their deadline rows, ledger entries, payout instructions,
 * notifications and e-mails, webhooks, and last the timeline events (which take the event feed's
 * counter until commit). A user action changes one complaint; the deadline engine changes a batch
 * of them in one transaction, and this is what keeps a firing under one statement (0.4 in bench:scale).
 */
export class ChangeSet {
  readonly #complaints = new Map<string, ComplaintChange>();
  readonly #ledger: LedgerEntry[] = [];
  readonly #payouts: NewPayout[] = [];
  readonly #notifications: (NotificationDraft & { complaintId: string })[] = [];
  readonly #webhooks: WebhookMessage[] = [];
  readonly #events: EventAppend[] = [];

  /** A complaint this transaction holds; its stale deadline rows are cleared even if nothing else changes. */
  hold(stored: StoredComplaint): void {
    if (!this.#complaints.has(stored.complaint.id))
      this.#complaints.set(stored.complaint.id, {
        before: stored,
        after: stored.complaint,
        decisions: 0,
        fired: [],
      });
  }

  /** A decision on a held complaint; returns the complaint as it will be saved. */
  decided(
    before: StoredComplaint,
    after: Complaint,
    events: TimelineEvent[],
    now: Date,
    fired?: { kind: string; dueAt: string },
  ): StoredComplaint {
    this.hold(before);
    const change = this.#complaints.get(after.id)!;
    change.after = after;
    change.decisions++;
    if (fired) change.fired.push({ kind: fired.kind, dueAt: fired.dueAt });
    this.#events.push({ complaintId: after.id, events });
    return {
      complaint: after,
      revision: change.before.revision + change.decisions,
      createdAt: change.before.createdAt,
      updatedAt: now,
    };
  }

  /** Events of a complaint written outside `decided` (a new complaint: `afterSeq` 0). */
  events(complaintId: string, events: TimelineEvent[], afterSeq?: number): void {
    this.#events.push({ complaintId, events, ...(afterSeq !== undefined ? { afterSeq } : {}) });
  }

  ledger(entries: LedgerEntry[]): void {
    this.#ledger.push(...entries);
  }

  payouts(payouts: NewPayout[]): void {
    this.#payouts.push(...payouts);
  }

  notifications(drafts: (NotificationDraft & { complaintId: string })[]): void {
    this.#notifications.push(...drafts);
  }

  webhooks(messages: WebhookMessage[]): void {
    this.#webhooks.push(...messages);
  }

  async flush(deps: AppDeps, tx: Tx, now: Date): Promise<void> {
    const changes = [...this.#complaints.values()];
    await updateComplaints(
      tx,
      changes
        .filter((c) => c.decisions > 0)
        .map((c) => ({ complaint: c.after, expectedRevision: c.before.revision, decisions: c.decisions })),
      now,
    );
    await syncDeadlines(
      tx,
      changes.map((c) => ({ complaintId: c.after.id, running: c.after.deadlines, fired: c.fired })),
      now,
    );
    await postOnce(
      tx,
      firstOfEach(this.#ledger, (e) => e.key),
      now,
    );
    const payouts = firstOfEach(this.#payouts, (p) => `${p.complaintId}:${p.lineKind}`);
    const written = await insertPayouts(tx, payouts);
    const payoutWebhooks = payouts
      .filter((p) => written.has(p.id))
      .map((p) => ({
        type: 'payout.created',
        data: payoutView({ ...p, status: 'pending', confirmedAt: null, confirmationReference: null }),
      }));
    await deliverNotifications(tx, this.#notifications, now);
    await queueWebhooks(tx, deps, [...payoutWebhooks, ...this.#webhooks], now);
    // Last: appending takes the event feed's counter, held until commit (see appendEvents).
    await appendEvents(tx, this.#events, now);
  }
}

/** The first item of each key, in order (a key is written once, as the first change asked). */
function firstOfEach<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
