// Session 14: a line naming an open task by a word or two but telling of something else is no news
// of that task (src/assistant/offline/stages/about.ts tellsOfOther): three or more telling words the
// title lacks, and half or less of the title said. Fixes read from sets 24-25's wrong changes (NOT
// blind), written here in other words; a task pointed at ("X wala") and an edit with its reason are
// still read as before.
import { describe, expect, it } from 'vitest';
import type { FixtureTask } from '../eval/memory-tools.js';
import { assistantOver } from './support/assistant.js';

const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Dukaan ka kiraya' },
  { id: 2, title: 'Book the caterer for the mehndi', due_date: '2025-06-20' },
  { id: 3, title: 'Doodh lana' },
];

describe('a line telling of something else leaves the task that shares its word alone', () => {
  it('Roman Urdu: a tiring day at the shop does not pay the shop rent', async () => {
    const say = assistantOver(TASKS, clock);
    const out = await say('aaj dukaan par bara rush raha, thak gaya hun yaar');
    expect(out.changes.filter((c) => c.arguments.task_id === 1)).toEqual([]);
  });

  it('a task pointed at ("X wala kaam") is still the one meant', async () => {
    const say = assistantOver(TASKS, clock);
    const out = await say('dukaan wala kaam ho gaya, aaj bohat rush tha');
    expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['complete_task', 1]]);
  });

  it('an edit naming most of its task keeps its reason', async () => {
    const say = assistantOver(TASKS, clock);
    const out = await say('the mehndi caterer booking moves to friday, the family wants a later date');
    expect(out.changes.map((c) => [c.name, c.arguments.task_id])).toEqual([['set_task_details', 2]]);
  });
});
