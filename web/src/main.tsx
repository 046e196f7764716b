import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { takeInvitationLink } from './app/invitationLink';
import { watchSession } from './auth/session';
import { persistQueries, restoreQueries } from './offline/persist';
import { registerServiceWorker } from './offline/register';
import { installOnlineManager } from './offline/sync';
import { App } from './shell/App';
import { applyDensity, applyTheme, savedDensity, savedTheme } from './ui/theme';
import { ToastProvider } from './ui/toast';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A refused request (4xx) will not change by asking again; a network blip might.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
    },
    // Offline, a write fails at once with a message instead of waiting unseen for the network.
    mutations: { networkMode: 'always' },
  },
});

applyTheme(savedTheme());
applyDensity(savedDensity());
takeInvitationLink();
watchSession(queryClient);

// Opens with the last-known tasks (offline too); writes made offline are sent before queries refetch.
restoreQueries(queryClient);
persistQueries(queryClient);
installOnlineManager();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <App />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
