// One undo for the task list: a change that can be taken back (a delete, a completion) offers it in
// a toast, and `u` takes back the latest offer still open, closing its toast as the button would.
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef } from 'react';
import { t } from '../ui/i18n';
import { useDismissToast, useToast } from '../ui/toast';

/** How long an offer stays open, like its toast. */
export const UNDO_MS = 5000;

export interface UndoOffer {
  message: string;
  undo: () => void;
  timeout?: number;
}

interface Undo {
  /** Shows the toast with Undo; answers an id to withdraw the offer with. */
  offer(offer: UndoOffer): number;
  /** Closes an offer that no longer holds (the change itself failed). */
  withdraw(id: number): void;
  /** Takes back the latest open offer; false when there is none. */
  undoLast(): boolean;
}

const Context = createContext<Undo>({ offer: () => 0, withdraw: () => {}, undoLast: () => false });

export function useUndo() {
  return useContext(Context);
}

interface Open {
  id: number;
  toastId: number;
  timer: number;
  undo: () => void;
}

export function UndoProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const dismissToast = useDismissToast();
  const open = useRef<Open[]>([]);
  const next = useRef(1);

  const take = useCallback((id: number): Open | undefined => {
    const found = open.current.find((o) => o.id === id);
    if (!found) return undefined;
    window.clearTimeout(found.timer);
    open.current = open.current.filter((o) => o !== found);
    return found;
  }, []);

  const offer = useCallback(
    ({ message, undo, timeout = UNDO_MS }: UndoOffer) => {
      const id = next.current++;
      const toastId = toast({
        message,
        action: { label: t('Undo'), onClick: () => take(id)?.undo() },
        timeout,
      });
      const timer = window.setTimeout(() => take(id), timeout);
      open.current.push({ id, toastId, timer, undo });
      return id;
    },
    [toast, take],
  );

  const withdraw = useCallback(
    (id: number) => {
      const found = take(id);
      if (found) dismissToast(found.toastId);
    },
    [take, dismissToast],
  );

  const undoLast = useCallback(() => {
    const last = open.current.at(-1);
    if (!last) return false;
    take(last.id);
    dismissToast(last.toastId);
    last.undo();
    return true;
  }, [take, dismissToast]);

  const value = useMemo(() => ({ offer, withdraw, undoLast }), [offer, withdraw, undoLast]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
