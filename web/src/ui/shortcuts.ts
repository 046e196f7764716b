// Single-key shortcuts for the whole page. They never fire while someone types in a field,
// holds a modifier, or has a dialog open, so they cannot get in the way. The list the help
// dialog shows is shortcutList.ts.
import { useEffect, useRef } from 'react';

const TEXT_INPUTS = new Set([
  'text',
  'email',
  'password',
  'search',
  'number',
  'date',
  'datetime-local',
  'url',
  'tel',
]);

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

export function useShortcuts(handlers: Record<string, (event: KeyboardEvent) => void>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const handler = current.current[event.key];
      if (handler) {
        event.preventDefault();
        handler(event);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
