// Whether Doable can reach its server: the browser's own word (navigator.onLine and its online /
// offline events) and our requests' (a fetch that could not connect). Shown as a status line; task
// writes made meanwhile wait in the outbox (offline/outbox.ts) and are sent when it answers again.
import { useSyncExternalStore } from 'react';

export type Connection = 'online' | 'offline' | 'unreachable';

/** How often a lost server is asked again while the browser says it is online. */
const PROBE_MS = 10_000;

let browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine !== false;
let serverLost = false;
let probe: number | undefined;
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

export function connection(): Connection {
  if (!browserOnline) return 'offline';
  return serverLost ? 'unreachable' : 'online';
}

/** A request reached the server (any answer, even an error status). */
export function noteServerAnswered(): void {
  if (!serverLost) return;
  serverLost = false;
  window.clearInterval(probe);
  probe = undefined;
  changed();
}

/** A request could not connect. Asks /health now and then until the server answers again. */
export function noteServerLost(): void {
  if (serverLost) return;
  serverLost = true;
  if (typeof window !== 'undefined' && probe === undefined) {
    probe = window.setInterval(() => {
      if (!browserOnline) return;
      fetch('/health', { cache: 'no-store' }).then(noteServerAnswered, () => undefined);
    }, PROBE_MS);
  }
  changed();
}

/** A fetch that reports whether it reached the server; abort errors say nothing either way. */
export async function trackedFetch(request: Request): Promise<Response> {
  try {
    const response = await globalThis.fetch(request);
    noteServerAnswered();
    return response;
  } catch (error) {
    if (error instanceof TypeError) noteServerLost();
    throw error;
  }
}

let watching = false;
function watch() {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  const update = () => {
    browserOnline = navigator.onLine !== false;
    // Back online: the server gets a fresh chance before we say it is lost again.
    if (browserOnline) noteServerAnswered();
    changed();
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

export function useConnection(): Connection {
  return useSyncExternalStore(
    (listener) => {
      watch();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connection,
    () => 'online' as const,
  );
}

/** True while a write would surely fail: the browser knows it is offline. */
export function knownOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
