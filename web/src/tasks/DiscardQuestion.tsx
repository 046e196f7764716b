// Asked before the task view closes on unsaved changes (Escape, ×): keep editing (the default,
// focused; Escape again answers it too), discard them, or save them. An alertdialog inside the
// task view, so a screen reader hears the question at once.
import { useEffect, useId, useRef } from 'react';
import { t } from '../ui/i18n';

export function DiscardQuestion({
  formId,
  onKeep,
  onDiscard,
}: {
  /** The editor's form: Save submits it. */
  formId: string;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const titleId = useId();
  const textId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className="notice discard-question"
    >
      <p id={titleId}>
        <strong>{t('Discard your changes?')}</strong>
      </p>
      <p id={textId}>{t('What you changed in this task is not saved yet.')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={onDiscard}>
          {t('Discard changes')}
        </button>
        <button ref={keep} type="button" className="button" onClick={onKeep}>
          {t('Keep editing')}
        </button>
        <button type="submit" form={formId} className="button button-primary">
          {t('Save')}
        </button>
      </div>
    </div>
  );
}
