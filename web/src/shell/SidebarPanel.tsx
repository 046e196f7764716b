import { type FormEvent, lazy, Suspense, useId, useState } from 'react';
import { onLinkClick, useLocation } from '../app/router';
import { type Scope, scopePath } from '../app/scope';
import { SavedFilters } from '../filters/SavedFilters';
import {
  createList,
  deleteList,
  LIST_COLORS,
  type List,
  positionBetween,
  updateList,
  useLists,
  useListWrite,
  useViewCount,
} from '../lists/api';
import { listPath } from '../lists/view';
import { isShared } from '../sharing/api';
import { ShareDialogOnDemand } from '../sharing/ListSharing';
import { useTaskDrop } from '../tasks/moves';
import { msg, t } from '../ui/i18n';
import { SharedIcon } from '../ui/SharedIcon';

// Invitations waiting for an answer: loaded right after the first load (most people have none).
const ReceivedInvitations = lazy(() =>
  import('../sharing/Invitations').then((m) => ({ default: m.ReceivedInvitations })),
);

export interface SidebarProps {
  /** What the task screen shows; undefined on the calendar, which has its own link. */
  scope: Scope | undefined;
  open: boolean;
  onClose: () => void;
}

/** The views, saved filters and lists (Sidebar.tsx loads it beside the first rows). */
export function SidebarPanel({ scope, open, onClose }: SidebarProps) {
  const lists = useLists({ follow: true });
  const location = useLocation();
  const today = useViewCount('today');
  const inbox = useViewCount('inbox');
  const [adding, setAdding] = useState(false);
  const active = (lists.data ?? []).filter((l) => !l.archived);
  const archived = (lists.data ?? []).filter((l) => l.archived);
  const isCurrent = (s: Scope) => scope !== undefined && scopePath(s) === scopePath(scope);
  const link = (s: Scope, label: string, count?: number) => (
    <ViewLink scope={s} label={label} count={count} current={isCurrent(s)} onNavigate={onClose} />
  );

  return (
    <>
      {open && <div className="sidebar-backdrop" onClick={onClose} aria-hidden="true" />}
      <nav id="sidebar" className={`sidebar${open ? ' sidebar-open' : ''}`} aria-label={t('Views and lists')}>
        <Suspense fallback={null}>
          <ReceivedInvitations onNavigate={onClose} />
        </Suspense>
        <ul className="sidebar-views">
          {link({ kind: 'view', view: 'today' }, t('Today'), today.data)}
          {link({ kind: 'view', view: 'upcoming' }, t('Upcoming'))}
          <li>
            <a
              href="/calendar"
              aria-current={scope === undefined ? 'page' : undefined}
              onClick={(e) => {
                onLinkClick(e);
                onClose();
              }}
            >
              <span className="sidebar-label">{t('Calendar')}</span>
            </a>
          </li>
          {link({ kind: 'view', view: 'inbox' }, t('Inbox'), inbox.data)}
          {link({ kind: 'all' }, t('All tasks'))}
          {link({ kind: 'assigned' }, t('Assigned to me'))}
        </ul>
        <SavedFilters current={location.searchParams.get('filter')} onNavigate={onClose} />
        <div className="sidebar-head">
          <h2 id="lists-heading">{t('Lists')}</h2>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('New list')}
            aria-expanded={adding}
            onClick={() => setAdding((a) => !a)}
          >
            +
          </button>
        </div>
        {adding && <NewListForm lists={active} onDone={() => setAdding(false)} />}
        {lists.isError && <p className="hint">{t('Could not load your lists.')}</p>}
        {lists.data && active.length === 0 && !adding && (
          <p className="hint sidebar-empty">{t('Group tasks into lists: Work, Home, Groceries…')}</p>
        )}
        <ul className="sidebar-lists" aria-labelledby="lists-heading">
          {active.map((list, i) => (
            <ListItem
              key={list.id}
              list={list}
              current={scope?.kind === 'list' && scope.id === list.id}
              previous={active[i - 1]}
              next={active[i + 1]}
              beyond={{ up: active[i - 2], down: active[i + 2] }}
              onNavigate={onClose}
            />
          ))}
        </ul>
        {archived.length > 0 && (
          <details className="sidebar-archived">
            <summary>{t('Archived ({count})', { count: archived.length })}</summary>
            <ul className="sidebar-lists">
              {archived.map((list) => (
                <ListItem
                  key={list.id}
                  list={list}
                  current={scope?.kind === 'list' && scope.id === list.id}
                  onNavigate={onClose}
                />
              ))}
            </ul>
          </details>
        )}
      </nav>
    </>
  );
}

function ViewLink({
  scope,
  label,
  count,
  current,
  onNavigate,
}: {
  scope: Scope;
  label: string;
  count?: number;
  current: boolean;
  onNavigate: () => void;
}) {
  const drop = useTaskDrop(scope.kind === 'view' && scope.view === 'inbox' ? null : undefined, label);
  return (
    <li className={drop.over ? 'drop-over' : undefined} {...drop.props}>
      <a
        href={scopePath(scope)}
        aria-current={current ? 'page' : undefined}
        onClick={(e) => {
          onLinkClick(e);
          onNavigate();
        }}
      >
        <span className="sidebar-label">{label}</span>
        {count !== undefined && count > 0 && <span className="sidebar-count">{count}</span>}
      </a>
    </li>
  );
}

function NewListForm({ lists, onDone }: { lists: List[]; onDone: () => void }) {
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const inputId = useId();
  const create = useListWrite(createList, msg('Could not create the list.'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    create.mutate(
      { name: name.trim(), color, position: positionBetween(lists.at(-1)?.position, undefined) },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="sidebar-form" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('New list name')}
      </label>
      <input
        id={inputId}
        // biome-ignore lint/a11y/noAutofocus: the form opens on request, to type a name
        autoFocus
        maxLength={100}
        placeholder={t('List name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.stopPropagation(); // closes the form, not the drawer
          onDone();
        }}
      />
      <ColorPicker value={color} onChange={setColor} />
      <div className="sidebar-form-actions">
        <button type="submit" className="button button-small button-primary" disabled={create.isPending}>
          {t('Add list')}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t('Cancel')}
        </button>
      </div>
    </form>
  );
}

function ColorPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (color: string | null) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('Color')}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        {LIST_COLORS.map((c) => (
          <option key={c.name} value={c.value ?? ''}>
            {t(c.name)}
          </option>
        ))}
      </select>
    </>
  );
}

function ListItem({
  list,
  current,
  previous,
  next,
  beyond,
  onNavigate,
}: {
  list: List;
  current: boolean;
  previous?: List;
  next?: List;
  beyond?: { up?: List; down?: List };
  onNavigate: () => void;
}) {
  const [menu, setMenu] = useState<'closed' | 'open' | 'rename' | 'delete'>('closed');
  const [sharing, setSharing] = useState(false);
  // What the caller may do with it: the server's permissions, never a comparison of roles.
  const may = list.permissions;
  const owner = list.role === 'owner';
  const shared = isShared(list);
  const [name, setName] = useState(list.name);
  const update = useListWrite(
    (body: Parameters<typeof updateList>[1]) => updateList(list.id, body),
    msg('Could not change the list.'),
  );
  const remove = useListWrite(
    (tasks: 'inbox' | 'delete') => deleteList(list.id, tasks),
    msg('Could not delete the list.'),
  );
  const drop = useTaskDrop(may.create_tasks ? list.id : undefined, list.name);
  const menuId = useId();
  const nameId = useId();
  // Reordering takes the midpoint of the new neighbours: one list written.
  const moveUp =
    previous && may.update
      ? () => update.mutate({ position: positionBetween(beyond?.up?.position, previous.position) })
      : undefined;
  const moveDown =
    next && may.update
      ? () => update.mutate({ position: positionBetween(next.position, beyond?.down?.position) })
      : undefined;

  return (
    <li className={`sidebar-list${drop.over ? ' drop-over' : ''}`} {...drop.props}>
      <div className="sidebar-row">
        <a
          href={listPath(list.id)}
          aria-current={current ? 'page' : undefined}
          onClick={(e) => {
            onLinkClick(e);
            onNavigate();
          }}
          onKeyDown={(e) => {
            if (!e.altKey) return;
            if (e.key === 'ArrowUp' && moveUp) {
              e.preventDefault();
              moveUp();
            } else if (e.key === 'ArrowDown' && moveDown) {
              e.preventDefault();
              moveDown();
            }
          }}
        >
          <span
            className="list-dot"
            style={{ background: list.color ?? 'var(--muted)' }}
            aria-hidden="true"
          />
          <span className="sidebar-label">{list.name}</span>
          {shared && (
            <span
              className="shared-mark"
              title={
                owner
                  ? t('{count, plural, one {Shared with # person} other {Shared with # people}}', {
                      count: list.member_count,
                    })
                  : t(
                      '{role, select, editor {Shared with you: editor} viewer {Shared with you: viewer} other {Shared with you}}',
                      {
                        role: list.role,
                      },
                    )
              }
            >
              <SharedIcon />
              <span className="visually-hidden">
                {owner
                  ? t(', shared with {count}', { count: list.member_count })
                  : t(
                      '{role, select, editor {, shared with you as editor} viewer {, shared with you as viewer} other {, shared with you}}',
                      {
                        role: list.role,
                      },
                    )}
              </span>
            </span>
          )}
          {list.open_count > 0 && (
            <span className="sidebar-count">
              {list.open_count}
              <span className="visually-hidden"> {t('open, subtasks included')}</span>
            </span>
          )}
        </a>
        <button
          type="button"
          className="button button-small button-quiet sidebar-more"
          aria-label={t('More for {name}', { name: list.name })}
          aria-expanded={menu !== 'closed'}
          aria-controls={menuId}
          onClick={() => setMenu((m) => (m === 'closed' ? 'open' : 'closed'))}
        >
          …
        </button>
      </div>
      {menu === 'open' && (
        <div id={menuId} className="sidebar-menu">
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setSharing(true);
              setMenu('closed');
            }}
          >
            {t(may.share ? 'Share…' : 'People…')}
          </button>
          {may.update && (
            <>
              <button type="button" className="button button-small" onClick={() => setMenu('rename')}>
                {t('Rename')}
              </button>
              <ColorPicker value={list.color} onChange={(color) => update.mutate({ color })} />
            </>
          )}
          {moveUp && (
            <button type="button" className="button button-small" onClick={moveUp}>
              {t('Move up')}
            </button>
          )}
          {moveDown && (
            <button type="button" className="button button-small" onClick={moveDown}>
              {t('Move down')}
            </button>
          )}
          {may.update && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                update.mutate({ archived: !list.archived });
                setMenu('closed');
              }}
            >
              {t(list.archived ? 'Unarchive' : 'Archive')}
            </button>
          )}
          {may.delete && (
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => setMenu('delete')}
            >
              {t('Delete…')}
            </button>
          )}
        </div>
      )}
      {sharing && <ShareDialogOnDemand list={list} onClose={() => setSharing(false)} />}
      {menu === 'rename' && (
        <form
          id={menuId}
          className="sidebar-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) update.mutate({ name: name.trim() }, { onSuccess: () => setMenu('closed') });
          }}
        >
          <label htmlFor={nameId} className="visually-hidden">
            {t('Name of {name}', { name: list.name })}
          </label>
          <input
            id={nameId}
            // biome-ignore lint/a11y/noAutofocus: opened on request, to type the new name
            autoFocus
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.stopPropagation(); // closes the form, not the drawer
              setMenu('closed');
            }}
          />
          <div className="sidebar-form-actions">
            <button type="submit" className="button button-small button-primary">
              {t('Save')}
            </button>
            <button type="button" className="button button-small" onClick={() => setMenu('closed')}>
              {t('Cancel')}
            </button>
          </div>
        </form>
      )}
      {menu === 'delete' && (
        <fieldset id={menuId} className="sidebar-menu">
          <legend>
            {t('{count, plural, one {Delete “{name}”? Its # task:} other {Delete “{name}”? Its # tasks:}}', {
              name: list.name,
              count: list.total_count,
            })}
          </legend>
          <button type="button" className="button button-small" onClick={() => remove.mutate('inbox')}>
            {t('Move to Inbox')}
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => remove.mutate('delete')}
          >
            {t('Delete them too')}
          </button>
          <button type="button" className="button button-small" onClick={() => setMenu('closed')}>
            {t('Cancel')}
          </button>
        </fieldset>
      )}
    </li>
  );
}
