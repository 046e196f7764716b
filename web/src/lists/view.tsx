// A list shows as a list (/lists/12) or as a board (/lists/12/board). The one last shown is
// remembered per list in this browser, and the sidebar's link opens the list that way (the address
// decides, so Back and reload keep what they show). Small and in the first load: the board itself
// loads when first opened.
import { onLinkClick } from '../app/router';
import { boardPath } from '../app/scope';
import { t } from '../ui/i18n';

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

/** Where the sidebar's link to a list goes: the view this browser last showed it in. */
export function listPath(listId: number): string {
  return rememberedView(listId) === 'board' ? boardPath(listId) : `/lists/${listId}`;
}

/** The List | Board switch in a list's header: two links, the current one marked. */
export function ViewSwitch({ listId, current }: { listId: number; current: ListView }) {
  const link = (view: ListView, href: string, label: string) => (
    <a
      href={href}
      className={view === current ? 'current' : undefined}
      aria-current={view === current ? 'page' : undefined}
      onClick={onLinkClick}
    >
      {label}
    </a>
  );
  return (
    <nav className="view-switch" aria-label={t('Show the list as')}>
      {link('list', `/lists/${listId}`, t('List'))}
      {link('board', boardPath(listId), t('Board'))}
    </nav>
  );
}
