// Today's two groups: the tasks due before today began are Overdue; a timed task of today whose
// time has passed stays in today's group (shown late), as Todoist shows it; the order given holds.
import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import { dayLabel, todayGroups } from './overdue';

const titles = (tasks: { title: string }[]) => tasks.map((t) => t.title);

describe('todayGroups', () => {
  // 12:30 in Paris (UTC+1 in January).
  const now = new Date('2026-01-15T11:30:00.000Z');
  const zone = 'Europe/Paris';

  it('puts what was due before today began in Overdue, late timed tasks of today in today', () => {
    const tasks = [
      task(1, 'Three days ago', { due_date: '2026-01-12' }),
      task(2, 'Yesterday at nine', { due_at: '2026-01-14T08:00:00.000Z' }),
      // 00:30 in Paris on the 15th, though the 14th in UTC: today's.
      task(3, 'Just after midnight', { due_at: '2026-01-14T23:30:00.000Z' }),
      task(4, 'At eight', { due_at: '2026-01-15T07:00:00.000Z' }),
      task(5, 'This evening', { due_at: '2026-01-15T17:00:00.000Z' }),
      task(6, 'All day today', { due_date: '2026-01-15' }),
    ];
    const groups = todayGroups(tasks, zone, now);
    expect(titles(groups.overdue)).toEqual(['Three days ago', 'Yesterday at nine']);
    expect(titles(groups.today)).toEqual([
      'Just after midnight',
      'At eight',
      'This evening',
      'All day today',
    ]);
  });

  it('keeps a completed task (ticked a moment ago) out of Overdue', () => {
    const groups = todayGroups(
      [task(1, 'Done', { due_date: '2026-01-10', completed: true }), task(2, 'Undated')],
      zone,
      now,
    );
    expect(groups.overdue).toEqual([]);
    expect(titles(groups.today)).toEqual(['Done', 'Undated']);
  });

  it('splits thousands of tasks in one pass', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      task(i + 1, `Task ${i}`, { due_date: i % 2 === 0 ? '2026-01-01' : '2026-01-15' }),
    );
    const started = performance.now();
    const groups = todayGroups(many, zone, now);
    expect(groups.overdue).toHaveLength(10_000);
    expect(groups.today).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("labels today's heading with its long date", () => {
    expect(dayLabel('2026-01-15', '2026-01-15')).toMatch(/^Today · /);
  });
});
