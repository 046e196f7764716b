// Narrows the list by priority, tags and due moment; every choice lives in the address.
import { setSearchParams } from '../app/router';
import {
  CLEAR_FILTERS,
  DUE_LABELS,
  isNarrowed,
  type ListFilters,
  PRIORITY_LABELS,
  type Priority,
} from './filters';
import { useTags } from './queries';

const PRIORITIES = Object.keys(PRIORITY_LABELS) as Priority[];

/**
 * The bar folds away behind the toolbar's Filters button until `open` (it stays open while a filter
 * is on, so nothing narrows the list out of sight).
 */
export function FilterBar({ filters, open = false }: { filters: ListFilters; open?: boolean }) {
  const tags = useTags();
  const unused = (tags.data?.tags ?? []).filter(
    (t) => !filters.tag.some((chosen) => chosen.toLowerCase() === t.name.toLowerCase()),
  );
  const togglePriority = (p: Priority) => {
    const next = filters.priority.includes(p)
      ? filters.priority.filter((x) => x !== p)
      : [...filters.priority, p];
    setSearchParams({ priority: next.length > 0 ? next.join(',') : null });
  };
  return (
    <div className="filter-bar" id="filter-bar" data-open={open || isNarrowed(filters) || undefined}>
      <fieldset className="filters filters-small">
        <legend className="visually-hidden">Priority</legend>
        {PRIORITIES.map((p) => (
          <button
            key={p}
            type="button"
            className="filter"
            aria-pressed={filters.priority.includes(p)}
            onClick={() => togglePriority(p)}
          >
            {PRIORITY_LABELS[p]} <span className="visually-hidden">priority</span>
          </button>
        ))}
      </fieldset>
      <label htmlFor="filter-due" className="visually-hidden">
        Due
      </label>
      <select
        id="filter-due"
        className="select-small"
        value={filters.due ?? ''}
        onChange={(e) => setSearchParams({ due: e.target.value || null })}
      >
        <option value="">Any due date</option>
        {(Object.keys(DUE_LABELS) as (keyof typeof DUE_LABELS)[]).map((d) => (
          <option key={d} value={d}>
            {DUE_LABELS[d]}
          </option>
        ))}
      </select>
      <label htmlFor="filter-tag" className="visually-hidden">
        Add a tag filter
      </label>
      <select
        id="filter-tag"
        className="select-small"
        value=""
        disabled={unused.length === 0}
        onChange={(e) => {
          if (e.target.value) setSearchParams({ tag: [...filters.tag, e.target.value] });
        }}
      >
        <option value="">{unused.length === 0 && filters.tag.length === 0 ? 'No tags yet' : 'Tag…'}</option>
        {unused.map((t) => (
          <option key={t.name} value={t.name}>
            #{t.name} ({t.open})
          </option>
        ))}
      </select>
      {filters.tag.map((tag) => (
        <button
          key={tag}
          type="button"
          className="chip chip-active"
          onClick={() => setSearchParams({ tag: filters.tag.filter((t) => t !== tag) })}
        >
          #{tag} <span aria-hidden="true">×</span>
          <span className="visually-hidden"> (remove tag filter)</span>
        </button>
      ))}
      {isNarrowed(filters) && (
        <button type="button" className="link-button" onClick={() => setSearchParams({ ...CLEAR_FILTERS })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
