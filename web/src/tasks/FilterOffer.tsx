// Under the search box: when what was typed reads as an expression of the filter language
// (docs/web-app.md, Filters), an offer to apply it as a filter instead of searching for its words.
// Loaded only when the search holds one of the language's marks (filterLike), with the filter's
// reader (shared/filter), so the first load carries neither.
import { type FilterNode, filterTerms, parseFilter } from '../../../shared/filter/filter';
import { setSearchParams } from '../app/router';
import { t } from '../ui/i18n';

/** The typed search read as a filter, or null when it is only words to search for. */
export function readAsFilter(text: string): FilterNode | null {
  try {
    const node = parseFilter(text.trim());
    // A filter made only of words to search for is the search itself.
    return filterTerms(node).some((t) => t.kind !== 'search') ? node : null;
  } catch {
    return null;
  }
}

export default function FilterOffer({ search }: { search: string }) {
  if (!readAsFilter(search)) return null;
  return (
    <p className="filter-offer" role="status">
      {t('“{search}” reads as a filter.', { search: search.trim() })}{' '}
      <button
        type="button"
        className="button button-small"
        onClick={() => setSearchParams({ q: null, filter: search.trim() })}
      >
        {t('Apply as a filter')}
      </button>
    </p>
  );
}
