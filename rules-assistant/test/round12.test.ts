// Round 12 of issue 18: changes to existing tasks said indirectly (lang/edits.extra.json read by the
// edit stage), the hour kept on a moved day (keeptime.ts) and news of a task done (stages/news.ts).
// The whole-conversation cases are in rules-assistant/eval/round12.ts; these pin each piece and the safety rules.
import { describe, expect, it } from 'vitest';
import { offlineAgent } from '../engine/index.js';
import { sameTimeOn } from '../engine/keeptime.js';
import { readEdit as readRaw } from '../engine/stages/edits.js';
import { passiveNews, trimNews } from '../engine/stages/news.js';
import { normalise } from '../engine/stages/normalise.js';
import { type FixtureTask, realTools } from './support.js';

const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
const toolsOver = realTools(clock);
/** As the agent reads a message: misspelt date words put right first ("jumme"). */
const readEdit = (text: string, at: typeof clock) => readRaw(normalise(text).text, at);

describe('edit patterns of round 12', () => {
  it('takes the second day of "from A to B" and leaves a reason after a comma out of the date', () => {
    expect(readEdit('گاڑی کی سروس پیر سے منگل پر شفٹ کر دیں', clock)).toMatchObject({
      change: { due_date: '2025-06-17' },
    });
    expect(
      readEdit('push the electricity bill to monday, salary comes in late this month', clock),
    ).toMatchObject({
      target: { words: ['electricity', 'bill'] },
      change: { due_date: '2025-06-16' },
    });
    expect(readEdit('push the fee to Wednesday the 18th', clock)).toMatchObject({
      change: { due_date: '2025-06-18' },
    });
  });

  it('marks "same time" so the hour is kept, in each language', () => {
    for (const text of [
      'shift the sales report to friday, same time',
      'supplier ki payment jumme ko kar do, time wohi rakhna',
      'ہفتہ وار رپورٹ جمعہ پر کر دیں، وقت وہی رہے',
      'دفتر کی رپورٹ کل کے بجائے جمعہ کو اسی وقت کر دیں',
    ])
      expect(readEdit(text, clock)).toMatchObject({ change: { due_date: '2025-06-13', keepTime: true } });
  });

  it('reads priority, tags, notes, renames and repeats said without a command word', () => {
    expect(readEdit('the car insurance is getting urgent now, bump it up to high', clock)).toMatchObject({
      change: { priority: 'high' },
    });
    expect(readEdit('gaari ki service urgent hai', clock)).toMatchObject({ change: { priority: 'high' } });
    expect(readEdit('کار کی سروس بہت ضروری ہے', clock)).toMatchObject({ change: { priority: 'high' } });
    expect(readEdit('add an urgent tag to the sales report, keep the office one', clock)).toMatchObject({
      target: { words: ['sales', 'report'] },
      change: { addTags: ['urgent'] },
    });
    expect(readEdit('عید کی شاپنگ پر خریداری کا ٹیگ بھی لگا دیں', clock)).toMatchObject({
      change: { addTags: ['خریداری'] },
    });
    expect(readEdit('X ki tafseel mein likh do ke brakes bhi', clock)).toMatchObject({
      change: { description: 'brakes bhi' },
    });
    expect(readEdit('شادی کی خریداری کو بدل کر مہندی کی خریداری کر دو', clock)).toMatchObject({
      change: { title: 'مہندی کی خریداری' },
    });
    expect(readEdit('گاڑی کی سروس والے کام کو ہر تین مہینے بعد دہرانے والا بنا دیں', clock)).toMatchObject({
      change: { recurrence: 'FREQ=MONTHLY;INTERVAL=3' },
    });
  });

  it('leaves a new task with "it is urgent" after a comma, and quoted renames, to the other stages', () => {
    expect(readEdit('passport renew karwana add karo, ye bohat zaroori hai', clock)).toBeNull();
    expect(readEdit('جمعہ کو بہن کی سالگرہ کا تحفہ لینا ہے، بہت ضروری ہے', clock)).toBeNull();
    expect(readEdit("rent wale task ka naam badal ke 'Pay June rent' kar do", clock)).toBeNull();
  });
});

describe('keeping the hour on a new day', () => {
  it('puts the due time on the new day in the person zone, or nothing without one', () => {
    expect(sameTimeOn('2025-06-13', '2025-06-12T06:00:00.000Z', 'Asia/Karachi')).toBe(
      '2025-06-13T06:00:00.000Z',
    );
    // 23:30 in Karachi is 18:30 UTC the same day
    expect(sameTimeOn('2025-06-20', '2025-06-12T18:30:00.000Z', 'Asia/Karachi')).toBe(
      '2025-06-20T18:30:00.000Z',
    );
    expect(sameTimeOn('2025-06-13', null, 'Asia/Karachi')).toBeNull();
  });
});

describe('news of a task done', () => {
  it('cuts the words that say how or when, and the verb of the deed', () => {
    expect(trimNews(['paid', 'electricity', 'bill', 'from', 'app'], 'en')).toEqual(['electricity', 'bill']);
    expect(trimNews(['sent', 'off', 'quarterly', 'sales', 'report', 'hour', 'ago'], 'en')).toEqual([
      'quarterly',
      'sales',
      'report',
    ]);
  });

  it('reads passive and arrival news, never a negation, a question or a plan', () => {
    expect(
      passiveNews("okay so the gas cylinder's been booked, one less thing to worry about", 'en'),
    ).toEqual(['gas', 'cylinder']);
    expect(passiveNews('the plumber came too', 'en')).toEqual(['plumber']);
    expect(passiveNews('bijli ka bill app se bhar diya abhi', 'roman')).toEqual(['bijli', 'bill']);
    expect(passiveNews("the gas cylinder hasn't been booked", 'en')).toBeNull();
    expect(passiveNews('has the gas cylinder been booked?', 'en')).toBeNull();
    expect(passiveNews('the plumber is booked for tomorrow', 'en')).toBeNull();
  });

  const tasks: FixtureTask[] = [
    { id: 1, title: 'Pay electricity bill', due_date: '2025-06-13' },
    { id: 2, title: 'Pay internet bill', due_date: '2025-06-18' },
    { id: 3, title: 'Book gas cylinder refill' },
  ];
  const run = async (message: string) => {
    const store = toolsOver(tasks);
    const out = await offlineAgent.run({ userId: 'u', message, history: [], ...clock, callTool: store.run });
    return out.tool_calls.filter((c) => !['list_tasks', 'search_tasks', 'get_task'].includes(c.name));
  };

  it('completes the one open task named, and asks when two match', async () => {
    expect(await run('paid the electricity bill just now from the app, finally')).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 1 } },
    ]);
    expect(await run('the gas cylinder has been booked')).toMatchObject([
      { name: 'complete_task', arguments: { task_id: 3 } },
    ]);
    expect(await run('paid the bill just now')).toEqual([]);
    expect(await run('the bill has been paid')).toEqual([]);
  });
});
