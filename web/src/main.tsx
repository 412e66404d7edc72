import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client.ts';
import { App } from './app.tsx';
import { ClockProvider } from './clock.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import { SessionProvider } from './session.tsx';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused request (4xx) will not succeed by asking again; a network blip may.
      retry: (count, error) => !(error instanceof ApiError && error.problem.status >= 400) && count < 2,
      refetchOnWindowFocus: true,
      staleTime: 2_000,
    },
  },
});

// Evidence pictures are kept as object URLs: free each one when its query leaves the cache.
queryClient.getQueryCache().subscribe((event) => {
  if (event.type === 'removed' && event.query.queryKey[0] === 'attachment') {
    const url = event.query.state.data;
    if (typeof url === 'string') URL.revokeObjectURL(url);
  }
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SessionProvider>
          <ClockProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </ClockProvider>
        </SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
