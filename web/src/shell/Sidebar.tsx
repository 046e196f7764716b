// The sidebar loads beside the task list's first rows rather than before them (ui/later.tsx).
// Until SidebarPanel.tsx is there, an empty sidebar of the same place and name stands in, so
// nothing moves and ☰ controls it.

import { t } from '../ui/i18n';
import { later } from '../ui/later';
import type { SidebarProps } from './SidebarPanel';

export const Sidebar = later<SidebarProps>(
  () => import('./SidebarPanel').then((m) => m.SidebarPanel),
  ({ open }) => (
    <nav
      id="sidebar"
      className={`sidebar${open ? ' sidebar-open' : ''}`}
      aria-label={t('Views and lists')}
      aria-busy="true"
    />
  ),
);
