import type { Actor } from '../domain/complaint/types.ts';
import { listFeed } from '../store/complaints.repository.ts';
import { requireRole } from './access.ts';
import { eventView } from './complaint-queries.ts';
import type { AppDeps } from './deps.ts';

/**
 * The event feed (SPEC 5): every timeline event across complaints after `after`, in commit order,
 * with a gap-free sequence — a consumer that remembers the last sequence it saw misses nothing and
 * sees nothing twice.
 */
export async function readEventFeed(deps: AppDeps, actor: Actor, after: number, limit: number) {
  requireRole(actor, ['platform', 'agent']);
  const events = await listFeed(deps.db, after, limit);
  return {
    data: events.map((e) => ({ sequence: e.sequence, complaintId: e.complaintId, ...eventView(e) })),
    lastSequence: events.at(-1)?.sequence ?? after,
  };
}
