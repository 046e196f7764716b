import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import { draftOf, patchOf, validate } from './fields';

describe('task editor fields', () => {
  it('sends only what changed, with an emptied description as null', () => {
    const t = task(1, 'Buy milk', { description: '2 litres' });
    expect(patchOf(t, draftOf(t))).toEqual({});
    expect(patchOf(t, { ...draftOf(t), title: '  Buy oat milk ', description: '' })).toEqual({
      title: 'Buy oat milk',
      description: null,
    });
    expect(patchOf(t, { ...draftOf(t), completed: true })).toEqual({ completed: true });
    expect(patchOf(t, { ...draftOf(t), priority: 'high', due_date: '2026-12-01', tags: ['home'] })).toEqual({
      priority: 'high',
      due_date: '2026-12-01',
      tags: ['home'],
    });
  });

  it('refuses what the server would refuse, in words', () => {
    expect(validate({ ...draftOf(task(1, 'x')), title: '  ' }).title).toBe('Give the task a title.');
    expect(validate({ ...draftOf(task(1, 'x')), title: 'x'.repeat(201) }).title).toMatch(/200/);
    expect(validate({ ...draftOf(task(1, 'ok')), description: 'y'.repeat(1001) }).description).toMatch(
      /1000/,
    );
    expect(validate(draftOf(task(1, 'ok')))).toEqual({});
  });
});
