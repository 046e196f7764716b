// A custom repeat in words: every N days / weeks (on chosen weekdays) / months (on a day, or "the
// 2nd Tuesday", "the last Friday") / years, ending never, after N times or on a date. It writes the
// RRULE the API takes; a rule it cannot show this way stays editable as text under "Advanced".
import { useId } from 'react';
import { intlLocale, msg, t } from '../ui/i18n';
import { describeRuleFully } from './recurrence';

const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
type Freq = (typeof FREQS)[number];
const UNITS: Record<Freq, string> = {
  DAILY: msg('{n, plural, one {day} other {days}}'),
  WEEKLY: msg('{n, plural, one {week} other {weeks}}'),
  MONTHLY: msg('{n, plural, one {month} other {months}}'),
  YEARLY: msg('{n, plural, one {year} other {years}}'),
};
/** A weekday's name in the active language, by its place from Monday (0). */
const weekdayName = (index: number, width: 'short' | 'long') =>
  new Intl.DateTimeFormat(intlLocale() ?? 'en', { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
/** The weekdays' RRULE codes, from Monday. */
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** The days a monthly rule can fall on, 1 to 31 (RFC 5545: a month without that day is skipped). */
const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** The nth weekday of a month a monthly rule can fall on (-1: the last). */
const ORDINALS = ['1', '2', '3', '4', '-1'] as const;

export interface Built {
  freq: Freq;
  interval: number;
  /** Weekly: the weekdays (MO...SU). */
  days: string[];
  /** Monthly: on a day of the month, or on the nth weekday. */
  monthly: { kind: 'day'; day: number } | { kind: 'nth'; n: string; weekday: string };
  end: { kind: 'never' } | { kind: 'count'; count: number } | { kind: 'until'; date: string };
}

/** The builder's reading of a rule, or null when it holds parts the builder does not show. */
export function readRule(rule: string, dueDay: string): Built | null {
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .filter(Boolean)
      .map((p) => p.split('=') as [string, string]),
  );
  const freq = parts.get('FREQ') as Freq | undefined;
  if (!freq || !FREQS.includes(freq)) return null;
  for (const key of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL'].includes(key)) return null;
  }
  const weekdayOfDue = dueDay ? DAYS[(new Date(`${dueDay}T12:00:00Z`).getUTCDay() + 6) % 7]! : 'MO';
  const byday = parts.get('BYDAY');
  let monthly: Built['monthly'] = { kind: 'day', day: dueDay ? Number(dueDay.slice(8, 10)) : 1 };
  let days: string[] = [weekdayOfDue];
  if (freq === 'WEEKLY' && byday) {
    days = byday.split(',');
    if (days.some((d) => !DAYS.some((code) => code === d))) return null;
  } else if (freq === 'MONTHLY' && byday) {
    const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
    if (!m) return null;
    monthly = { kind: 'nth', n: m[1]!, weekday: m[2]! };
  } else if (byday) return null;
  const bymonthday = parts.get('BYMONTHDAY');
  if (bymonthday) {
    if (freq !== 'MONTHLY' || !/^\d{1,2}$/.test(bymonthday)) return null;
    monthly = { kind: 'day', day: Number(bymonthday) };
  }
  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  const end: Built['end'] = count
    ? { kind: 'count', count: Number(count) }
    : until && /^\d{8}/.test(until)
      ? { kind: 'until', date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` }
      : { kind: 'never' };
  return { freq, interval: Number(parts.get('INTERVAL') ?? 1) || 1, days, monthly, end };
}

export function writeRule(b: Built): string {
  const parts = [`FREQ=${b.freq}`];
  if (b.interval > 1) parts.push(`INTERVAL=${b.interval}`);
  if (b.freq === 'WEEKLY' && b.days.length > 0) {
    parts.push(
      `BYDAY=${DAYS.map((code) => code)
        .filter((c) => b.days.includes(c))
        .join(',')}`,
    );
  }
  if (b.freq === 'MONTHLY') {
    parts.push(
      b.monthly.kind === 'day' ? `BYMONTHDAY=${b.monthly.day}` : `BYDAY=${b.monthly.n}${b.monthly.weekday}`,
    );
  }
  if (b.end.kind === 'count') parts.push(`COUNT=${b.end.count}`);
  if (b.end.kind === 'until') parts.push(`UNTIL=${b.end.date.replaceAll('-', '')}`);
  return parts.join(';');
}

export function RuleBuilder({
  rule,
  dueDay,
  onChange,
}: {
  rule: string;
  dueDay: string;
  onChange: (rule: string) => void;
}) {
  const id = useId();
  const built = readRule(rule || 'FREQ=WEEKLY', dueDay);
  const set = (change: Partial<Built>) => built && onChange(writeRule({ ...built, ...change }));
  return (
    <div className="rule-builder">
      {built && (
        <>
          <div className="rule-row">
            <label htmlFor={`${id}-interval`}>{t('Every')}</label>
            <input
              id={`${id}-interval`}
              type="number"
              min={1}
              max={999}
              value={built.interval}
              onChange={(e) => set({ interval: Math.max(1, Math.min(999, Number(e.target.value) || 1)) })}
            />
            <label htmlFor={`${id}-freq`} className="visually-hidden">
              {t('Unit')}
            </label>
            <select
              id={`${id}-freq`}
              value={built.freq}
              onChange={(e) => set({ freq: e.target.value as Freq })}
            >
              {FREQS.map((f) => (
                <option key={f} value={f}>
                  {t(UNITS[f], { n: built.interval })}
                </option>
              ))}
            </select>
          </div>
          {built.freq === 'WEEKLY' && (
            <fieldset className="rule-days">
              <legend>{t('On')}</legend>
              {DAYS.map((code, i) => (
                <label key={code} className="day-toggle" title={weekdayName(i, 'long')}>
                  <input
                    type="checkbox"
                    checked={built.days.includes(code)}
                    onChange={(e) => {
                      const days = e.target.checked
                        ? [...built.days, code]
                        : built.days.filter((d) => d !== code);
                      if (days.length > 0) set({ days });
                    }}
                  />
                  <span aria-hidden="true">{weekdayName(i, 'short')}</span>
                  <span className="visually-hidden">{weekdayName(i, 'long')}</span>
                </label>
              ))}
            </fieldset>
          )}
          {built.freq === 'MONTHLY' && (
            <div className="rule-row">
              <label htmlFor={`${id}-monthly`}>{t('On')}</label>
              <select
                id={`${id}-monthly`}
                value={
                  built.monthly.kind === 'day'
                    ? `day:${built.monthly.day}`
                    : `nth:${built.monthly.n}:${built.monthly.weekday}`
                }
                onChange={(e) => {
                  const [kind, a, b] = e.target.value.split(':') as [string, string, string?];
                  set({
                    monthly:
                      kind === 'day' ? { kind: 'day', day: Number(a) } : { kind: 'nth', n: a, weekday: b! },
                  });
                }}
              >
                {MONTH_DAYS.map((day) => (
                  <option key={day} value={`day:${day}`}>
                    {t('day {n}', { n: day })}
                  </option>
                ))}
                {ORDINALS.flatMap((n) =>
                  DAYS.map((code, i) => (
                    <option key={`${n}${code}`} value={`nth:${n}:${code}`}>
                      {t(
                        '{n, select, 1 {the first {day}} 2 {the second {day}} 3 {the third {day}} 4 {the fourth {day}} other {the last {day}}}',
                        { n, day: weekdayName(i, 'long') },
                      )}
                    </option>
                  )),
                )}
              </select>
            </div>
          )}
          <div className="rule-row">
            <label htmlFor={`${id}-end`}>{t('Ends')}</label>
            <select
              id={`${id}-end`}
              value={built.end.kind}
              onChange={(e) => {
                const kind = e.target.value;
                set({
                  end:
                    kind === 'count'
                      ? { kind: 'count', count: 10 }
                      : kind === 'until'
                        ? { kind: 'until', date: dueDay || new Date().toISOString().slice(0, 10) }
                        : { kind: 'never' },
                });
              }}
            >
              <option value="never">{t('never')}</option>
              <option value="count">{t('after a number of times')}</option>
              <option value="until">{t('on a date')}</option>
            </select>
            {built.end.kind === 'count' && (
              <>
                <label htmlFor={`${id}-count`} className="visually-hidden">
                  {t('Times')}
                </label>
                <input
                  id={`${id}-count`}
                  type="number"
                  min={1}
                  max={999}
                  value={built.end.count}
                  onChange={(e) =>
                    set({ end: { kind: 'count', count: Math.max(1, Number(e.target.value) || 1) } })
                  }
                />
              </>
            )}
            {built.end.kind === 'until' && (
              <>
                <label htmlFor={`${id}-until`} className="visually-hidden">
                  {t('Last date')}
                </label>
                <input
                  id={`${id}-until`}
                  type="date"
                  value={built.end.date}
                  onChange={(e) => e.target.value && set({ end: { kind: 'until', date: e.target.value } })}
                />
              </>
            )}
          </div>
          <p className="hint" aria-live="polite">
            {t('Repeats {rule}.', { rule: describeRuleFully(writeRule(built)) })}
          </p>
        </>
      )}
      <details open={!built}>
        <summary>{t('Advanced (RRULE)')}</summary>
        <label htmlFor={`${id}-rule`}>{t('Rule (RRULE)')}</label>
        <input
          id={`${id}-rule`}
          type="text"
          value={rule}
          placeholder="FREQ=MONTHLY;BYDAY=-1FR"
          spellCheck={false}
          autoCapitalize="characters"
          onChange={(e) => onChange(e.target.value)}
        />
      </details>
    </div>
  );
}
