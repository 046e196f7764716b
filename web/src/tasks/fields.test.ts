import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import { draftOf, patchOf, validate } from './fields';

describe('task editor fields', () => {
  it('sends only what changed, with an emptied description as null', () => {
    const t = task(1, 'Buy milk', { description: '2 litres' });
    expect(patchOf(t, draftOf(t, 'UTC'), 'UTC')).toEqual({});
    expect(patchOf(t, { ...draftOf(t, 'UTC'), title: '  Buy oat milk ', description: '' }, 'UTC')).toEqual({
      title: 'Buy oat milk',
      description: null,
    });
    expect(patchOf(t, { ...draftOf(t, 'UTC'), completed: true }, 'UTC')).toEqual({ completed: true });
    expect(
      patchOf(t, { ...draftOf(t, 'UTC'), priority: 'high', due_date: '2026-12-01', tags: ['home'] }, 'UTC'),
    ).toEqual({
      priority: 'high',
      due_date: '2026-12-01',
      tags: ['home'],
    });
  });

  it('refuses what the server would refuse, in words', () => {
    expect(validate({ ...draftOf(task(1, 'x'), 'UTC'), title: '  ' }).title).toBe('Give the task a title.');
    expect(validate({ ...draftOf(task(1, 'x'), 'UTC'), title: 'x'.repeat(201) }).title).toMatch(/200/);
    expect(
      validate({ ...draftOf(task(1, 'ok'), 'UTC'), description: 'y'.repeat(16_001) }).description,
    ).toMatch(/16,000/);
    expect(validate({ ...draftOf(task(1, 'ok'), 'UTC'), description: 'y'.repeat(16_000) })).toEqual({});
    expect(validate(draftOf(task(1, 'ok'), 'UTC'))).toEqual({});
  });
});

describe('the due moment in the editor', () => {
  it('reads and writes a timed due moment as wall time in the saved zone', () => {
    const t = task(1, 'Call', { due_at: '2026-07-01T07:00:00.000Z' });
    const draft = draftOf(t, 'Europe/Paris');
    expect(draft).toMatchObject({ due_date: '2026-07-01', due_time: '09:00' });
    expect(patchOf(t, draft, 'Europe/Paris')).toEqual({});
    expect(patchOf(t, { ...draft, due_time: '17:30' }, 'Europe/Paris')).toEqual({
      due_at: '2026-07-01T15:30:00.000Z',
    });
    expect(patchOf(t, { ...draft, due_time: '' }, 'Europe/Paris')).toEqual({ due_date: '2026-07-01' });
    expect(patchOf(t, { ...draft, due_date: '', due_time: '' }, 'Europe/Paris')).toEqual({ due_at: null });
  });

  it('asks for a day when only a time is given', () => {
    const draft = { ...draftOf(task(1, 'x'), 'UTC'), due_time: '09:00' };
    expect(validate(draft).due_date).toMatch(/day/);
  });
});
