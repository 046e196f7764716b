// Session 12's safety fixes from set 23's wrong changes (read after its two blind runs, so NOT
// blind; written here in other words): a comment asked for with "drop a comment on X: ..." is a
// comment, never a deletion; "jot this down: X" adds X; a step or a note pointed back at the task
// just named ("usay uske neeche daal do", "yeh us mein note kar lo", "یہ اس کے اندر ڈال دو") is asked
// about, never added as a task titled with the whole line.
import { describe, expect, it } from 'vitest';
import type { FixtureTask } from './support.js';
import { assistantOver } from './support.js';

const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const TASKS: FixtureTask[] = [
  { id: 1, title: 'Send the quarterly sales report', due_date: '2025-06-20' },
  { id: 2, title: 'Shadi ka menu final karna' },
  { id: 3, title: 'گاڑی کی سروس کروانا' },
];
const say = assistantOver(TASKS, clock);

describe('a comment asked for with a verb that can also delete', () => {
  it('"drop a comment on X: ..." comments on X and deletes nothing', async () => {
    const { changes } = await say('drop a comment on the sales report: the March figures are still missing');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.name).toBe('comment_on_task');
    expect(changes[0]!.arguments).toMatchObject({ task_id: 1 });
  });

  it('"leave a comment for X: ..." too', async () => {
    const { changes } = await say('leave a comment for the sales report task: ask Imran for the totals');
    expect(changes.map((c) => c.name)).toEqual(['comment_on_task']);
  });

  it('"drop X" alone still means deleting it (asked first: stages/deletes.ts)', async () => {
    const { changes, reply } = await say('drop the quarterly sales report');
    expect(changes).toEqual([]);
    expect(reply).toMatch(/^Delete "Send the quarterly sales report"\?/u);
  });
});

describe('"jot this down"', () => {
  it('adds what follows the colon as the title', async () => {
    const { changes } = await say('jot this down: renew the gym membership');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.arguments.title).toMatch(/^renew the gym membership$/iu);
  });
});

describe('a step or note pointed back at the task just named', () => {
  it('Roman Urdu "usay uske neeche daal do" is asked about, not added', async () => {
    const { changes, reply } = await say(
      'menu se pehle caterer se rates lene hain, usay uske neeche daal do',
    );
    expect(changes).toHaveLength(0);
    expect(reply).toMatch(/\?/u);
  });

  it('Roman Urdu "yeh us mein note kar lo" is asked about, not added', async () => {
    const { changes, reply } = await say(
      'shadi ke menu mein biryani bhi rakhni hai, yeh us mein note kar lo',
    );
    expect(changes).toHaveLength(0);
    expect(reply).toMatch(/\?/u);
  });

  it('Urdu "یہ اس کے اندر ڈال دو" is asked about, not added', async () => {
    const { changes, reply } = await say('سروس سے پہلے ٹائر چیک کروانے ہیں، یہ اس کے اندر ڈال دو');
    expect(changes).toHaveLength(0);
    expect(reply).toMatch(/[?؟]/u);
  });

  it('a plain Roman Urdu to-do is still added', async () => {
    const { changes } = await say('kal bank jana hai');
    expect(changes.map((c) => c.name)).toEqual(['add_task_details']);
  });
});
