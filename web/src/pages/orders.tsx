import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, ok } from '../api/client.ts';
import type { OrderItem } from '../api/types.ts';
import { DateTime, ErrorMessage, Loading, Money, StatusBadge } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** The buyer's orders: what can still be complained about and until when, and the complaints filed. */
export default function OrdersPage() {
  const { m } = useI18n();
  const orders = useInfiniteQuery({
    queryKey: ['orders'],
    queryFn: ({ pageParam }) =>
      ok(
        api.GET('/v1/orders', {
          params: { query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = orders.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <section className="page">
      <h1>{m.orders.title}</h1>
      {orders.isPending && <Loading />}
      <ErrorMessage error={orders.error} />
      {orders.isSuccess && items.length === 0 && <p className="empty">{m.orders.empty}</p>}
      <ul className="plain cards">
        {items.map((item) => (
          <li key={item.order.id}>
            <OrderCard item={item} />
          </li>
        ))}
      </ul>
      {orders.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          onClick={() => orders.fetchNextPage()}
          disabled={orders.isFetchingNextPage}
        >
          {m.loadMore}
        </button>
      )}
    </section>
  );
}

function OrderCard({ item }: { item: OrderItem }) {
  const { m } = useI18n();
  const { order, eligibility, complaints } = item;
  const open = eligibility?.eligible ?? false;
  return (
    <article className="card order" aria-labelledby={`order-${order.id}`}>
      <header className="row">
        <h2 id={`order-${order.id}`}>
          {m.orders.order(order.id)}{' '}
          {order.shopIsMall && <span className="badge badge-mall">{m.orders.mall}</span>}
        </h2>
        <span className="badge badge-info">{m.orders.status[order.status] ?? order.status}</span>
      </header>
      <ul className="plain items">
        {order.items.map((line) => (
          <li key={line.lineId}>
            {line.quantity}× {line.name} · <Money amount={line.unitPrice} currency={order.currency} />
          </li>
        ))}
      </ul>
      <p className="muted">
        {m.orders.paid}: <Money amount={order.paidTotal} currency={order.currency} />
        {order.deliveredAt ? (
          <> · {m.orders.deliveredAt(<DateTime iso={order.deliveredAt} />)}</>
        ) : order.shippedAt ? (
          <> · {m.orders.shippedAt(<DateTime iso={order.shippedAt} />)}</>
        ) : null}
      </p>
      {complaints.map((c) => (
        <p key={c.id} className="row">
          <span>
            {m.category[c.category]} · <StatusBadge status={c.status} />
          </span>
          <Link to={`/complaints/${c.id}`}>{m.orders.viewComplaint}</Link>
        </p>
      ))}
      <footer className="row">
        {open ? (
          <>
            <span className="ok-text">
              {eligibility?.until ? (
                <>{m.orders.complainUntil(<DateTime iso={eligibility.until} />)}</>
              ) : (
                m.orders.complainOpen
              )}
            </span>
            <Link className="button" to={`/orders/${order.id}/complain`}>
              {m.orders.complain}
            </Link>
          </>
        ) : (
          eligibility?.code && (
            <span className="muted">
              {m.orders.cannotComplain}: {m.errors.codes[eligibility.code] ?? eligibility.code}
            </span>
          )
        )}
      </footer>
    </article>
  );
}
