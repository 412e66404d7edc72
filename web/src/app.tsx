import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Navigate, NavLink, Route, Routes, useLocation } from 'react-router';
import { api, ok } from './api/client.ts';
import { useServerClock } from './clock.tsx';
import { DateTime, ErrorMessage, Loading } from './components/ui.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { AuthPage } from './pages/auth.tsx';
import { LoginPage } from './pages/login.tsx';
import { homeFor, useSession } from './session.tsx';

// Each role's pages load when first needed, so a buyer's phone never downloads the agents' console.
const OrdersPage = lazy(() => import('./pages/orders.tsx'));
const FileComplaintPage = lazy(() => import('./pages/file-complaint.tsx'));
const ComplaintPage = lazy(() => import('./pages/complaint.tsx'));
const ComplaintListPage = lazy(() => import('./pages/complaint-list.tsx'));
const QueuePage = lazy(() => import('./pages/agent-queue.tsx'));
const ClaimsPage = lazy(() => import('./pages/claims.tsx'));
const NotificationsPage = lazy(() => import('./pages/notifications.tsx'));
const ShopSettingsPage = lazy(() => import('./pages/shop-settings.tsx'));

export function App() {
  const { user } = useSession();
  return (
    <>
      <a className="skip" href="#main">
        <SkipText />
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/auth" element={<AuthPage />} />
            <Route
              path="/"
              element={user ? <Navigate to={homeFor(user.role)} replace /> : <Navigate to="/login" replace />}
            />
            <Route
              path="/orders"
              element={
                <RequireUser roles={['buyer']}>
                  <OrdersPage />
                </RequireUser>
              }
            />
            <Route
              path="/orders/:orderId/complain"
              element={
                <RequireUser roles={['buyer']}>
                  <FileComplaintPage />
                </RequireUser>
              }
            />
            <Route
              path="/complaints"
              element={
                <RequireUser roles={['buyer']}>
                  <ComplaintListPage />
                </RequireUser>
              }
            />
            <Route
              path="/inbox"
              element={
                <RequireUser roles={['seller']}>
                  <ComplaintListPage />
                </RequireUser>
              }
            />
            <Route
              path="/shop"
              element={
                <RequireUser roles={['seller']}>
                  <ShopSettingsPage />
                </RequireUser>
              }
            />
            <Route
              path="/complaints/:id"
              element={
                <RequireUser>
                  <ComplaintPage />
                </RequireUser>
              }
            />
            <Route
              path="/agent"
              element={
                <RequireUser roles={['agent', 'admin']}>
                  <QueuePage />
                </RequireUser>
              }
            />
            <Route
              path="/agent/claims"
              element={
                <RequireUser roles={['agent', 'admin']}>
                  <ClaimsPage />
                </RequireUser>
              }
            />
            <Route
              path="/notifications"
              element={
                <RequireUser>
                  <NotificationsPage />
                </RequireUser>
              }
            />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
      <DemoClockBar />
    </>
  );
}

function SkipText() {
  return <>{useI18n().m.skipToContent}</>;
}

/** Pages for signed-in users (of the given roles); others are sent to sign in or to their own home. */
function RequireUser({ roles, children }: { roles?: string[]; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (roles && !roles.includes(user.role)) return <Navigate to={homeFor(user.role)} replace />;
  return <>{children}</>;
}

function NotFound() {
  const { m } = useI18n();
  return (
    <section className="page">
      <h1>404</h1>
      <p>{m.errors.codes.not_found}</p>
      <Link to="/">{m.back}</Link>
    </section>
  );
}

function Header() {
  const { m, lang, setLang } = useI18n();
  const { user, signOut } = useSession();
  const links: { to: string; label: string }[] =
    user?.role === 'buyer'
      ? [
          { to: '/orders', label: m.nav.orders },
          { to: '/complaints', label: m.nav.myComplaints },
        ]
      : user?.role === 'seller'
        ? [
            { to: '/inbox', label: m.nav.inbox },
            { to: '/shop', label: m.nav.shop },
          ]
        : user
          ? [
              { to: '/agent', label: m.nav.queue },
              { to: '/agent/claims', label: m.nav.claims },
            ]
          : [];
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        <span className="logo" aria-hidden="true">
          ✓
        </span>
        <span>
          {m.brand} <small>{m.tagline}</small>
        </span>
      </Link>
      {user && (
        <nav aria-label={m.nav.main}>
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to} end>
                  {l.label}
                </NavLink>
              </li>
            ))}
            <li>
              <NotificationsLink />
            </li>
          </ul>
        </nav>
      )}
      <div className="topbar-end">
        <button
          type="button"
          className="link-button"
          lang={lang === 'id' ? 'en' : 'id'}
          aria-label={m.switchLanguageLabel}
          onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
        >
          {m.switchLanguage}
        </button>
        {user && (
          <span className="who">
            <span className="who-name">{user.name}</span>{' '}
            <span className="who-role">{m.roles[user.role]}</span>
            <button type="button" className="link-button" onClick={signOut}>
              {m.nav.switchRole}
            </button>
          </span>
        )}
      </div>
    </header>
  );
}

/** The notifications link with the unread count, refreshed every 15 s. */
function NotificationsLink() {
  const { m } = useI18n();
  const { data } = useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => ok(api.GET('/v1/notifications', { params: { query: { limit: 1, unread: 'true' } } })),
    refetchInterval: 15_000,
  });
  const unread = data?.unreadCount ?? 0;
  return (
    <NavLink to="/notifications">
      {m.nav.notifications}
      {unread > 0 && (
        <span className="count">
          {unread > 99 ? '99+' : unread}
          <span className="visually-hidden"> {m.nav.unreadSuffix}</span>
        </span>
      )}
    </NavLink>
  );
}

/** Demo mode with a manual clock: move time forward to see deadlines fire. */
function DemoClockBar() {
  const { m } = useI18n();
  const clock = useServerClock();
  const queryClient = useQueryClient();
  const advance = useMutation({
    mutationFn: (hours: number) => ok(api.POST('/v1/dev/clock/advance', { body: { hours } })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  if (clock.mode !== 'manual') return null;
  return (
    <aside className="demo-clock" aria-label={m.demo.clock}>
      <span>{m.demo.clockAt(<DateTime iso={new Date(clock.now()).toISOString()} />)}</span>
      {[1, 24, 48].map((h) => (
        <button
          key={h}
          type="button"
          title={m.demo.advanceLabel(h)}
          onClick={() => advance.mutate(h)}
          disabled={advance.isPending}
        >
          {m.demo.advance(h)}
        </button>
      ))}
      {advance.data && <span role="status">{m.demo.fired(advance.data.fired)}</span>}
      {advance.error && <ErrorMessage error={advance.error} />}
    </aside>
  );
}
