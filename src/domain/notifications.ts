import type { Complaint, TimelineEvent, WaitingOn } from './complaint/types.ts';

/**
 * Who is told what (issue 4): every party asked to act, when a deadline is set for them (and by
 * reminders 24 h and 2 h before it), the parties of every outcome, and the other side of a message.
 * A recipient is a user (`buyer:u-1`, `agent:a-1`), a shop (`seller:s-1`: all its sellers) or all
 * agents (`agents`, while no agent is assigned).
 */
export type NotificationKind = 'action_needed' | 'reminder' | 'outcome' | 'message';

export interface NotificationDraft {
  recipient: string;
  kind: NotificationKind;
  params: Record<string, unknown>;
}

export const REMINDER_HOURS_BEFORE = [24, 2] as const; // default: 24 h and 2 h before a deadline

export function recipientsOf(
  c: Pick<Complaint, 'buyerId' | 'shopId' | 'assignedAgentId'>,
  party: WaitingOn,
): string[] {
  switch (party) {
    case 'buyer':
      return [`buyer:${c.buyerId}`];
    case 'seller':
      return [`seller:${c.shopId}`];
    case 'agent':
      return [c.assignedAgentId ? `agent:${c.assignedAgentId}` : 'agents'];
    case 'courier':
    case 'insurer':
    case 'none':
      return [];
  }
}

export function notificationsFor(
  before: Complaint | null,
  after: Complaint,
  events: TimelineEvent[],
): NotificationDraft[] {
  const drafts: NotificationDraft[] = [];
  for (const d of after.deadlines) {
    // Same party, same due time (e.g. the seller's answer becoming the answer to a proposal): nothing new to say.
    const isNew = !d.breached && !before?.deadlines.some((b) => b.party === d.party && b.dueAt === d.dueAt);
    if (!isNew) continue;
    for (const recipient of recipientsOf(after, d.party)) {
      drafts.push({
        recipient,
        kind: 'action_needed',
        params: { deadlineKind: d.kind, dueAt: d.dueAt, onExpiry: d.onExpiry, status: after.status },
      });
    }
  }
  if (after.outcome && !before?.outcome) {
    for (const recipient of [...recipientsOf(after, 'buyer'), ...recipientsOf(after, 'seller')]) {
      drafts.push({
        recipient,
        kind: 'outcome',
        params: {
          outcome: after.outcome,
          buyerRefund: after.settlement?.buyerRefund ?? 0,
          currency: after.currency,
        },
      });
    }
  }
  for (const e of events.filter((x) => x.type === 'message_posted')) {
    const parties: WaitingOn[] = ['buyer', 'seller'];
    const others = parties.filter((p) => p !== e.actor.role).flatMap((p) => recipientsOf(after, p));
    for (const recipient of others)
      drafts.push({
        recipient,
        kind: 'message',
        params: { from: e.actor.role, body: String(e.data.body ?? '').slice(0, 200) },
      });
  }
  return drafts;
}
