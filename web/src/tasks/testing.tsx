// The task screen's tests render it inside the deletes-with-undo provider the shell gives it
// (test/render.tsx knows no feature, so that every folder's tests can use it).
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderWithApp as renderWithProviders } from '../test/render';
import { PendingDeletesProvider } from './deletes';
import { virtualReady } from './VirtualRows';

// The task list renders its rows plainly until the virtualizer has loaded; tests see the list as
// it is once loaded.
await virtualReady;

export { type FakeApi, fakeApi, task } from '../test/render';

export function renderWithApp(ui: ReactNode, client?: QueryClient) {
  return renderWithProviders(<PendingDeletesProvider>{ui}</PendingDeletesProvider>, client);
}
