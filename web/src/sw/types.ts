// The few service-worker types the handlers use (the web app's TypeScript has the DOM library,
// not WebWorker's, and the two cannot be loaded together).
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
export interface PushEvent extends ExtendableEvent {
  readonly data: { json(): unknown; text(): string } | null;
}
export interface NotificationEvent extends ExtendableEvent {
  readonly action: string;
  readonly notification: Notification & { data: unknown };
}
export interface WindowClient {
  readonly url: string;
  focus(): Promise<WindowClient>;
  navigate(url: string): Promise<WindowClient | null>;
  postMessage(message: unknown): void;
}
export interface NotificationAction {
  action: string;
  title: string;
}
/** What the handlers need of `self` in a service worker, so tests can hand them a fake. */
export interface WorkerScope {
  readonly location: { origin: string };
  readonly registration: {
    showNotification(
      title: string,
      options?: NotificationOptions & { actions?: NotificationAction[] },
    ): Promise<void>;
  };
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClient[]>;
    openWindow(url: string): Promise<WindowClient | null>;
    claim(): Promise<void>;
  };
  readonly caches: CacheStorage;
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  skipWaiting(): Promise<void>;
}
