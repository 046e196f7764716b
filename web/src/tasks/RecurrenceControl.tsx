// The editor's "Repeat" control: a preset named after the due day or a custom RRULE, and whether the
// next occurrence counts from the due date or from completion. It needs a due moment to start from.
import { useId } from 'react';
import { t } from '../ui/i18n';
import type { Draft } from './fields';
import { RuleBuilder } from './RuleBuilder';
import { type RepeatChoice, repeatOptions } from './recurrence';

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export function RecurrenceControl({
  draft,
  error,
  onChange,
}: {
  draft: Draft;
  error: string | undefined;
  onChange: (draft: Draft) => void;
}) {
  const id = useId();
  const noDue = draft.due_date === '';
  const repeats = !noDue && draft.repeat !== 'none';
  // The hint says what stops it or what repeating does; nothing while it does not repeat.
  const hint = noDue
    ? t('Set a due date first: it is the first occurrence.')
    : repeats
      ? t('Completing it moves the task to its next occurrence and keeps a completed copy.')
      : null;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    // While it repeats, its choices (from, the custom rule) take the whole width of the task view.
    <fieldset className={repeats ? 'field recurrence recurrence-on' : 'field recurrence'}>
      <legend>{t('Repeat')}</legend>
      <label htmlFor={`${id}-repeat`} className="visually-hidden">
        {t('Repeat')}
      </label>
      <select
        id={`${id}-repeat`}
        value={noDue ? 'none' : draft.repeat}
        disabled={noDue}
        aria-describedby={describedBy || undefined}
        aria-invalid={error && draft.repeat !== 'custom' ? true : undefined}
        onChange={(e) => {
          const repeat = e.target.value as RepeatChoice;
          // A custom repeat starts as "every week on the due day", for the builder to change.
          const start = `FREQ=WEEKLY;BYDAY=${WEEKDAY_CODES[new Date(`${draft.due_date}T12:00:00Z`).getUTCDay()]}`;
          onChange({
            ...draft,
            repeat,
            ...(repeat === 'custom' && !draft.custom_rule.trim() ? { custom_rule: start } : {}),
          });
        }}
      >
        {repeatOptions(draft.due_date).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {repeats && draft.repeat === 'custom' && (
        <RuleBuilder
          rule={draft.custom_rule}
          dueDay={draft.due_date}
          onChange={(custom_rule) => onChange({ ...draft, custom_rule })}
        />
      )}
      {repeats && (
        <fieldset className="radio-group">
          <legend>{t('Repeat from')}</legend>
          {(['due', 'completion'] as const).map((from) => (
            <label key={from} className="field-checkbox">
              <input
                type="radio"
                name={`${id}-from`}
                value={from}
                checked={draft.recurrence_from === from}
                onChange={() => onChange({ ...draft, recurrence_from: from })}
              />
              {t(from === 'due' ? 'The due date' : 'When completed')}
            </label>
          ))}
        </fieldset>
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
