// Every field of one task in the task view: a dialog that is a panel at the right of a wide screen
// (the list stays in sight beside it) and a sheet from the bottom of a phone, the title large on
// top, the fields in a dense grid and Save always in view below them (taskView.css). It reads the task fresh (with its ETag) and saves only the
// changed fields with If-Match, so an edit made elsewhere meanwhile is never silently overwritten:
// the draft keeps the version it was made from, even when a live update refetches the task. In a
// shared list it also picks the assignee and shows the comments and history; a viewer only reads.
// Offline (or for a task made offline) it opens the copy the lists show, and a save waits in the
// outbox (offline/outbox.ts) on that version: shown at once as Pending, sent with If-Match later.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, api, describeError, unwrap } from '../api/client';
import type { Task } from '../api/types';
import { knownOffline } from '../app/connection';
import { type List, useLists } from '../lists/api';
import { mustQueue } from '../offline/sync';
import { useSections } from '../sections/api';
import { useTimeZone } from '../settings/api';
import { AssigneeField } from '../sharing/AssigneeField';
import { isShared } from '../sharing/api';
import { TaskDiscussion } from '../sharing/TaskDiscussion';
import { Dialog } from '../ui/Dialog';
import { CheckboxField, Field, Input, Select, Textarea } from '../ui/Form';
import { t } from '../ui/i18n';
import { Markdown } from '../ui/Markdown';
import { instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import { fetchTask, newIdempotencyKey, quickAdd, setCompleted, updateTask } from './api';
import { cachedTask, storeTask } from './cache';
import { DiscardQuestion } from './DiscardQuestion';
import { type Draft, draftOf, type FieldSpec, patchOf, TASK_FIELDS, validate } from './fields';
import { queueWrites } from './offlineWrites';
import { taskKeys } from './queries';
import { RecurrenceControl } from './RecurrenceControl';
import { ReminderControl } from './ReminderControl';
import './taskView.css';

/** Where the server's field errors show in the form. */
const FIELD_OF_PATH: Record<string, keyof Draft> = {
  recurrence: 'repeat',
  recurrence_from: 'repeat',
  due_at: 'due_time',
};
const fieldOf = (path: string): string => FIELD_OF_PATH[path] ?? path.split('.')[0] ?? path;

type FieldValue = string | boolean | string[];

export function TaskEditor({ taskId, onClose }: { taskId: number; onClose: () => void }) {
  const qc = useQueryClient();
  const toast = useToast();
  const timeZone = useTimeZone();
  const loaded = useQuery({
    queryKey: taskKeys.one(taskId),
    queryFn: async () => {
      // Offline, or made offline and not yet on the server: the copy the lists show, without an ETag.
      const cached = cachedTask(qc, taskId);
      if (cached && (taskId < 0 || knownOffline())) return { task: cached, etag: null, offline: true };
      try {
        return { ...(await fetchTask(taskId)), offline: false };
      } catch (error) {
        if (error instanceof TypeError && cached) return { task: cached, etag: null, offline: true };
        throw error;
      }
    },
    staleTime: 0,
    // Runs offline too (the cached copy answers), rather than waiting for the network.
    networkMode: 'always',
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  /** The version the draft was made from: compared against, and named in If-Match. */
  const [base, setBase] = useState<{ task: Task; etag: string | null } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  /** Closing was asked for with unsaved changes: the question shows, and where focus was. */
  const [asking, setAsking] = useState<HTMLElement | null>(null);
  const formId = useId();
  const lists = useLists();
  const listOf = (id: number | null | undefined) =>
    id === null || id === undefined ? undefined : lists.data?.find((l) => l.id === id);
  const taskList = listOf(loaded.data?.task.list_id);
  /** In a list shared with you where you may not change tasks: every field shows, none changes. */
  const readOnly = taskList?.permissions.update_tasks === false;

  useEffect(() => {
    if (loaded.data && draft === null) {
      setBase(loaded.data);
      setDraft(draftOf(loaded.data.task, timeZone));
    }
  }, [loaded.data, draft, timeZone]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !base) return;
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const patch = patchOf(base.task, draft, timeZone);
    if (Object.keys(patch).length === 0) return onClose();
    setSaving(true);
    setFormError(null);
    const queue = () => {
      queueWrites(qc, [{ kind: 'update', taskId, patch }], base.task);
      qc.removeQueries({ queryKey: taskKeys.one(taskId) });
      toast({ message: t('Saved on this device; it is sent when the connection is back') });
      onClose();
    };
    if (taskId < 0 || mustQueue()) {
      setSaving(false);
      return queue();
    }
    try {
      storeTask(qc, await updateTask(taskId, patch, base.etag));
      await qc.invalidateQueries({ queryKey: taskKeys.all });
      qc.removeQueries({ queryKey: taskKeys.one(taskId) });
      toast({ message: t('Task saved') });
      onClose();
    } catch (error) {
      // No answer: it may or may not have arrived; the outbox finds out (the task's version).
      if (error instanceof TypeError) return queue();
      if (error instanceof ApiError && error.status === 412) setConflict(true);
      else setFormError(describeError(error));
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        setErrors(Object.fromEntries(error.fieldErrors.map((f) => [fieldOf(f.path), f.message])));
      }
    } finally {
      setSaving(false);
    }
  };

  const reload = async () => {
    const fresh = await loaded.refetch();
    if (fresh.data) {
      setBase(fresh.data);
      setDraft(draftOf(fresh.data.task, timeZone));
    }
    setConflict(false);
  };

  const field = (spec: FieldSpec) => {
    if (!draft) return null;
    if (spec.kind === 'recurrence')
      return <RecurrenceControl key={spec.name} draft={draft} error={errors.repeat} onChange={setDraft} />;
    if (spec.kind === 'reminders')
      return (
        <ReminderControl
          key={spec.name}
          draft={draft}
          timeZone={timeZone}
          error={errors.reminders}
          onChange={setDraft}
        />
      );
    const shown = (
      <DraftField
        key={spec.name}
        field={spec}
        // Every kind but repeat and reminders (above) holds one of these.
        value={draft[spec.name] as FieldValue}
        error={errors[spec.name]}
        onChange={(value) => setDraft({ ...draft, [spec.name]: value })}
      />
    );
    if (spec.name !== 'due_date') return shown;
    // The due day's cell also clears the due moment (the day and the time at once). Always a cell,
    // so that the date box is not remade (and its focus lost) when the first date is typed.
    return (
      <div key={spec.name} className="task-view-cell">
        {shown}
        {(draft.due_date !== '' || draft.due_time !== '') && (
          <button
            type="button"
            className="link-button task-view-clear"
            onClick={() => setDraft({ ...draft, due_date: '', due_time: '' })}
          >
            {t('Clear the due date')}
          </button>
        )}
      </div>
    );
  };
  /** Escape or ×: closes at once unless something typed would be lost, then asks first. */
  const requestClose = () => {
    if (asking) return keepEditing();
    if (readOnly || !draft || !base || Object.keys(patchOf(base.task, draft, timeZone)).length === 0)
      return onClose();
    setAsking((document.activeElement as HTMLElement | null) ?? document.body);
  };
  const keepEditing = () => {
    asking?.focus();
    setAsking(null);
  };
  const placed = (place: FieldSpec['place']) => TASK_FIELDS.filter((f) => f.place === place).map(field);

  return (
    <Dialog title={t(readOnly ? 'Task' : 'Edit task')} onClose={requestClose} className="task-view">
      <div className="task-view-body">
        {loaded.isPending && <p role="status">{t('Loading the task…')}</p>}
        {loaded.isError && (
          <div role="alert" className="notice notice-error">
            <p>{t('Could not open this task: {error}', { error: describeError(loaded.error) })}</p>
            <button type="button" className="button" onClick={() => loaded.refetch()}>
              {t('Try again')}
            </button>
          </div>
        )}
        {draft && loaded.data && (
          <form id={formId} onSubmit={save} noValidate className="task-view-form">
            {readOnly && (
              <p className="notice" role="note">
                {t('You can view this task: its list is shared with you as a viewer.')}
              </p>
            )}
            {loaded.data.offline && !readOnly && (
              <p className="notice" role="note">
                {t(
                  'Offline: this is the copy on this device. Saving keeps your changes here, marked Pending, and sends them when the connection is back.',
                )}
              </p>
            )}
            <fieldset className="editor-fields" disabled={readOnly}>
              <div className="task-view-top">{placed('top')}</div>
              <div className="task-view-grid">
                {placed('grid')}
                <ListField
                  value={draft.list_id}
                  ownerId={loaded.data.task.user_id}
                  onChange={(list_id) =>
                    // Another list has other people: the assignee goes unless the task goes back.
                    setDraft({
                      ...draft,
                      list_id,
                      // Sections are a list's own: another list starts in none.
                      section_id: list_id === loaded.data.task.list_id ? loaded.data.task.section_id : null,
                      assignee_id: list_id === loaded.data.task.list_id ? loaded.data.task.assignee_id : null,
                    })
                  }
                />
                {draft.list_id !== null &&
                  (loaded.data.task.parent_id === null || draft.list_id !== loaded.data.task.list_id) && (
                    <SectionField
                      listId={draft.list_id}
                      value={draft.section_id}
                      onChange={(section_id) => setDraft({ ...draft, section_id })}
                    />
                  )}
                {draft.list_id !== null && isShared(listOf(draft.list_id)) && (
                  <AssigneeField
                    listId={draft.list_id}
                    value={draft.assignee_id}
                    onChange={(assignee_id) => setDraft({ ...draft, assignee_id })}
                  />
                )}
              </div>
              {placed('wide')}
              <Subtasks parent={loaded.data.task} />
            </fieldset>
            <Timestamps task={loaded.data.task} timeZone={timeZone} />
          </form>
        )}
        {loaded.data && isShared(taskList) && (
          <TaskDiscussion
            taskId={taskId}
            listId={loaded.data.task.list_id}
            canComment={taskList?.permissions.comment !== false}
            timeZone={timeZone}
          />
        )}
      </div>
      {draft && loaded.data && (
        // Below the scrolling part, always in view: the outcome of a save and its buttons.
        <div className="task-view-foot">
          {conflict && (
            <div role="alert" className="notice notice-error">
              <p>
                {t(
                  'This task was changed somewhere else after you opened it. Load the latest version, then edit again.',
                )}
              </p>
              <button type="button" className="button" onClick={reload}>
                {t('Load latest')}
              </button>
            </div>
          )}
          {formError && (
            <p role="alert" className="notice notice-error">
              {formError}
            </p>
          )}
          {asking && <DiscardQuestion formId={formId} onKeep={keepEditing} onDiscard={onClose} />}
          <div className="dialog-actions" hidden={Boolean(asking)}>
            {readOnly ? (
              <button type="button" className="button" onClick={onClose}>
                {t('Done')}
              </button>
            ) : (
              <>
                <button type="button" className="button button-quiet" onClick={onClose}>
                  {t('Cancel')}
                </button>
                <button type="submit" form={formId} className="button button-primary" disabled={saving}>
                  {t(saving ? 'Saving…' : 'Save')}
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}

/** The sections of the task's list (a subtask is in its parent's, so it shows none of this). */
function SectionField({
  listId,
  value,
  onChange,
}: {
  listId: number;
  value: number | null;
  onChange: (section: number | null) => void;
}) {
  const sections = useSections(listId);
  if (!sections.data?.length) return null;
  return (
    <Field label={t('Section')}>
      <Select
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{t('No section')}</option>
        {sections.data.map((s) => (
          <option key={s.id} value={String(s.id)}>
            {s.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The lists a task can move to: its owner's (a task never moves to someone else's list). */
function ListField({
  value,
  ownerId,
  onChange,
}: {
  value: number | null;
  ownerId: string;
  onChange: (list: number | null) => void;
}) {
  const lists = useLists();
  const theirs = (l: List) => l.owner_id === ownerId || l.id === value;
  return (
    <Field label={t('List')}>
      <Select
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">{t('Inbox')}</option>
        {(lists.data ?? [])
          .filter((l) => theirs(l) && (!l.archived || l.id === value))
          .map((l) => (
            <option key={l.id} value={String(l.id)}>
              {l.name}
            </option>
          ))}
      </Select>
    </Field>
  );
}

/** The task's subtasks: tick them off, or add one (quick add, in the parent's list). */
function Subtasks({ parent }: { parent: Task }) {
  const qc = useQueryClient();
  const toast = useToast();
  const [text, setText] = useState('');
  const id = useId();
  const subtasks = useQuery({
    queryKey: [...taskKeys.all, 'subtasks', parent.id],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/{user_id}/tasks', {
          params: {
            path: { user_id: 'me' },
            query: { parent_id: String(parent.id), sort: 'manual', limit: 200 },
          },
          signal,
        }),
      ),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: taskKeys.all });
  const fail = (error: unknown) =>
    toast({
      message: t('Could not change the subtasks. {error}', { error: describeError(error) }),
      tone: 'error',
    });
  // Not a form: this sits inside the editor's form, and Enter here adds a subtask, not saves.
  const add = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const line = text.trim();
    if (!line) return;
    setText('');
    quickAdd(line, newIdempotencyKey(), undefined, parent.id).then(refresh, (error) => {
      setText(line);
      fail(error);
    });
  };
  const rows = subtasks.data?.tasks ?? [];
  return (
    <fieldset className="subtasks">
      <legend>
        {rows.length > 0
          ? t('Subtasks ({done}/{total} done)', {
              done: rows.filter((row) => row.completed).length,
              total: rows.length,
            })
          : t('Subtasks')}
      </legend>
      {rows.length > 0 && (
        <ul className="subtask-rows">
          {rows.map((t) => (
            <li key={t.id}>
              <label>
                <input
                  type="checkbox"
                  checked={t.completed}
                  onChange={() => setCompleted(t.id, !t.completed).then(refresh, fail)}
                />{' '}
                {t.title}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="subtask-add">
        <label htmlFor={id} className="visually-hidden">
          {t('New subtask')}
        </label>
        <input
          id={id}
          type="text"
          placeholder={t('Add a subtask')}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add(e);
          }}
        />
        <button type="button" className="button button-small" onClick={add}>
          {t('Add subtask')}
        </button>
      </div>
    </fieldset>
  );
}

function Timestamps({ task, timeZone }: { task: Task; timeZone: string }) {
  const when = (iso: string) => instantText(iso, timeZone);
  return (
    <dl className="timestamps">
      <dt>{t('Created')}</dt>
      <dd>{when(task.created_at)}</dd>
      <dt>{t('Updated')}</dt>
      <dd>{when(task.updated_at)}</dd>
      {task.completed_at && (
        <>
          <dt>{t('Completed')}</dt>
          <dd>{when(task.completed_at)}</dd>
        </>
      )}
    </dl>
  );
}

/** One form control per field kind, labelled, with its hint and error tied to it. */
function DraftField({
  field,
  value,
  error,
  onChange,
}: {
  field: FieldSpec;
  value: FieldValue;
  error: string | undefined;
  onChange: (value: FieldValue) => void;
}) {
  if (field.kind === 'checkbox')
    return (
      <CheckboxField
        label={t(field.label)}
        hint={field.hint && t(field.hint)}
        error={error}
        checked={value === true}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  let control: React.ReactNode;
  switch (field.kind) {
    case 'textarea':
      control = (
        <Textarea
          rows={3}
          value={String(value)}
          placeholder={field.placeholder && t(field.placeholder)}
          maxLength={field.maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case 'select':
      control = (
        <Select value={String(value)} onChange={(e) => onChange(e.target.value)}>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label)}
            </option>
          ))}
        </Select>
      );
      break;
    case 'tags':
      control = <TagsInput value={Array.isArray(value) ? value : []} onChange={onChange} />;
      break;
    default:
      control = (
        <Input
          type={INPUT_TYPES[field.kind] ?? 'text'}
          value={String(value)}
          placeholder={field.placeholder && t(field.placeholder)}
          maxLength={field.maxLength}
          required={field.required}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
  const shown = (
    <Field
      label={t(field.label)}
      hint={field.hint && t(field.hint)}
      error={error}
      className={`field-${field.name}`}
      // On top the label is for screen readers only: the place and placeholder say it.
      hideLabel={field.place === 'top'}
    >
      {control}
    </Field>
  );
  // The description is Markdown: a folded preview shows it as the comments are shown.
  if (field.kind !== 'textarea' || String(value).trim() === '') return shown;
  return (
    <>
      {shown}
      <details className="markdown-preview">
        <summary>{t('Preview')}</summary>
        <Markdown text={String(value)} />
      </details>
    </>
  );
}

const INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = {
  date: 'date',
  time: 'time',
  datetime: 'datetime-local',
};

/** Tags typed as comma-separated text; the raw text is kept so a trailing comma stays typeable. */
function TagsInput({ value, onChange }: { value: string[]; onChange: (tags: string[]) => void }) {
  const [text, setText] = useState(value.join(', '));
  return (
    <Input
      type="text"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(
          e.target.value
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}
