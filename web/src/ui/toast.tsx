// Short notices at the bottom of the screen, some with one action (Undo). Announced politely.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { t } from './i18n';

export interface ToastInput {
  message: string;
  action?: { label: string; onClick: () => void };
  /** Milliseconds before it goes; default 5000. */
  timeout?: number;
  tone?: 'info' | 'error';
}
interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => number>(() => 0);
const DismissContext = createContext<(id: number) => void>(() => {});

/** Shows a toast; answers its id. */
export function useToast() {
  return useContext(ToastContext);
}

/** Closes a toast by its id before its time (its action was done another way, say by key). */
export function useDismissToast() {
  return useContext(DismissContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  /** The timers that close toasts, cleared when the provider goes (no state set after unmount). */
  const timers = useRef(new Set<number>());
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) window.clearTimeout(timer);
      pending.clear();
    };
  }, []);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(-2), { ...input, id }]);
      const timer = window.setTimeout(() => {
        timers.current.delete(timer);
        dismiss(id);
      }, input.timeout ?? 5000);
      timers.current.add(timer);
      return id;
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      <DismissContext.Provider value={dismiss}>{children}</DismissContext.Provider>
      <aside className="toasts" aria-label={t('Notifications')}>
        <div role="status" aria-live="polite">
          {toasts.map((toast) => (
            <div key={toast.id} className={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`}>
              <span>{toast.message}</span>
              {toast.action && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    toast.action?.onClick();
                    dismiss(toast.id);
                  }}
                >
                  {toast.action.label}
                </button>
              )}
              <button
                type="button"
                className="icon-button"
                aria-label={t('Dismiss notification')}
                onClick={() => dismiss(toast.id)}
              >
                ×
              </button>
            </div>
          ))}
        </div>
      </aside>
    </ToastContext.Provider>
  );
}
