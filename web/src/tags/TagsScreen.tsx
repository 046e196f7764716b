// Every tag with how many tasks carry it: open its tasks, rename it everywhere (merging into a tag
// of the new name if there is one), or remove it from every task.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError } from '../api/client';
import type { Tag } from '../api/types';
import { onLinkClick } from '../app/router';
import { deleteTag, renameTag } from '../tasks/api';
import { taskKeys, useTags } from '../tasks/queries';
import { Field, Input } from '../ui/Form';
import { useToast } from '../ui/toast';

export function TagsScreen() {
  const tags = useTags();
  return (
    <>
      <div className="screen-head">
        <h1>Tags</h1>
        {tags.data && (
          <p className="counts">
            {tags.data.tags.length} {tags.data.tags.length === 1 ? 'tag' : 'tags'}
          </p>
        )}
      </div>
      <p className="hint tags-intro">
        Add tags in the editor, or type them in the add box: <code>Buy milk #errands</code>.
      </p>
      {tags.isPending && (
        <p role="status" className="state">
          Loading your tags…
        </p>
      )}
      {tags.isError && (
        <div role="alert" className="state notice notice-error">
          <p>Could not load your tags. {describeError(tags.error)}</p>
          <button type="button" className="button" onClick={() => tags.refetch()}>
            Try again
          </button>
        </div>
      )}
      {tags.data && tags.data.tags.length === 0 && (
        <p className="state empty">No tags yet. Tasks you tag show up here, with their counts.</p>
      )}
      {tags.data && tags.data.tags.length > 0 && (
        <ul className="card rows tag-rows" aria-label="Your tags">
          {tags.data.tags.map((tag) => (
            <TagRow key={tag.name} tag={tag} all={tags.data.tags} />
          ))}
        </ul>
      )}
    </>
  );
}

function TagRow({ tag, all }: { tag: Tag; all: Tag[] }) {
  const qc = useQueryClient();
  const toast = useToast();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(tag.name);
  const [confirming, setConfirming] = useState(false);
  const clean = name.trim().replace(/^#/, '');
  const mergesInto = all.find((t) => t !== tag && t.name.toLowerCase() === clean.toLowerCase());

  const rename = useMutation({
    mutationFn: () => renameTag(tag.name, clean),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: taskKeys.all });
      toast({
        message: mergesInto ? `Merged #${tag.name} into #${clean}` : `Renamed #${tag.name} to #${clean}`,
      });
      setRenaming(false);
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteTag(tag.name),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: taskKeys.all });
      toast({ message: `Removed #${tag.name} from every task` });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!clean || clean === tag.name) return setRenaming(false);
    rename.mutate();
  };

  return (
    <li className="row tag-row">
      {renaming ? (
        <form className="inline-form tag-rename" onSubmit={submit}>
          <Field
            label={`New name for #${tag.name}`}
            hint={mergesInto && `#${mergesInto.name} exists: its tasks and these will share one tag.`}
          >
            <Input
              type="text"
              maxLength={33}
              value={name}
              // Focus goes to the new name: the person just asked to rename this tag.
              autoFocus
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setRenaming(false);
              }}
            />
          </Field>
          <button type="submit" className="button button-small" disabled={rename.isPending}>
            {mergesInto ? 'Merge' : 'Rename'}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setRenaming(false)}
          >
            Cancel
          </button>
          {rename.isError && (
            <p role="alert" className="notice notice-error">
              {describeError(rename.error)}
            </p>
          )}
        </form>
      ) : (
        <>
          <div>
            <a href={`/all?tag=${encodeURIComponent(tag.name)}`} onClick={onLinkClick} className="tag-link">
              #{tag.name}
            </a>
            <p className="hint">
              {tag.open} open · {tag.total} in all
            </p>
          </div>
          <div className="button-row">
            {confirming ? (
              <>
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => remove.mutate()}
                  disabled={remove.isPending}
                >
                  Remove from {tag.total} {tag.total === 1 ? 'task' : 'tasks'}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => setConfirming(false)}
                >
                  Keep
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    setName(tag.name);
                    setRenaming(true);
                  }}
                >
                  Rename <span className="visually-hidden">#{tag.name}</span>
                </button>
                <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
                  Delete <span className="visually-hidden">#{tag.name}</span>
                </button>
              </>
            )}
          </div>
          {remove.isError && (
            <p role="alert" className="notice notice-error">
              {describeError(remove.error)}
            </p>
          )}
        </>
      )}
    </li>
  );
}
