// What quick add read in the line, before Enter: the title it will add and one chip per part (list,
// section, labels, priority, due, repeat, reminders, assignee), each with a × that keeps its words
// in the title instead, and the words it left in the title with why. Loaded beside the first rows.
import { sayReason } from '#shared/quickadd/quickadd.reasons.js';
import type { QuickAddParse } from '../api/types';
import { t } from '../ui/i18n';
import { dueText } from './due';
import { PRIORITY_LABELS } from './filters';
import { useDescriber } from './RepeatsText';

export function QuickAddPreview({
  recognised,
  timeZone,
  onKeep,
}: {
  recognised: QuickAddParse;
  timeZone: string;
  /** A chip's ×: keep these pieces of the line as title text. */
  onKeep: (pieces: string[]) => void;
}) {
  const describer = useDescriber();
  const chips = chipsOf(recognised, timeZone, describer?.describeRuleFully);
  return (
    <>
      <span className="visually-hidden">{t('Will add: ')}</span>
      <strong>{recognised.title || t('(no title)')}</strong>
      {chips.map((chip) => (
        <span key={`${chip.kind}:${chip.pieces.join('|')}`} className="preview-part preview-chip">
          {chip.label}
          <button
            type="button"
            className="chip-remove"
            aria-label={t('Keep “{words}” in the title instead ({chip})', {
              words: chip.pieces.join(' '),
              chip: chip.label,
            })}
            title={t('Keep this text in the title')}
            onClick={() => onKeep(chip.pieces)}
          >
            ×
          </button>
        </span>
      ))}
      {recognised.unread.map((u) => (
        <span key={`unread:${u.text}`} className="preview-note">
          {t('{words} stays in the title: {reason}', { words: u.text, reason: sayReason(u.reason, t) })}
        </span>
      ))}
    </>
  );
}

interface Chip {
  kind: string;
  label: string;
  /** The pieces of the line it was read from; removing the chip keeps them as title text. */
  pieces: string[];
}

/** One chip per part read: the due date and time together, the repeat with its end. */
function chipsOf(parse: QuickAddParse, timeZone: string, ruleInWords?: (rule: string) => string): Chip[] {
  const pieces = (...kinds: string[]) =>
    parse.matches.filter((m) => kinds.includes(m.kind)).map((m) => m.text);
  const each = (kind: string) => parse.matches.filter((m) => m.kind === kind);
  const chips: Chip[] = [];
  if (parse.list)
    chips.push({ kind: 'list', label: t('List {name}', { name: parse.list }), pieces: pieces('list') });
  if (parse.section)
    chips.push({
      kind: 'section',
      label: t('Section {name}', { name: parse.section }),
      pieces: pieces('section'),
    });
  for (const m of each('tag'))
    chips.push({ kind: 'tag', label: t('Label {name}', { name: m.text.slice(1) }), pieces: [m.text] });
  if (parse.priority && parse.priority !== 'none')
    chips.push({
      kind: 'priority',
      label: t('{level} priority', { level: t(PRIORITY_LABELS[parse.priority]) }),
      pieces: pieces('priority'),
    });
  const due = dueText({ ...parse, completed: false }, timeZone);
  if (due && pieces('date', 'time').length > 0)
    chips.push({ kind: 'due', label: t('Due {when}', { when: due.label }), pieces: pieces('date', 'time') });
  if (parse.recurrence)
    chips.push({
      kind: 'repeat',
      label: ruleInWords ? t('Repeats {rule}', { rule: ruleInWords(parse.recurrence) }) : t('Repeats'),
      pieces: pieces('recurrence'),
    });
  each('reminder').forEach((m, k) => {
    const r = parse.reminders[k];
    const label = !r
      ? m.text
      : 'minutes_before' in r
        ? t('Reminder {duration} before', { duration: beforeText(r.minutes_before) })
        : t('Reminder {when}', {
            when: dueText({ due_at: r.at, due_date: null, completed: false }, timeZone)?.label ?? r.at,
          });
    chips.push({ kind: 'reminder', label, pieces: [m.text] });
  });
  if (parse.assignee)
    chips.push({
      kind: 'assignee',
      label: t('Assigned to {name}', { name: parse.assignee }),
      pieces: pieces('assignee'),
    });
  return chips;
}

function beforeText(minutes: number): string {
  if (minutes % 1440 === 0) return t('{n, plural, one {# day} other {# days}}', { n: minutes / 1440 });
  if (minutes % 60 === 0) return t('{n, plural, one {# hour} other {# hours}}', { n: minutes / 60 });
  return t('{n} min', { n: minutes });
}
