// A shared task's comments and history, below its editor: read them; the owner and editors add
// comments, and each author edits or deletes their own. `@` in a comment offers the list's people.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useMe } from '../auth/session';
import { msg, t } from '../ui/i18n';
import { Markdown } from '../ui/Markdown';
import { instantText } from '../ui/time';
import { Avatar } from './Avatar';
import {
  type Activity,
  addComment,
  type Comment,
  deleteComment,
  editComment,
  sharingErrorText,
  sharingKeys,
  useComments,
  useSharingWrite,
  useTaskActivity,
} from './api';
import { MentionField } from './MentionField';

const MAX_COMMENT = 2000;

export function TaskDiscussion({
  taskId,
  listId,
  canComment,
  timeZone,
}: {
  taskId: number;
  /** The task's list, whose people `@` offers (null: the Inbox, no one). */
  listId: number | null;
  canComment: boolean;
  timeZone: string;
}) {
  const comments = useComments(taskId);
  const me = useMe();
  const headingId = useId();
  const rows = comments.data ?? [];
  return (
    <section className="discussion" aria-labelledby={headingId}>
      <h3 id={headingId} className="share-heading">
        {t('Comments')}
        {rows.length > 0 ? ` (${rows.length})` : ''}
      </h3>
      {comments.isPending && <p role="status">{t('Loading the comments…')}</p>}
      {comments.isError && (
        <p role="alert" className="notice notice-error">
          {t('Could not load the comments.')} {sharingErrorText(comments.error)}
        </p>
      )}
      {comments.data && rows.length === 0 && <p className="hint">{t('No comments yet.')}</p>}
      <ul className="comments">
        {rows.map((comment) => (
          <CommentRow
            key={comment.id}
            comment={comment}
            mine={comment.author.id === me.data?.id}
            listId={listId}
            timeZone={timeZone}
          />
        ))}
      </ul>
      {canComment && <NewComment taskId={taskId} listId={listId} />}
      <History taskId={taskId} timeZone={timeZone} />
    </section>
  );
}

function NewComment({ taskId, listId }: { taskId: number; listId: number | null }) {
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    setSending(true);
    setError(null);
    try {
      await addComment(taskId, body);
      setText('');
      await qc.invalidateQueries({ queryKey: sharingKeys.comments(taskId) });
    } catch (failure) {
      setError(sharingErrorText(failure));
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('Add a comment')}
      </label>
      <MentionField
        id={id}
        listId={listId}
        rows={2}
        placeholder={t('Add a comment (@ to mention someone)')}
        maxLength={MAX_COMMENT}
        value={text}
        onChange={setText}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter sends, Enter starts a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
        }}
      />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button-small align-start" disabled={sending || !text.trim()}>
        {sending ? t('Sending…') : t('Comment')}
      </button>
    </form>
  );
}

function CommentRow({
  comment,
  mine,
  listId,
  timeZone,
}: {
  comment: Comment;
  mine: boolean;
  listId: number | null;
  timeZone: string;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.body);
  const id = useId();
  const save = useSharingWrite(
    (body: string) => editComment(comment.task_id, comment.id, body),
    msg('Could not edit the comment.'),
  );
  const remove = useSharingWrite(
    () => deleteComment(comment.task_id, comment.id),
    msg('Could not delete the comment.'),
  );
  const edited = comment.updated_at !== comment.created_at;
  return (
    <li className="comment">
      <Avatar name={comment.author.name} />
      <div className="comment-body">
        <p className="comment-meta">
          <strong>{comment.author.name}</strong>{' '}
          <time dateTime={comment.created_at}>{instantText(comment.created_at, timeZone)}</time>
          {edited && <span className="hint"> {t('(edited)')}</span>}
        </p>
        {editing ? (
          <form
            className="comment-form"
            onSubmit={(e) => {
              e.preventDefault();
              const body = text.trim();
              if (body) save.mutate(body, { onSuccess: () => setEditing(false) });
            }}
          >
            <label htmlFor={id} className="visually-hidden">
              {t('Edit your comment')}
            </label>
            <MentionField
              id={id}
              listId={listId}
              rows={2}
              maxLength={MAX_COMMENT}
              value={text}
              onChange={setText}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  // Escape here cancels the edit, not the whole dialog.
                  e.preventDefault();
                  e.stopPropagation();
                  setEditing(false);
                }
              }}
            />
            <div className="button-row">
              <button type="submit" className="button button-small button-primary" disabled={save.isPending}>
                {t('Save comment')}
              </button>
              <button type="button" className="button button-small" onClick={() => setEditing(false)}>
                {t('Cancel')}
              </button>
            </div>
          </form>
        ) : (
          <Markdown className="comment-text" text={comment.body} />
        )}
        {mine && !editing && (
          <div className="button-row">
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={t('Edit your comment')}
              onClick={() => {
                setText(comment.body);
                setEditing(true);
              }}
            >
              {t('Edit')}
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={t('Delete your comment')}
              disabled={remove.isPending}
              onClick={() => remove.mutate(undefined)}
            >
              {t('Delete')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

const CHANGE_WORDS: Record<string, string> = {
  due: msg('the due date'),
  list: msg('the list'),
  parent: msg('the parent task'),
  position: msg('the order'),
};

/** One history entry in words: "Ana changed the title and the due date". */
export function activityText(entry: Activity): string {
  switch (entry.action) {
    case 'created':
      return t('created the task');
    case 'completed':
      return t('completed it');
    case 'reopened':
      return t('reopened it');
    case 'deleted':
      return t('deleted it');
    case 'moved':
      return entry.changes.includes('list') ? t('moved it to another list') : t('moved it');
    default: {
      const words = entry.changes.map((c) =>
        CHANGE_WORDS[c] ? t(CHANGE_WORDS[c]) : t('the {field}', { field: c }),
      );
      if (words.length === 0) return t('edited it');
      const last = words.pop();
      return words.length > 0
        ? t('changed {some} and {last}', { some: words.join(t(', ')), last: last ?? '' })
        : t('changed {what}', { what: last ?? '' });
    }
  }
}

function History({ taskId, timeZone }: { taskId: number; timeZone: string }) {
  const activity = useTaskActivity(taskId);
  const rows = activity.data ?? [];
  return (
    <details className="history">
      <summary>
        {t('History')}
        {activity.data ? ` (${rows.length})` : ''}
      </summary>
      {activity.isError && (
        <p role="alert" className="field-error">
          {t('Could not load the history.')} {sharingErrorText(activity.error)}
        </p>
      )}
      {activity.data && rows.length === 0 && <p className="hint">{t('Nothing recorded yet.')}</p>}
      <ul className="history-rows">
        {rows.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.actor.name}</strong> {activityText(entry)}{' '}
            <time className="hint" dateTime={entry.at}>
              {instantText(entry.at, timeZone)}
            </time>
          </li>
        ))}
      </ul>
    </details>
  );
}
