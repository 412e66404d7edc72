import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from './api/client.ts';

interface ServerClock {
  /** The server's time now: deadlines are counted on it, not on this device's clock. */
  now: () => number;
  mode: 'system' | 'manual' | 'unknown';
}

const ClockContext = createContext<ServerClock>({ now: () => Date.now(), mode: 'unknown' });

/**
 * The server's clock. In demo mode the server may run a manual clock that only moves when told to
 * (GET /v1/dev/clock says so); then countdowns stand still with it. Otherwise the device's clock is
 * corrected by the offset to the server's.
 */
export function ClockProvider({ children }: { children: ReactNode }) {
  const { data } = useQuery({
    queryKey: ['clock'],
    queryFn: async () => {
      const fetchedAt = Date.now();
      const { data: clock, response } = await api.GET('/v1/dev/clock');
      if (!response.ok || !clock) return { mode: 'unknown' as const, offset: 0, serverNow: fetchedAt };
      const serverNow = Date.parse(clock.now);
      return { mode: clock.mode, offset: serverNow - fetchedAt, serverNow };
    },
    // Only a manual clock moves behind the page's back (someone advanced it); a production server
    // has no /v1/dev/clock at all, and asking once is enough.
    refetchInterval: (query) => (query.state.data?.mode === 'manual' ? 15_000 : false),
    retry: false,
  });
  const value: ServerClock =
    data?.mode === 'manual'
      ? { now: () => data.serverNow, mode: 'manual' }
      : { now: () => Date.now() + (data?.offset ?? 0), mode: data?.mode ?? 'unknown' };
  return <ClockContext.Provider value={value}>{children}</ClockContext.Provider>;
}

export function useServerClock(): ServerClock {
  return useContext(ClockContext);
}

/** The server's time, re-read every `everyMs` so countdowns move. */
export function useNow(everyMs = 1000): number {
  const clock = useServerClock();
  const [, tick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => tick((n) => n + 1), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return clock.now();
}
