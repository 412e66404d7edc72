import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setToken, setUnauthorizedHandler } from './api/client.ts';
import type { Role } from './api/types.ts';

export interface SessionUser {
  userId: string;
  role: Role;
  shopId?: string | undefined;
  name: string;
}

interface Session {
  user: SessionUser | null;
  signIn: (token: string, user: SessionUser) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);
const STORAGE_KEY = 'sepakat.session';

function stored(): { token: string; user: SessionUser } | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return value && typeof value.token === 'string' && value.user ? value : null;
  } catch {
    return null;
  }
}

/** Who is signed in on this device; the token goes with every API call. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<SessionUser | null>(() => {
    const s = stored();
    setToken(s?.token ?? null);
    return s?.user ?? null;
  });
  const signIn = useCallback(
    (token: string, next: SessionUser) => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ token, user: next }));
      setToken(token);
      queryClient.clear();
      setUser(next);
    },
    [queryClient],
  );
  const signOut = useCallback(() => {
    localStorage.removeItem(STORAGE_KEY);
    setToken(null);
    queryClient.clear();
    setUser(null);
  }, [queryClient]);
  useEffect(() => setUnauthorizedHandler(signOut), [signOut]);
  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user (pages behind <RequireUser> only). */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

export function homeFor(role: Role): string {
  if (role === 'buyer') return '/orders';
  if (role === 'seller') return '/inbox';
  return '/agent';
}
