// A section's heading in a list: its name as the button that folds it (aria-expanded), how many
// tasks it holds, and for those who may change the list's sections: rename in place, move up or
// down, delete (its tasks stay in the list). Tasks dropped on it go into it (the task screen says how).

import { useEffect, useRef, useState } from 'react';
import { InlineEdit } from '../ui/InlineEdit';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { createSection, deleteSection, type Section, updateSection, useSectionWrite } from './api';

export function SectionHeader({
  section,
  count,
  collapsed,
  onToggle,
  controls,
  canEdit,
  previous,
  next,
  announce,
  dropProps,
  dropping = false,
}: {
  section: Section;
  /** Its tasks on the page (subtasks included). */
  count: number;
  collapsed: boolean;
  onToggle: () => void;
  /** The id of the list of its tasks, which the toggle shows and hides. */
  controls: string;
  canEdit: boolean;
  previous?: Section;
  next?: Section;
  announce: (text: string) => void;
  /** Drag-and-drop handlers that take a task into the section. */
  dropProps?: React.HTMLAttributes<HTMLDivElement>;
  dropping?: boolean;
}) {
  const [renaming, setRenaming] = useState(false);
  const toast = useToast();
  const toggleRef = useRef<HTMLButtonElement>(null);
  // After renaming, focus goes back to the heading's button (mounted again by then).
  const refocus = useRef(false);
  useEffect(() => {
    if (!renaming && refocus.current) {
      refocus.current = false;
      toggleRef.current?.focus();
    }
  }, [renaming]);
  const rename = useSectionWrite(
    (name: string) => updateSection(section.id, { name }),
    msg('Could not rename the section.'),
  );
  const move = useSectionWrite(
    (to: { before_id: number } | { after_id: number }) => updateSection(section.id, to),
    msg('Could not move the section.'),
  );
  const remove = useSectionWrite(() => deleteSection(section.id), msg('Could not delete the section.'));
  const moveTo = (to: { before_id: number } | { after_id: number }, other: Section) =>
    move.mutate(to, {
      onSuccess: () =>
        announce(
          'before_id' in to
            ? t('Moved section “{section}” above “{other}”', { section: section.name, other: other.name })
            : t('Moved section “{section}” below “{other}”', { section: section.name, other: other.name }),
        ),
    });
  return (
    <div className="section-head" data-drop={dropping || undefined} {...dropProps}>
      {renaming ? (
        <InlineEdit
          value={section.name}
          label={t('Section name')}
          className="section-name-input"
          maxLength={100}
          onSave={(name) =>
            rename.mutate(name, { onSuccess: () => announce(t('Renamed the section to “{name}”', { name })) })
          }
          onDone={() => {
            refocus.current = true;
            setRenaming(false);
          }}
        />
      ) : (
        <h2 className="section-title">
          <button
            ref={toggleRef}
            type="button"
            className="section-toggle"
            aria-expanded={!collapsed}
            aria-controls={controls}
            onClick={onToggle}
          >
            <span className="section-chevron" aria-hidden="true">
              {collapsed ? '▸' : '▾'}
            </span>
            <span dir="auto">{section.name}</span>
            <span className="section-count">
              <span className="visually-hidden">, </span>
              {count}
              <span className="visually-hidden"> {t('tasks')}</span>
            </span>
          </button>
        </h2>
      )}
      {canEdit && !renaming && (
        <div className="section-actions">
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('Rename section {name}', { name: section.name })}
            onClick={() => setRenaming(true)}
          >
            {t('Rename')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('Move section {name} up', { name: section.name })}
            disabled={!previous}
            onClick={() => previous && moveTo({ before_id: previous.id }, previous)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('Move section {name} down', { name: section.name })}
            disabled={!next}
            onClick={() => next && moveTo({ after_id: next.id }, next)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('Delete section {name}', { name: section.name })}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () =>
                  toast({
                    message: t('Deleted section “{name}”; its tasks stay in the list', {
                      name: section.name,
                    }),
                  }),
              })
            }
          >
            {t('Delete')}
          </button>
        </div>
      )}
    </div>
  );
}

/** "Add section" at the end of a list: a name, then Enter or Add. */
export function AddSection({ listId, announce }: { listId: number; announce: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const create = useSectionWrite(
    (n: string) => createSection({ list_id: listId, name: n }),
    msg('Could not add the section.'),
  );
  const openRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Opened by the person's click: the name box takes the focus.
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    setName('');
    setTimeout(() => openRef.current?.focus());
  };
  if (!open) {
    return (
      <button
        ref={openRef}
        type="button"
        className="button button-quiet add-section"
        onClick={() => setOpen(true)}
      >
        {t('+ Add section')}
      </button>
    );
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    create.mutate(trimmed, {
      onSuccess: () => {
        announce(t('Added section “{name}”', { name: trimmed }));
        setName('');
      },
    });
  };
  return (
    <form className="add-section-form" onSubmit={submit}>
      <label htmlFor="new-section" className="visually-hidden">
        {t('New section name')}
      </label>
      <input
        ref={inputRef}
        id="new-section"
        value={name}
        maxLength={100}
        placeholder={t('Section name')}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
      />
      <button type="submit" className="button button-small button-primary" disabled={create.isPending}>
        {t('Add')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={close}>
        {t('Cancel')}
      </button>
    </form>
  );
}
