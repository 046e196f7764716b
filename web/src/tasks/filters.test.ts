import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import { dueText } from './due';
import { filtersOf, isNarrowed, sortOptions } from './filters';

describe('list filters in the address', () => {
  it('reads every filter, ignoring what it does not know', () => {
    const f = filtersOf(
      new URLSearchParams('status=pending&priority=high,urgent,low&tag=home&tag=work&due=week&sort=due'),
    );
    expect(f).toEqual({
      status: 'pending',
      sort: 'due',
      q: '',
      priority: ['high', 'low'],
      tag: ['home', 'work'],
      due: 'week',
      filter: '',
    });
    expect(isNarrowed(f)).toBe(true);
    const query = filtersOf(new URLSearchParams('filter=%20(today%20%7C%20overdue)%20%26%20%23Work%20'));
    expect(query.filter).toBe('(today | overdue) & #Work');
    expect(isNarrowed(query)).toBe(true);
    expect(filtersOf(new URLSearchParams('status=nope&due=later&sort=sideways'))).toMatchObject({
      status: 'pending',
      sort: '-created',
      due: null,
    });
  });

  it('ranks a search by relevance unless another sort is chosen, and never without one', () => {
    expect(filtersOf(new URLSearchParams('q=milk')).sort).toBe('relevance');
    expect(filtersOf(new URLSearchParams('q=milk&sort=title')).sort).toBe('title');
    expect(filtersOf(new URLSearchParams('sort=relevance')).sort).toBe('-created');
    expect(sortOptions(false)).not.toContain('relevance');
    expect(sortOptions(true)).toContain('relevance');
  });
});

describe('due moments in words, in the user’s zone', () => {
  const now = new Date('2026-03-10T22:30:00Z'); // 11 March already in Karachi (+05)

  it('names days relative to today in that zone', () => {
    expect(dueText(task(1, 'a', { due_date: '2026-03-10' }), 'UTC', now, 'en-GB')?.label).toBe('Today');
    expect(dueText(task(1, 'a', { due_date: '2026-03-11' }), 'UTC', now, 'en-GB')?.label).toBe('Tomorrow');
    expect(dueText(task(1, 'a', { due_date: '2026-03-11' }), 'Asia/Karachi', now, 'en-GB')?.label).toBe(
      'Today',
    );
    expect(dueText(task(1, 'a', { due_date: '2026-03-13' }), 'UTC', now, 'en-GB')?.label).toBe('Friday');
    expect(dueText(task(1, 'a'), 'UTC', now)).toBeNull();
  });

  it('shows an instant at its local time, and says when it is overdue (unless done)', () => {
    const at = dueText(task(1, 'a', { due_at: '2026-03-11T12:00:00Z' }), 'Asia/Karachi', now, 'en-GB');
    expect(at?.label).toBe('Today 17:00');
    expect(at?.overdue).toBe(false);
    expect(dueText(task(1, 'a', { due_at: '2026-03-10T20:00:00Z' }), 'UTC', now)?.overdue).toBe(true);
    expect(dueText(task(1, 'a', { due_date: '2026-03-09' }), 'UTC', now)?.overdue).toBe(true);
    expect(dueText(task(1, 'a', { due_date: '2026-03-09', completed: true }), 'UTC', now)?.overdue).toBe(
      false,
    );
  });
});
