import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import { type Draft, draftOf, patchOf, validate } from './fields';
import { RecurrenceControl } from './RecurrenceControl';
import { choiceOf, describeRule, ruleOf } from './recurrence';

// 2026-06-01 is a Monday.
const MONDAY = '2026-06-01';

describe('repeat choices as rules', () => {
  it('names each preset after the due day', () => {
    expect(ruleOf('none', '', MONDAY)).toBeNull();
    expect(ruleOf('daily', '', MONDAY)).toBe('FREQ=DAILY');
    expect(ruleOf('weekdays', '', MONDAY)).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(ruleOf('weekly', '', MONDAY)).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(ruleOf('weekly', '', '2026-06-05')).toBe('FREQ=WEEKLY;BYDAY=FR');
    expect(ruleOf('monthly', '', '2026-06-15')).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(ruleOf('yearly', '', MONDAY)).toBe('FREQ=YEARLY');
    expect(ruleOf('custom', ' RRULE:FREQ=DAILY;INTERVAL=3 ', MONDAY)).toBe('FREQ=DAILY;INTERVAL=3');
  });

  it('does not repeat without a due moment', () => {
    expect(ruleOf('weekly', '', '')).toBeNull();
  });

  it('reads a stored rule back as its preset, else as custom text', () => {
    expect(choiceOf('FREQ=WEEKLY;BYDAY=MO', MONDAY)).toEqual({ choice: 'weekly', customRule: '' });
    expect(choiceOf('FREQ=WEEKLY;BYDAY=TU', MONDAY)).toEqual({
      choice: 'custom',
      customRule: 'FREQ=WEEKLY;BYDAY=TU',
    });
    expect(choiceOf(null, MONDAY).choice).toBe('none');
  });

  it('says a rule in words', () => {
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO')).toBe('every Monday');
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO,TH')).toBe('every Mon and Thu');
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO,WE,FR')).toBe('every Mon, Wed and Fri');
    expect(describeRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toBe('every 2 weeks on Tuesday');
    expect(describeRule('FREQ=WEEKLY')).toBe('weekly');
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toBe('every weekday');
    expect(describeRule('FREQ=DAILY;INTERVAL=3;COUNT=10')).toBe('every 3 days');
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=15')).toBe('every month on the 15th');
    expect(describeRule('FREQ=MONTHLY;BYMONTHDAY=-1')).toBe('every month on the last day');
    expect(describeRule('FREQ=MONTHLY;BYDAY=2TU')).toBe('every month on the 2nd Tuesday');
    expect(describeRule('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8')).toBe('every year on March 8');
  });
});

describe('patches for recurrence', () => {
  it('sends the rule and where it counts from, and clears it with the due date', () => {
    const t = task(1, 'Water plants', { due_date: MONDAY });
    const draft = draftOf(t, 'UTC');
    expect(patchOf(t, { ...draft, repeat: 'weekly', recurrence_from: 'completion' }, 'UTC')).toEqual({
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      recurrence_from: 'completion',
    });
    const recurring = task(2, 'Water plants', {
      due_date: MONDAY,
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
      recurrence_from: 'due',
    });
    expect(patchOf(recurring, draftOf(recurring, 'UTC'), 'UTC')).toEqual({});
    expect(patchOf(recurring, { ...draftOf(recurring, 'UTC'), due_date: '' }, 'UTC')).toEqual({
      due_date: null,
      recurrence: null,
    });
  });

  it('asks for a custom rule when custom is picked', () => {
    const draft = { ...draftOf(task(1, 'x', { due_date: MONDAY }), 'UTC'), repeat: 'custom' as const };
    expect(validate(draft).repeat).toMatch(/FREQ=/);
  });
});

function Harness({ initial }: { initial: Draft }) {
  const [draft, setDraft] = useState(initial);
  return (
    <>
      <RecurrenceControl draft={draft} error={undefined} onChange={setDraft} />
      <output data-testid="rule">{patchOf(task(1, 'x'), draft, 'UTC').recurrence ?? 'none'}</output>
    </>
  );
}

describe('the repeat control', () => {
  it('is disabled with a hint until there is a due date', () => {
    render(<Harness initial={draftOf(task(1, 'x'), 'UTC')} />);
    expect(screen.getByLabelText('Repeat')).toHaveProperty('disabled', true);
    expect(screen.getByText(/Set a due date first/)).toBeDefined();
  });

  it('offers the due day by name and maps each choice to a rule', () => {
    render(<Harness initial={draftOf(task(1, 'x', { due_date: MONDAY }), 'UTC')} />);
    const select = screen.getByLabelText('Repeat');
    expect(screen.getByRole('option', { name: 'Weekly on Monday' })).toBeDefined();
    expect(screen.getByRole('option', { name: 'Monthly on day 1' })).toBeDefined();
    fireEvent.change(select, { target: { value: 'weekly' } });
    expect(screen.getByTestId('rule').textContent).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(screen.getByRole('radio', { name: 'The due date' })).toHaveProperty('checked', true);
    fireEvent.change(select, { target: { value: 'custom' } });
    // A custom repeat starts as every week on the due day, then is built in words.
    expect(screen.getByTestId('rule').textContent).toBe('FREQ=WEEKLY;BYDAY=MO');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Thursday' }));
    expect(screen.getByTestId('rule').textContent).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(screen.getByText(/^Repeats /).textContent).toBe('Repeats every week on Monday and Thursday.');
    fireEvent.change(screen.getByLabelText('Every'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'MONTHLY' } });
    fireEvent.change(screen.getByLabelText('On'), { target: { value: 'nth:2:TU' } });
    expect(screen.getByTestId('rule').textContent).toBe('FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU');
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: 'count' } });
    fireEvent.change(screen.getByLabelText('Times'), { target: { value: '6' } });
    expect(screen.getByTestId('rule').textContent).toBe('FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;COUNT=6');
    // Anything the builder cannot show stays editable as text.
    fireEvent.change(screen.getByLabelText('Rule (RRULE)'), { target: { value: 'FREQ=MONTHLY;BYDAY=-1FR' } });
    expect(screen.getByTestId('rule').textContent).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    fireEvent.change(select, { target: { value: 'none' } });
    expect(screen.getByTestId('rule').textContent).toBe('none');
  });
});
