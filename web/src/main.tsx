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
import { deviceLanguage, setLanguage, useLanguage } from './ui/i18n';
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

// The language this browser last used (its catalog loaded first; English has none), so the first
// rows show in it; the account's setting follows once read (App). A change renders the app anew.
function InLanguage() {
  return <App key={useLanguage()} />;
}

void setLanguage(deviceLanguage()).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <InLanguage />
        </ToastProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
