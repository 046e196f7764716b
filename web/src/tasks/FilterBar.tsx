// Narrows the list by priority, tags and due moment, or by a query in the filter language (which
// can be saved to the sidebar); every choice lives in the address.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useEffect, useState } from 'react';
import { describeError } from '../api/client';
import { setSearchParams } from '../app/router';
import { createSavedFilter, savedFilterKeys } from '../filters/api';
import { t } from '../ui/i18n';
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
        <legend className="visually-hidden">{t('Priority')}</legend>
        {PRIORITIES.map((p) => (
          <button
            key={p}
            type="button"
            className="filter"
            aria-pressed={filters.priority.includes(p)}
            onClick={() => togglePriority(p)}
          >
            {t(PRIORITY_LABELS[p])} <span className="visually-hidden">{t('priority')}</span>
          </button>
        ))}
      </fieldset>
      <label htmlFor="filter-due" className="visually-hidden">
        {t('Due')}
      </label>
      <select
        id="filter-due"
        className="select-small"
        value={filters.due ?? ''}
        onChange={(e) => setSearchParams({ due: e.target.value || null })}
      >
        <option value="">{t('Any due date')}</option>
        {(Object.keys(DUE_LABELS) as (keyof typeof DUE_LABELS)[]).map((d) => (
          <option key={d} value={d}>
            {t(DUE_LABELS[d])}
          </option>
        ))}
      </select>
      <label htmlFor="filter-tag" className="visually-hidden">
        {t('Add a tag filter')}
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
        <option value="">
          {t(unused.length === 0 && filters.tag.length === 0 ? 'No tags yet' : 'Tag…')}
        </option>
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
          <span className="visually-hidden"> {t('(remove tag filter)')}</span>
        </button>
      ))}
      <FilterQuery filter={filters.filter} />
      {isNarrowed(filters) && (
        <button type="button" className="link-button" onClick={() => setSearchParams({ ...CLEAR_FILTERS })}>
          {t('Clear filters')}
        </button>
      )}
    </div>
  );
}

const FilterHelp = lazy(() => import('../filters/FilterHelp'));

/**
 * The filter box: a query in the filter language ("(today | overdue) & #Work"), applied on Enter
 * (a mistake comes back from the server naming its position, shown where the list goes), and
 * saved under a name to the sidebar.
 */
function FilterQuery({ filter }: { filter: string }) {
  const [text, setText] = useState(filter);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const client = useQueryClient();
  useEffect(() => setText(filter), [filter]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setSearchParams({ filter: text.trim() || null });
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await createSavedFilter({ name, query: filter });
      await client.invalidateQueries({ queryKey: savedFilterKeys.all });
      setNaming(false);
      setName('');
      setError(null);
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <>
      <form className="filter-query" onSubmit={apply}>
        <label htmlFor="filter-query" className="visually-hidden">
          {t('Filter query')}
        </label>
        <input
          id="filter-query"
          type="search"
          className="input-small"
          placeholder={t('Filter: (today | overdue) & #Work')}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button-small">
          {t('Apply')}
        </button>
      </form>
      <details className="filter-help" onToggle={(e) => setHelp(e.currentTarget.open)}>
        <summary>{t('Filter help')}</summary>
        {help && (
          <Suspense fallback={<p role="status">{t('Loading…')}</p>}>
            <FilterHelp />
          </Suspense>
        )}
      </details>
      {filter !== '' && !naming && (
        <button type="button" className="button button-small button-quiet" onClick={() => setNaming(true)}>
          {t('Save filter')}
        </button>
      )}
      {naming && (
        <form className="filter-query" onSubmit={save}>
          <label htmlFor="filter-name" className="visually-hidden">
            {t('Filter name')}
          </label>
          <input
            id="filter-name"
            className="input-small"
            placeholder={t('Name')}
            maxLength={100}
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button button-small">
            {t('Save')}
          </button>
          {error && (
            <span role="alert" className="hint">
              {error}
            </span>
          )}
        </form>
      )}
    </>
  );
}
