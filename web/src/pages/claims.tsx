import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../api/client.ts';
import { Countdown, DateTime, ErrorMessage, Loading, Money } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Pasti Ori compensation claims, earliest due first, with what is overdue. The insurer decides them. */
export default function ClaimsPage() {
  const { m } = useI18n();
  const claims = useInfiniteQuery({
    queryKey: ['claims'],
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/compensation-claims', {
          params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = claims.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <section className="page">
      <h1>{m.agent.claimsTitle}</h1>
      {claims.isPending && <Loading />}
      <ErrorMessage error={claims.error} />
      {claims.isSuccess && items.length === 0 && <p className="empty">{m.agent.claimsEmpty}</p>}
      <ul className="plain cards">
        {items.map((claim) => (
          <li key={claim.id}>
            <article className={`card ${claim.overdue ? 'breached' : ''}`}>
              <div className="row">
                <h2>
                  <Link to={`/complaints/${claim.complaintId}`}>{claim.id}</Link>
                </h2>
                <span
                  className={`badge ${claim.status === 'approved' ? 'badge-ok' : claim.overdue ? 'badge-warn' : 'badge-info'}`}
                >
                  {m.agent.claimStatus[claim.status]}
                </span>
              </div>
              <p>
                <Money amount={claim.amount} currency={claim.currency} /> · {m.roles.buyer} {claim.buyerId}
              </p>
              <p className="muted">
                {claim.status === 'pending' ? (
                  <>
                    {m.agent.claimDue(<DateTime iso={claim.dueAt} />)} · <Countdown dueAt={claim.dueAt} />
                  </>
                ) : (
                  claim.decidedAt && <DateTime iso={claim.decidedAt} />
                )}
              </p>
            </article>
          </li>
        ))}
      </ul>
      {claims.hasNextPage && (
        <button type="button" className="button secondary" onClick={() => claims.fetchNextPage()}>
          {m.loadMore}
        </button>
      )}
    </section>
  );
}
