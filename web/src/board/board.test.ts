import { describe, expect, it } from 'vitest';
import { section, task } from '../test/render';
import { columnsOf, placeCard } from './board';

// Positions 1024, 2048, ... by id (test/render's task()).
const tasks = [
  task(1, 'Sketch', { list_id: 7 }),
  task(2, 'Plan', { list_id: 7, section_id: 20 }),
  task(3, 'Build', { list_id: 7, section_id: 20 }),
  task(4, 'Ship', { list_id: 7, section_id: 21 }),
  task(5, 'Old', { list_id: 7, section_id: 99 }),
];
const sections = [section(20, 7, 'Doing'), section(21, 7, 'Done')];

describe('the board’s columns and moves', () => {
  it('puts No section first, a section deleted meanwhile into it, and each column in the list’s order', () => {
    const columns = columnsOf([...tasks].reverse(), sections);
    expect(columns.map((c) => [c.name, c.tasks.map((t) => t.title)])).toEqual([
      ['No section', ['Sketch', 'Old']],
      ['Doing', ['Plan', 'Build']],
      ['Done', ['Ship']],
    ]);
  });

  it('places a card above the card at its new index, below the last, or into an empty column', () => {
    const [none, doing, done] = columnsOf(tasks, [...sections, section(22, 7, 'Later')]);
    const sketch = tasks[0]!;
    // Between Plan and Build: before Build, halfway between them.
    expect(placeCard(columnsOf(tasks, sections), sketch, doing!, 1)).toMatchObject({
      body: { section_id: 20, before_id: 3 },
      position: 2560,
    });
    // At the end of Done: after Ship, past it.
    expect(placeCard(columnsOf(tasks, sections), sketch, done!, 5)).toMatchObject({
      body: { section_id: 21, after_id: 4 },
      position: 4096 + 1024 / 2,
    });
    const later = columnsOf(tasks, [...sections, section(22, 7, 'Later')])[3]!;
    expect(placeCard(columnsOf(tasks, sections), sketch, later, 0)).toEqual({
      body: { section_id: 22 },
      position: 1024,
    });
    // Where it already is: nothing to do.
    expect(placeCard(columnsOf(tasks, sections), sketch, none!, 0)).toBeNull();
  });

  it('moves within a column by one place (index counted without the card itself)', () => {
    const columns = columnsOf(tasks, sections);
    const plan = tasks[1]!;
    expect(placeCard(columns, plan, columns[1]!, 1)).toMatchObject({
      body: { section_id: 20, after_id: 3 },
      beside: { side: 'below' },
    });
    expect(placeCard(columns, tasks[2]!, columns[1]!, 0)).toMatchObject({
      body: { section_id: 20, before_id: 2 },
      beside: { side: 'above' },
    });
  });
});
