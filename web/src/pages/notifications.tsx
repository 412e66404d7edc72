import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../api/client.ts';
import { DateTime, ErrorMessage, Loading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** The caller's notifications in their language, newest first; unread ones stand out. */
export default function NotificationsPage() {
  const { m, lang } = useI18n();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: ['notifications', 'list', lang],
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/notifications', {
          params: { query: { limit: 30, locale: lang, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 15_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const readOne = useMutation({
    mutationFn: (id: string) =>
      ok(api.POST('/v1/notifications/{id}/read', { params: { path: { id } }, body: {} })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => ok(api.POST('/v1/notifications/read-all', { body: {} })),
    onSuccess: refresh,
  });
  const items = list.data?.pages.flatMap((p) => p.data) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  return (
    <section className="page narrow">
      <div className="row">
        <h1>{m.notifications.title}</h1>
        {unread > 0 && (
          <button
            type="button"
            className="button secondary"
            onClick={() => readAll.mutate()}
            disabled={readAll.isPending}
          >
            {m.notifications.markAll}
          </button>
        )}
      </div>
      {list.isPending && <Loading />}
      <ErrorMessage error={list.error ?? readOne.error ?? readAll.error} />
      {list.isSuccess && items.length === 0 && <p className="empty">{m.notifications.empty}</p>}
      <ul className="plain cards">
        {items.map((n) => (
          <li key={n.id}>
            <article className={`card notification ${n.readAt ? '' : 'unread'}`}>
              <div className="row">
                <h2>
                  {!n.readAt && <span className="visually-hidden">{m.notifications.unread}: </span>}
                  {n.title}
                </h2>
                <DateTime iso={n.createdAt} />
              </div>
              <p>{n.body}</p>
              <div className="row buttons">
                {n.complaintId && (
                  <Link to={`/complaints/${n.complaintId}`} onClick={() => !n.readAt && readOne.mutate(n.id)}>
                    {m.notifications.open}
                  </Link>
                )}
                {!n.readAt && (
                  <button type="button" className="link-button" onClick={() => readOne.mutate(n.id)}>
                    {m.notifications.markRead}
                  </button>
                )}
              </div>
            </article>
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button type="button" className="button secondary" onClick={() => list.fetchNextPage()}>
          {m.loadMore}
        </button>
      )}
    </section>
  );
}
