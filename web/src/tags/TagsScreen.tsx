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
import { t } from '../ui/i18n';
import { useToast } from '../ui/toast';

export function TagsScreen() {
  const tags = useTags();
  return (
    <>
      <div className="screen-head">
        <h1>{t('Tags')}</h1>
        {tags.data && (
          <p className="counts">
            {t('{count, plural, one {# tag} other {# tags}}', { count: tags.data.tags.length })}
          </p>
        )}
      </div>
      <p className="hint tags-intro">
        {t('Add tags in the editor, or type them in the add box:')} <code>{t('Buy milk #errands')}</code>.
      </p>
      {tags.isPending && (
        <p role="status" className="state">
          {t('Loading your tags…')}
        </p>
      )}
      {tags.isError && (
        <div role="alert" className="state notice notice-error">
          <p>
            {t('Could not load your tags.')} {describeError(tags.error)}
          </p>
          <button type="button" className="button" onClick={() => tags.refetch()}>
            {t('Try again')}
          </button>
        </div>
      )}
      {tags.data && tags.data.tags.length === 0 && (
        <p className="state empty">{t('No tags yet. Tasks you tag show up here, with their counts.')}</p>
      )}
      {tags.data && tags.data.tags.length > 0 && (
        <ul className="card rows tag-rows" aria-label={t('Your tags')}>
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
        message: mergesInto
          ? t('Merged #{from} into #{to}', { from: tag.name, to: clean })
          : t('Renamed #{from} to #{to}', { from: tag.name, to: clean }),
      });
      setRenaming(false);
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteTag(tag.name),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: taskKeys.all });
      toast({ message: t('Removed #{tag} from every task', { tag: tag.name }) });
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
            label={t('New name for #{tag}', { tag: tag.name })}
            hint={
              mergesInto &&
              t('#{tag} exists: its tasks and these will share one tag.', { tag: mergesInto.name })
            }
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
            {mergesInto ? t('Merge') : t('Rename')}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setRenaming(false)}
          >
            {t('Cancel')}
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
            <p className="hint">{t('{open} open · {total} in all', { open: tag.open, total: tag.total })}</p>
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
                  {t('{count, plural, one {Remove from # task} other {Remove from # tasks}}', {
                    count: tag.total,
                  })}
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => setConfirming(false)}
                >
                  {t('Keep')}
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
                  {t('Rename')} <span className="visually-hidden">#{tag.name}</span>
                </button>
                <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
                  {t('Delete')} <span className="visually-hidden">#{tag.name}</span>
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
