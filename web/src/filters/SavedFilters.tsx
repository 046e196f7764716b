// The sidebar's saved filters: each a link to the tasks its query matches, with the count of the
// open ones (live: the counts refresh with the tasks), and a way to delete one.
import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../api/client';
import { onLinkClick } from '../app/router';
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { deleteSavedFilter, filterPath, savedFilterKeys, useSavedFilters } from './api';

export function SavedFilters({ current, onNavigate }: { current: string | null; onNavigate: () => void }) {
  const filters = useSavedFilters();
  const client = useQueryClient();
  const toast = useToast();
  const saved = filters.data?.filters ?? [];
  if (saved.length === 0) return null;
  const remove = async (id: number, name: string) => {
    try {
      await deleteSavedFilter(id);
      await client.invalidateQueries({ queryKey: savedFilterKeys.all });
    } catch (error) {
      toast({
        message: t('Could not delete the filter “{name}”: {reason}', { name, reason: describeError(error) }),
        tone: 'error',
      });
    }
  };
  return (
    <>
      <div className="sidebar-head">
        <h2 id="filters-heading">{t('Filters')}</h2>
      </div>
      <ul className="sidebar-lists" aria-labelledby="filters-heading">
        {saved.map((f) => (
          <li key={f.id}>
            <div className="sidebar-row">
              <a
                href={filterPath(f.query)}
                title={f.query}
                aria-current={current === f.query ? 'page' : undefined}
                onClick={(e) => {
                  onLinkClick(e);
                  onNavigate();
                }}
              >
                <span className="sidebar-label">{f.name}</span>
                {f.open_count > 0 && (
                  <span className="sidebar-count">
                    {f.open_count}
                    <span className="visually-hidden"> {t('open')}</span>
                  </span>
                )}
              </a>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t('Delete filter {name}', { name: f.name })}
                onClick={() => remove(f.id, f.name)}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
