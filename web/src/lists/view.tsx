// A list shows as a list (/lists/12) or as a board (/lists/12/board). The choice is remembered per
// list in this browser, so the sidebar's link opens a list as it was last seen. Small and in the
// first load: the board itself loads when first opened.
import { navigate, onLinkClick } from '../app/router';
import { boardPath } from '../app/scope';

export type ListView = 'list' | 'board';

const PREFIX = 'doable:list-view:';

export function rememberedView(listId: number): ListView {
  try {
    return localStorage.getItem(PREFIX + listId) === 'board' ? 'board' : 'list';
  } catch {
    return 'list';
  }
}

export function rememberView(listId: number, view: ListView): void {
  try {
    if (view === 'board') localStorage.setItem(PREFIX + listId, 'board');
    else localStorage.removeItem(PREFIX + listId);
  } catch {
    // Storage refused (private mode): the address still keeps it for this page.
  }
}

/** On /lists/12 when this browser last showed that list as a board: go there (no new history entry). */
export function openRememberedView(listId: number): void {
  if (rememberedView(listId) === 'board') navigate(boardPath(listId), { replace: true });
}

/** The List | Board switch in a list's header: two links, the current one marked. */
export function ViewSwitch({ listId, current }: { listId: number; current: ListView }) {
  const link = (view: ListView, href: string, label: string) => (
    <a
      href={href}
      className={view === current ? 'current' : undefined}
      aria-current={view === current ? 'page' : undefined}
      onClick={(e) => {
        rememberView(listId, view);
        onLinkClick(e);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="view-switch" aria-label="Show the list as">
      {link('list', `/lists/${listId}`, 'List')}
      {link('board', boardPath(listId), 'Board')}
    </nav>
  );
}
