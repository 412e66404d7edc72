import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import type { Complaint } from '../api/types.ts';

/** Where focus goes when the control the user acted with is gone: the sentence saying whose move it is. */
export const TURN_ID = 'turn';

/**
 * One action on a complaint (each form has its own, so its error shows next to it). The answer is
 * the new complaint: it replaces the cached one and the timeline reloads. A poll already in flight
 * is cancelled first, so an older copy cannot land after it. When the complaint changed underneath
 * (412, 409) the page reloads it, and the form keeps what the user typed.
 */
export function useCommand(complaintId: string, onDone?: (c: Complaint) => void) {
  const queryClient = useQueryClient();
  const key = ['complaint', complaintId];
  return useMutation({
    mutationFn: (run: () => Promise<Complaint>) => run(),
    onMutate: () => queryClient.cancelQueries({ queryKey: key }),
    onSuccess: async (c) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData(key, c);
      void queryClient.invalidateQueries({ queryKey: ['timeline', complaintId] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      onDone?.(c);
      // The form or button just used may be gone (the action is no longer allowed): keep focus on the page.
      setTimeout(() => {
        const active = document.activeElement;
        if (!active || active === document.body) document.getElementById(TURN_ID)?.focus();
      }, 0);
    },
    onError: (error) => {
      if (error instanceof ApiError && [409, 412].includes(error.problem.status))
        void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** If-Match for a consequential action: refused (412) if the complaint changed since the user saw it. */
export function ifMatch(c: Complaint): { 'if-match': string } {
  return { 'if-match': `"${c.revision}"` };
}

/** A newer copy of the complaint never gives way to an older one (a slow poll answered late). */
export function newest(cached: Complaint | undefined, fetched: Complaint): Complaint {
  return cached && cached.id === fetched.id && cached.revision > fetched.revision ? cached : fetched;
}
