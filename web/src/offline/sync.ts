// Ties the outbox to the app: the queue follows the signed-in account, queries wait (TanStack's
// onlineManager) until the writes made offline are sent, and the lists refresh once they are.
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { connection, knownOffline } from '../app/connection';
import { hasQueuedWrites, replayOutbox, setOutboxUser } from './outbox';

/** How often waiting writes are tried again while the browser says it is online. */
const RETRY_MS = 15_000;

let replayed: (() => void) | undefined;

/** Back online: first send what waits, then let queries refetch (so they see it). */
export function installOnlineManager(): void {
  onlineManager.setEventListener((setOnline) => {
    const online = () => {
      void replayOutbox()
        .catch(() => 0)
        .then((sent) => {
          setOnline(true);
          if (sent > 0) replayed?.();
        });
    };
    const offline = () => setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  });
}

/** True when a write should wait in the outbox rather than be sent now. */
export function mustQueue(): boolean {
  return knownOffline() || connection() !== 'online' || hasQueuedWrites();
}

/** After a write joined the queue: sends it now unless the browser knows it is offline. */
export function sendSoon(): void {
  if (knownOffline()) return;
  void replayOutbox().then(
    (sent) => sent > 0 && replayed?.(),
    () => undefined,
  );
}

export function useOfflineSync(userId: string | null): void {
  const qc = useQueryClient();
  useEffect(() => {
    setOutboxUser(userId);
    if (!userId) return;
    const refresh = () => void qc.invalidateQueries({ queryKey: ['tasks'] });
    replayed = refresh;
    const attempt = () => {
      if (knownOffline() || !hasQueuedWrites()) return;
      void replayOutbox().then(
        (sent) => sent > 0 && refresh(),
        () => undefined,
      );
    };
    attempt();
    const timer = window.setInterval(attempt, RETRY_MS);
    window.addEventListener('online', attempt);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', attempt);
      if (replayed === refresh) replayed = undefined;
    };
  }, [userId, qc]);
}
