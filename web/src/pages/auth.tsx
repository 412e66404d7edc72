import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError, ok, setToken } from '../api/client.ts';
import type { Role } from '../api/types.ts';
import { ErrorMessage, Loading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { homeFor, useSession } from '../session.tsx';

const USER_ROLES: Role[] = ['buyer', 'seller', 'agent', 'admin'];

/** Only paths of this app: `next` must not send the user elsewhere. */
function safeNext(next: string | null): string | null {
  return next && /^\/(?![/\\])[^\\]*$/.test(next) ? next : null;
}

/**
 * How a marketplace hands a signed-in user over: it links to `/auth#token=<user token>&next=/…`.
 * The token stays out of server logs (a URL fragment is never sent), is checked with GET /v1/me,
 * and the fragment is removed from the address bar at once.
 */
export function AuthPage() {
  const { m } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  // Read once: the effect below removes the fragment (and may run twice in development).
  const [{ token, next }] = useState(() => {
    const params = new URLSearchParams(window.location.hash.slice(1));
    return { token: params.get('token'), next: safeNext(params.get('next')) };
  });
  useEffect(() => {
    window.history.replaceState(null, '', window.location.pathname);
    if (!token) {
      navigate('/login', { replace: true });
      return;
    }
    setToken(token);
    ok(api.GET('/v1/me'))
      .then((me) => {
        const role = me.role as Role;
        if (!USER_ROLES.includes(role)) throw new ApiError({ status: 403, code: 'forbidden' });
        signIn(token, { userId: me.userId, role, shopId: me.shopId ?? undefined, name: me.userId });
        navigate(next ?? homeFor(role), { replace: true });
      })
      .catch((err: unknown) => {
        setToken(null);
        setError(err);
      });
  }, [navigate, signIn, token, next]);
  return (
    <section className="page narrow">
      <h1>{m.login.handoff}</h1>
      {error ? <ErrorMessage error={error} /> : <Loading />}
    </section>
  );
}
