import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { api, ok } from '../api/client.ts';
import type { DemoUser, Role } from '../api/types.ts';
import { ErrorMessage, Loading } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { homeFor, useSession } from '../session.tsx';

const ROLE_ORDER: Role[] = ['buyer', 'seller', 'agent', 'admin'];

/** The demo's role switcher: sign in as any seeded buyer, seller, agent or admin of Tokolink. */
export function LoginPage() {
  const { m } = useI18n();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const users = useQuery({
    queryKey: ['demo-users'],
    queryFn: () => ok(api.GET('/v1/dev/users')),
    staleTime: Infinity,
  });
  const login = useMutation({
    mutationFn: async (user: DemoUser) => {
      const role = user.role as Role;
      const body = user.shopId
        ? { userId: user.userId, role, shopId: user.shopId }
        : { userId: user.userId, role };
      const { token } = await ok(api.POST('/v1/dev/login', { body }));
      return { token, user: { userId: user.userId, role, shopId: user.shopId, name: user.name } };
    },
    onSuccess: ({ token, user }) => {
      signIn(token, user);
      navigate(from && from !== '/login' ? from : homeFor(user.role), { replace: true });
    },
  });
  if (users.isPending) return <Loading />;
  if (users.error) {
    return (
      <section className="page narrow">
        <h1>{m.login.title}</h1>
        <p>{m.login.notDemo}</p>
      </section>
    );
  }
  return (
    <section className="page narrow">
      <h1>{m.login.title}</h1>
      <p>{m.login.intro}</p>
      <ErrorMessage error={login.error} />
      {ROLE_ORDER.map((role) => {
        const group = users.data.data.filter((u) => u.role === role);
        if (!group.length) return null;
        return (
          <section key={role} className="card">
            <h2>{m.login.groups[role]}</h2>
            <ul className="plain user-list">
              {group.map((u) => (
                <li key={u.userId}>
                  <button
                    type="button"
                    className="button"
                    disabled={login.isPending}
                    onClick={() => login.mutate(u)}
                  >
                    {m.login.as(u.name)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
