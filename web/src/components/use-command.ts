import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import type { Complaint } from '../api/types.ts';

/**
 * One action on a complaint (each form has its own, so its error shows next to it). The answer is
 * the new complaint: it replaces the cached one and the timeline reloads. When the complaint changed
 * underneath (412, 409) the page reloads it, and the form keeps what the user typed.
 */
export function useCommand(complaintId: string, onDone?: (c: Complaint) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: () => Promise<Complaint>) => run(),
    onSuccess: (c) => {
      queryClient.setQueryData(['complaint', complaintId], c);
      void queryClient.invalidateQueries({ queryKey: ['timeline', complaintId] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      onDone?.(c);
    },
    onError: (error) => {
      if (error instanceof ApiError && [409, 412].includes(error.problem.status))
        void queryClient.invalidateQueries({ queryKey: ['complaint', complaintId] });
    },
  });
}

/** If-Match for a consequential action: refused (412) if the complaint changed since the user saw it. */
export function ifMatch(c: Complaint): { 'if-match': string } {
  return { 'if-match': `"${c.revision}"` };
}
