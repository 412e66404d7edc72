import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, ok } from '../api/client.ts';
import { Countdown, ErrorMessage, Loading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Customer Care's queue: escalations, appeals, near deadlines and overdue claims, most urgent first. */
export default function QueuePage() {
  const { m } = useI18n();
  const [params, setParams] = useSearchParams();
  const assignee = params.get('assignee') ?? 'all';
  const queue = useInfiniteQuery({
    queryKey: ['queue', assignee],
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/agent/queue', {
          params: {
            query: {
              ...(assignee === 'all' ? {} : { assignee }),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 10_000,
  });
  const first = queue.data?.pages[0];
  // Pages keyed by deadlines can shift while they reload: show each item once.
  const items = [
    ...new Map(
      (queue.data?.pages.flatMap((p) => p.data) ?? []).map((i) => [`${i.complaintId}-${i.claimId ?? ''}`, i]),
    ).values(),
  ];
  return (
    <section className="page">
      <h1>{m.agent.queueTitle}</h1>
      <div className="filters" role="group" aria-label={m.inbox.filter}>
        {['all', 'me', 'unassigned'].map((f) => (
          <button
            key={f}
            type="button"
            className={`chip ${assignee === f ? 'active' : ''}`}
            aria-pressed={assignee === f}
            onClick={() => setParams(f === 'all' ? {} : { assignee: f }, { replace: true })}
          >
            {m.agent.filters[f]}
          </button>
        ))}
      </div>
      {queue.isPending && <Loading />}
      <ErrorMessage error={queue.error} />
      {first && (
        <>
          <p className="muted">{m.agent.total(first.total, first.totalIsExact)}</p>
          {items.length === 0 && <p className="empty">{m.agent.queueEmpty}</p>}
          <table className="queue">
            <caption className="visually-hidden">{m.agent.queueTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.agent.why}</th>
                <th scope="col">{m.inbox.category}</th>
                <th scope="col">{m.complaint.nextDeadline}</th>
                <th scope="col">{m.agent.assignee}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.agent.open}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  key={`${item.kind}-${item.complaintId}-${item.claimId ?? ''}`}
                  className={item.breached ? 'breached' : ''}
                >
                  <td>
                    <span
                      className={`badge ${item.kind === 'appeal' || item.breached ? 'badge-warn' : 'badge-info'}`}
                    >
                      {m.agent.kinds[item.kind]}
                    </span>
                    <br />
                    <small>{m.status[item.status] ?? item.status}</small>
                  </td>
                  <td>
                    {m.category[item.category] ?? item.category}
                    <br />
                    <small>{m.program[item.program] ?? item.program}</small>
                  </td>
                  <td>
                    {item.dueAt ? (
                      <>
                        {item.deadlineKind ? `${m.deadline[item.deadlineKind] ?? item.deadlineKind}: ` : ''}
                        <Countdown dueAt={item.dueAt} />
                      </>
                    ) : (
                      '—'
                    )}
                    {item.breached && (
                      <>
                        {' '}
                        <span className="badge badge-warn">{m.complaint.breached}</span>
                      </>
                    )}
                  </td>
                  <td>{item.assignedAgentId ?? <span className="muted">{m.complaint.unassigned}</span>}</td>
                  <td>
                    <Link className="button small" to={`/complaints/${item.complaintId}`}>
                      {m.agent.open}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {queue.hasNextPage && (
            <button
              type="button"
              className="button secondary"
              onClick={() => queue.fetchNextPage()}
              disabled={queue.isFetchingNextPage}
            >
              {m.loadMore}
            </button>
          )}
        </>
      )}
    </section>
  );
}
