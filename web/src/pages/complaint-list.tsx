import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../api/client.ts';
import type { Category, ComplaintRow, Status } from '../api/types.ts';
import { CATEGORIES, STATUSES, TERMINAL_STATUSES } from '../../../src/domain/complaint/types.ts';
import { Countdown, ErrorMessage, Loading, Money, StatusBadge } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useUser } from '../session.tsx';

// The same lists as the API's (pure constants of the domain, bundled into the app).
const RUNNING: Status[] = STATUSES.filter((s) => !TERMINAL_STATUSES.includes(s));
const ENDED: Status[] = [...TERMINAL_STATUSES];
type Filter = 'action' | 'open' | 'ended' | 'breaching';

/**
 * The seller's inbox (and the buyer's list of complaints): most urgent first, with a countdown to
 * each complaint's next deadline, filtered by what needs the caller, what runs, what ended.
 */
export default function ComplaintListPage() {
  const { m } = useI18n();
  const user = useUser();
  const party: 'seller' | 'buyer' = user.role === 'seller' ? 'seller' : 'buyer';
  const [params, setParams] = useSearchParams();
  const filter = (params.get('show') as Filter | null) ?? (party === 'seller' ? 'action' : 'open');
  const category = (params.get('category') as Category | null) ?? undefined;
  const query = {
    // Running complaints by urgency; ended ones (no deadline left) newest first.
    sort: filter === 'ended' ? ('newest' as const) : ('deadline' as const),
    limit: 20,
    status: filter === 'ended' ? ENDED : RUNNING,
    ...(filter === 'breaching' ? { breaching: 'true' as const } : {}),
    // whose move it is is kept with each complaint, so "needs action" is a filter of the server's
    ...(filter === 'action' ? { waitingOn: party } : {}),
    ...(category ? { category } : {}),
  };
  const list = useInfiniteQuery({
    queryKey: ['complaints', query],
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/complaints', {
          params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 10_000,
  });
  // Pages keyed by deadlines can shift while they reload: show each complaint once.
  const shown = [...new Map((list.data?.pages.flatMap((p) => p.data) ?? []).map((c) => [c.id, c])).values()];
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <section className="page">
      <h1>{party === 'seller' ? m.inbox.title : m.inbox.buyerTitle}</h1>
      <div className="filters" role="group" aria-label={m.inbox.filter}>
        {/* Breaching flags Customer Care's SLA, which is not the parties' to act on. */}
        {(['action', 'open', 'ended'] as Filter[]).map((f) => (
          <button
            key={f}
            type="button"
            className={`chip ${filter === f ? 'active' : ''}`}
            aria-pressed={filter === f}
            onClick={() => set('show', f)}
          >
            {m.inbox.filters[f]}
          </button>
        ))}
        <label className="inline">
          <span className="visually-hidden">{m.inbox.category}</span>
          <select
            value={category ?? ''}
            onChange={(e) => set('category', e.target.value || undefined)}
            aria-label={m.inbox.category}
          >
            <option value="">{m.inbox.allCategories}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {m.category[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.isPending && <Loading />}
      <ErrorMessage error={list.error} />
      {list.isSuccess && shown.length === 0 && <p className="empty">{m.inbox.empty}</p>}
      <ul className="plain cards">
        {shown.map((c) => (
          <li key={c.id}>
            <ComplaintRowCard complaint={c} party={party} />
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          onClick={() => list.fetchNextPage()}
          disabled={list.isFetchingNextPage}
        >
          {m.loadMore}
        </button>
      )}
    </section>
  );
}

function ComplaintRowCard({ complaint: c, party }: { complaint: ComplaintRow; party: 'buyer' | 'seller' }) {
  const { m } = useI18n();
  const next = [...c.deadlines].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  const mine = c.waitingOn === party;
  return (
    <article className={`card complaint-row ${mine ? 'mine' : ''}`}>
      <div className="row">
        <h2>
          <Link to={`/complaints/${c.id}`}>
            {m.category[c.category]} · {m.complaint.order(c.orderId)}
          </Link>
        </h2>
        <StatusBadge status={c.status} />
      </div>
      <p className="muted">
        {c.items.map((i) => `${i.quantity}× ${i.name}`).join(', ')} ·{' '}
        <Money amount={c.refundable.maximum} currency={c.currency} />
        {c.shopIsMall && ` · ${m.program[c.program]}`}
      </p>
      <p className="row">
        <span>
          {c.outcome ? (
            m.outcome[c.outcome]
          ) : mine ? (
            <strong className="your-turn">{m.complaint.yourTurn}</strong>
          ) : (
            m.complaint.waitingOn(m.waitingOn[c.waitingOn] ?? c.waitingOn)
          )}
        </span>
        {next ? (
          <span>
            {m.deadline[next.kind]}: <Countdown dueAt={next.dueAt} />
          </span>
        ) : (
          !c.outcome && <span className="muted">{m.inbox.noDeadline}</span>
        )}
      </p>
    </article>
  );
}
