// The assistant's stages one by one, as pure functions: normalising, splitting, the intent model,
// statements, news, edit patterns, targets, naming a task first, requests addressed to a task, and
// the safety sweeps (engine/stages/*).
import { describe, expect, it } from 'vitest';
import urduWhen from '#shared/lang/urdu-when.json' with { type: 'json' };
import { sameTimeOn } from '../engine/keeptime.js';
import { readSharingRequest } from '../engine/sharing.js';
import { readAbout, saysNotYet, taskNamed } from '../engine/stages/about.js';
import { readAddressed } from '../engine/stages/addressed.js';
import { doneNews, dueNews, undoneNews } from '../engine/stages/done.js';
import { readEdit, readEdit as readRaw } from '../engine/stages/edits.js';
import { realTags, sweepSaid } from '../engine/stages/guard.js';
import { features, guessIntent, trainIntentModel } from '../engine/stages/intent.js';
import { dateWordFor, normalise, ORDINARY } from '../engine/stages/normalise.js';
import { splitRequests } from '../engine/stages/split.js';
import { readStatement } from '../engine/stages/statement.js';
import {
  bestMatching,
  closestTasks,
  namesOnlyPart,
  onlyTaskSharing,
  tasksRestated,
} from '../engine/stages/target.js';
import { understand } from '../engine/understand.js';
import { markEnglishDetails } from '../engine/when.js';
import { intentSplit } from './phrases.js';
import type { FixtureTask } from './support.js';

describe('over two bills and a gas refill', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  /** As the agent reads a message: misspelt date words put right first ("jumme"). */
  const readEdit = (text: string, at: typeof clock) => readRaw(normalise(text).text, at);

  describe('edit patterns said without a command word', () => {
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
});

describe('over quotes, bills, a dentist and a standup', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const EN: FixtureTask[] = [
    { id: 1, title: 'Pay electricity bill', due_date: '2025-06-13' },
    { id: 2, title: 'Send quote to Riverside Builders' },
    { id: 3, title: 'Send quote to Harbor Homes' },
    { id: 4, title: 'Dentist appointment', due_at: '2025-06-12T05:00:00.000Z' },
    { id: 5, title: 'Team standup', recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2025-06-16' },
    { id: 6, title: 'Return library books', completed: true },
  ];
  const UR: FixtureTask[] = [
    { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-13' },
    { id: 2, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-15' },
    { id: 3, title: 'درزی سے سوٹ لینا', due_date: '2025-06-14' },
    { id: 4, title: 'عید کی تیاری', list: 'عید' },
  ];
  /** What a line reads as about the tasks: the task named and the reading, or what was named. */
  function about(text: string, tasks: FixtureTask[], lang: 'en' | 'ur' | 'roman') {
    const named = taskNamed(text, tasks, lang);
    if (named?.kind !== 'one') return named;
    return { id: named.task.id, ...readAbout(text, named.used, named.task.completed === true, lang, clock) };
  }

  describe('task-first naming', () => {
    it('names a task by a word only its title has, with most of its words or a pointer', () => {
      expect(about('riverside quote went out', EN, 'en')).toMatchObject({ id: 2, kind: 'done' });
      expect(
        about('darzi wala kaam, pata nahi', [{ id: 7, title: 'Darzi se suit lena' }], 'roman'),
      ).toMatchObject({
        id: 7,
        kind: 'unclear',
      });
    });

    it('asks which when the words name a kind of task several have', () => {
      expect(taskNamed('quote emailed', EN, 'en')).toMatchObject({
        kind: 'several',
        tasks: [{ id: 2 }, { id: 3 }],
      });
      expect(taskNamed('بل ادا کر دیا ہے', UR, 'ur')).toMatchObject({ kind: 'several' });
    });

    it('never names a task by a word led by another noun, or by a date word alone', () => {
      // "internet bill" is not "Pay electricity bill"; "انٹرنیٹ کا بل" is not "بجلی کا بل".
      expect(taskNamed('internet bill paid', [EN[0]!, EN[3]!], 'en')).toBeNull();
      expect(taskNamed('ہر مہینے انٹرنیٹ کا بل جمع کرانا ہے', [UR[0]!, UR[2]!], 'ur')).toBeNull();
      expect(
        taskNamed('har 2 hafte friday ko laundry', [{ id: 1, title: 'Haftawar safai' }], 'roman'),
      ).toBeNull();
      // A new thing that shares one word of a longer title is no news of it.
      expect(
        taskNamed(
          'need to get the new price list from the supplier',
          [{ id: 1, title: 'Call supplier about container delay' }],
          'en',
        ),
      ).toBeNull();
    });
  });

  describe('what is said about the task named', () => {
    it('reads done, not done after all, a skip, a note', () => {
      expect(about('electricity bill paid off this morning', EN, 'en')).toMatchObject({
        id: 1,
        kind: 'done',
      });
      expect(about("library books return didn't count, need to go again", EN, 'en')).toMatchObject({
        id: 6,
        kind: 'undone',
      });
      expect(about('standup is off this monday, the office is shut', EN, 'en')).toMatchObject({
        id: 5,
        kind: 'skip',
      });
      expect(about('about the dentist appointment: bring the x-rays', EN, 'en')).toMatchObject({
        id: 4,
        kind: 'note',
        description: 'bring the x-rays',
      });
    });

    it('reads a new date, a new time on the same day, a priority and a repeat', () => {
      expect(about('electricity bill moved to the 20th, salary is late', EN, 'en')).toMatchObject({
        id: 1,
        kind: 'change',
        change: { due_date: '2025-06-20', keepTime: true },
      });
      expect(about('dentist is still tomorrow, only now at 4pm', EN, 'en')).toMatchObject({
        kind: 'change',
        change: { due_at: '2025-06-12T11:00:00.000Z' },
      });
      expect(about('درزی والا کام ہفتے کے بجائے پیر کو ہے', UR, 'ur')).toMatchObject({
        id: 3,
        change: { due_date: '2025-06-16' },
      });
      expect(
        about('دادی کو ہسپتال اب بارہ بجے', [{ id: 9, title: 'دادی کو ہسپتال لے جانا' }], 'ur'),
      ).toMatchObject({
        kind: 'change',
        timeOnly: true,
      });
      expect(about('گیس کا بل سب سے اہم ہے', UR, 'ur')).toMatchObject({
        id: 2,
        change: { priority: 'high' },
      });
      expect(about('the electricity bill comes every month on the 5th', EN, 'en')).toMatchObject({
        change: { recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5' },
      });
    });

    it('never reads done where the line says not, later, or what is still to come', () => {
      expect(about('dentist appointment is a whole thing with the insurance', EN, 'en')).toMatchObject({
        kind: 'unclear',
      });
      expect(about('electricity bill will be paid tomorrow', EN, 'en')).not.toMatchObject({ kind: 'done' });
      expect(about("electricity bill isn't paid", EN, 'en')).toMatchObject({ kind: 'unclear' });
      expect(saysNotYet('gym renewal can be done by the 25th instead', 'en')).toBe(true);
    });
  });

  describe('requests addressed to a task or a list', () => {
    it('puts each into its command form', () => {
      expect(readAddressed('eid ki tayyari ke neeche likh do: mehndi, choorian', 'roman')).toBe(
        'add a subtask to eid ki tayyari: mehndi, choorian',
      );
      expect(readAddressed('شادی والی لسٹ میں ڈال دیں: مہندی کا سامان', 'ur')).toBe(
        'add مہندی کا سامان to the شادی list',
      );
      expect(readAddressed('darzi wale task pe comment likh do ke naap purana hai', 'roman')).toBe(
        'comment on the darzi task: naap purana hai',
      );
      expect(readAddressed('pardey wala kaam Eid list mein daal do', 'roman')).toBe(
        'move pardey to the Eid list',
      );
      expect(readAddressed('ایک نئی لسٹ بنا دیں عمرہ کے نام سے', 'ur')).toBe('create a list called عمرہ');
      expect(readAddressed('remind me the night before chemistry is due', 'en')).toBe(
        'remind me a day before chemistry',
      );
    });

    it('leaves commands and questions to the other readers', () => {
      expect(readAddressed('put batteries on my home list', 'en')).toBeNull();
      // "under #clients" are tags; only a quoted title is put under a task by "put".
      expect(readAddressed('put the client call under #clients and #calls', 'en')).toBeNull();
      expect(readAddressed("put 'compare prices' under book hotel", 'en')).toBe(
        "add a subtask to book hotel: 'compare prices'",
      );
      expect(readAddressed("what's on my work list", 'en')).toBeNull();
      expect(readAddressed('naye glass Home wali list mein daal do', 'roman')).toBeNull();
    });
  });

  describe('sweeps and tags', () => {
    it('takes a vague sweep of many tasks for what it is', () => {
      expect(sweepSaid('wipe all the business stuff, starting fresh next month', 'en')).not.toBeNull();
      expect(sweepSaid('nuke the instagram thing lol', 'en')).toBeNull();
      expect(sweepSaid('saare purane kaam hata do', 'roman')).not.toBeNull();
    });

    it('keeps only real tags', () => {
      expect(realTags(['accounts', 'as', 'well'])).toEqual(['accounts']);
    });
  });
});

describe('the stages on their own', () => {
  const clock = { now: new Date('2025-06-11T09:00:00.000Z'), timeZone: 'Asia/Karachi' };
  const statement = (text: string) => readStatement(normalise(text), clock);

  describe('normalise', () => {
    it('puts misspelt date words right in each language', () => {
      expect(normalise('call the bank tomorow evning').text).toBe('call the bank tomorrow evening');
      expect(normalise('wednsday standup').text).toBe('wednesday standup');
      expect(normalise('parso shyam ko gym').text).toBe('parson shaam ko gym');
      expect(normalise('پرسو شام کو بل').text).toBe('پرسوں شام کو بل');
    });

    it('never changes an ordinary word, a quoted title or a command word', () => {
      for (const word of ['dairy', 'mourning', 'weekly', 'knight', 'delete', 'remove', 'complete', 'show'])
        expect(dateWordFor(word, 'en')).toBeNull();
      for (const word of ORDINARY) expect(dateWordFor(word, 'en')).toBeNull();
      expect(normalise("finish the 'tomorow' doc").text).toBe("finish the 'tomorow' doc");
      expect(normalise('buy dairy milk').fixes).toEqual([]);
    });

    it('puts each spelling the date readers leave to it in another spelling of its list (urdu-when.json)', () => {
      const lists = Object.values(urduWhen).flatMap((group) =>
        Object.entries(group).flatMap(([key, words]) =>
          key === '_about' || !Array.isArray(words) ? [] : [words],
        ),
      );
      for (const word of urduWhen.assistantSpelledFirst.words) {
        const spelt = dateWordFor(word, /\p{Script=Arabic}/u.test(word) ? 'ur' : 'roman');
        const list = lists.find((l) => l !== urduWhen.assistantSpelledFirst.words && l.includes(word));
        expect([word, spelt !== word && list?.includes(spelt ?? '')]).toEqual([word, true]);
      }
    });

    it('keeps the typo fixer from turning an ordinary word into a command word', () => {
      expect(understand('compete the report', clock).intent).not.toBe('complete');
      expect(understand('delte task 3', clock).intent).toBe('delete');
    });
  });

  describe('split', () => {
    it('cuts Urdu and Roman Urdu requests joined by اور / aur where each side stands alone', () => {
      expect(splitRequests('buy milk mukammal karo aur read a book delete karo', clock)).toEqual([
        'buy milk mukammal karo',
        'read a book delete karo',
      ]);
      expect(splitRequests('دودھ خریدنا مکمل کرو اور کتاب پڑھنا حذف کرو', clock)).toHaveLength(2);
      expect(splitRequests('بجلی کا بل جمع ہو گیا، اور گیس والا بل اتوار تک آگے کر دو', clock)).toHaveLength(
        2,
      );
    });

    it('keeps one request whose "and" joins words of a title', () => {
      expect(splitRequests('doodh aur anday add karo', clock)).toHaveLength(1);
      expect(splitRequests('انڈے اور ڈبل روٹی شامل کرو', clock)).toHaveLength(1);
      expect(splitRequests('add salt and pepper', clock)).toHaveLength(1);
      expect(splitRequests('complete buy milk and also delete read a book', clock)).toHaveLength(2);
    });
  });

  describe('intent model', () => {
    it('is deterministic and learns from a handful of examples', () => {
      const model = trainIntentModel([
        { text: 'add milk', intent: 'add' },
        { text: 'buy bread tomorrow', intent: 'add' },
        { text: 'delete the milk task', intent: 'delete' },
        { text: 'remove bread', intent: 'delete' },
      ]);
      expect(model.classify('add eggs').intent).toBe('add');
      expect(model.classify('remove the eggs task').intent).toBe('delete');
      expect(model.classify('add eggs')).toEqual(model.classify('add eggs'));
      expect(features('Kal')).toContain('c2:<k');
    });

    it('reads statements with no command word as adds', () => {
      for (const text of [
        'parson subah gym jana hai',
        'پرسوں شام کو بل جمع کرانا ہے',
        'need to buy printer ink',
      ])
        expect(guessIntent(text).intent).toBe('add');
    });

    it('scores well on its held-out fifth', () => {
      const report = intentSplit();
      expect(report.test).toBeGreaterThan(100);
      expect(report.accuracy).toBeGreaterThan(0.75);
    });
  });

  describe('statements', () => {
    it('are new tasks with their dates and repeats', () => {
      expect(statement('parson subah gym jana hai')?.details).toMatchObject({
        title: 'Gym jana',
        due_at: '2025-06-13T04:00:00.000Z',
      });
      expect(statement('پرسوں شام کو بل جمع کرانا ہے')?.details).toMatchObject({
        title: 'بل جمع کرانا',
        due_at: '2025-06-13T14:00:00.000Z',
      });
      expect(statement('weekly review every friday at 4')?.details).toMatchObject({
        title: 'Weekly review',
        due_at: '2025-06-13T11:00:00.000Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=FR',
      });
      expect(statement('i have to renew my passport next week')?.details.title).toBe('Renew my passport');
      expect(statement('har jumay ko masjid jana hai')?.details).toMatchObject({
        title: 'Masjid jana',
        recurrence: 'FREQ=WEEKLY;BYDAY=FR',
      });
    });

    it('are nothing when they are questions, chatter or gibberish', () => {
      for (const text of [
        'asdf qwer zxcv',
        'what a day',
        'is the dentist tomorrow?',
        'the weather is nice today',
      ])
        expect(statement(text)).toBeNull();
    });
  });

  describe('news', () => {
    it('hears a task done, undone by mistake, or moved, and the words that name it', () => {
      expect(doneNews('the tap is fixed now!!', 'en')).toEqual(['tap', 'fixed']);
      expect(doneNews('the tap is not fixed', 'en')).toBeNull();
      expect(doneNews('is the tap fixed?', 'en')).toBeNull();
      expect(undoneNews('i ticked return library books by mistake', 'en')).toEqual([
        'return',
        'library',
        'books',
      ]);
      expect(undoneNews('return library books', 'en')).toBeNull();
      expect(dueNews('the tax report deadline got extended to next monday', 'en', clock)).toMatchObject({
        due_date: '2025-06-16',
      });
      expect(dueNews('when is the tax report due?', 'en', clock)).toBeNull();
    });
  });

  describe('edit patterns', () => {
    it('read notes, tags and pushed dates in Urdu, Roman Urdu and English', () => {
      expect(
        readEdit('shaadi ke kapron wale task mein note daal do: tailor ka number 0321', clock),
      ).toMatchObject({
        intent: 'update',
        target: { kind: 'title' },
        change: { description: 'tailor ka number 0321' },
      });
      expect(readEdit('ابو کی دوائی والے کام میں لکھ دو کہ نسخہ ساتھ لے کر جانا ہے', clock)).toMatchObject({
        change: { description: 'نسخہ ساتھ لے کر جانا ہے' },
      });
      expect(readEdit("bike service pe 'errands' ka tag laga do", clock)).toMatchObject({
        change: { addTags: ['errands'] },
      });
      expect(readEdit('گیس کے بل پر "بل" کا ٹیگ لگا دو', clock)).toMatchObject({
        change: { addTags: ['بل'] },
      });
      expect(readEdit('گاڑی کی سروس پیر تک آگے کر دو', clock)).toMatchObject({
        change: { due_date: '2025-06-16' },
      });
      expect(readEdit("tag the landlord email with 'housing'", clock)).toMatchObject({
        change: { addTags: ['housing'] },
      });
      expect(readEdit('add a client tag to the slides one too', clock)).toMatchObject({
        change: { addTags: ['client'] },
      });
      expect(readEdit('remove the home tag from groceries', clock)).toMatchObject({
        change: { removeTags: ['home'] },
      });
      expect(readEdit("groceries shouldn't be tagged home, take that tag off", clock)).toMatchObject({
        change: { removeTags: ['home'] },
      });
      expect(
        readEdit("the landlord email doesn't really have a deadline, clear the date", clock),
      ).toMatchObject({
        change: { due_date: null, due_at: null },
      });
      expect(readEdit("the team sync isn't a weekly thing anymore", clock)).toMatchObject({
        change: { recurrence: null },
      });
      expect(readEdit('tailor wala kaam urgent hai yaar, high kar do', clock)).toMatchObject({
        change: { priority: 'high' },
      });
      expect(readEdit('internet bill kal tak pay karna hai, date change kar do', clock)).toMatchObject({
        change: { due_date: '2025-06-12' },
      });
      expect(readEdit('add milk tomorrow', clock)).toBeNull();
    });
  });

  describe('target', () => {
    const tasks = [
      { title: 'Finish blog post draft' },
      { title: 'Finish blog post images' },
      { title: 'Cancel Netflix subscription' },
    ];

    it('offers both of two close titles rather than guessing', () => {
      expect(closestTasks(tasks, ['blog', 'post'])).toHaveLength(2);
      expect(closestTasks(tasks, ['blog', 'images'])).toEqual([tasks[1]]);
      expect(bestMatching(tasks, ['finish', 'the', 'blog', 'post'])).toHaveLength(2);
    });

    it('finds the open task a new title only restates', () => {
      expect(tasksRestated(tasks, 'Netflix cancellation')).toEqual([tasks[2]]);
      expect(tasksRestated(tasks, 'Buy printer ink')).toEqual([]);
    });

    it('takes the only task sharing a word, and none when two do', () => {
      expect(onlyTaskSharing(tasks, ['netflix', 'sunday'])).toEqual([tasks[2]]);
      expect(onlyTaskSharing(tasks, ['blog'])).toEqual([]);
    });
  });

  describe('an afternoon hour, and a day before "ko"', () => {
    it('reads "at 7" with its minutes as pm; "at 4:30" is left to quick add, whose sensible hour is pm', () => {
      expect(markEnglishDetails('pick up kids tomorrow at 7:30')).toBe('pick up kids tomorrow at 7:30pm');
      expect(markEnglishDetails('pick up kids tomorrow at 4:30')).toBe('pick up kids tomorrow at 4:30');
      expect(markEnglishDetails('gym at 4:30am')).toBe('gym at 4:30am');
      expect(markEnglishDetails('standup at 9:30')).toBe('standup at 9:30');
    });

    it('never takes a day or time word before "کو" / "ko" for a person to assign to', () => {
      expect(readSharingRequest('کپڑے استری کرنے والا کام جمعہ کو کر دو')).toBeNull();
      expect(readSharingRequest('jumma ko bijli wala kaam kar do')).toBeNull();
      expect(readSharingRequest('بل والا کام سارہ کو دے دو')).toMatchObject({
        kind: 'assign',
        person: 'سارہ',
      });
    });
  });

  describe('amounts of time and half-named tasks', () => {
    it('reads a date moved by an amount, in each language, as days to add', () => {
      expect(readEdit('postpone the electricity bill by a week', clock)).toMatchObject({
        change: { shiftDays: 7 },
      });
      expect(readEdit('push back the tax report by 2 days', clock)).toMatchObject({
        change: { shiftDays: 2 },
      });
      expect(readEdit('delay the gym a couple of days', clock)).toMatchObject({ change: { shiftDays: 2 } });
      expect(readEdit('assignment ko ek hafta aage kar do', clock)).toMatchObject({
        change: { shiftDays: 7 },
      });
      expect(readEdit('bijli ka bill 3 din baad kar do', clock)).toMatchObject({ change: { shiftDays: 3 } });
      expect(readEdit('ڈاکٹر سے ملاقات ایک ہفتہ آگے کر دو', clock)).toMatchObject({
        change: { shiftDays: 7 },
      });
      expect(readEdit('بجلی کا بل دو دن آگے کر دیں', clock)).toMatchObject({ change: { shiftDays: 2 } });
      // "by a week" with no task named, or an amount that is no amount, is no shift.
      expect(readEdit('postpone by a week', clock)).toBeNull();
      expect(readEdit('move the report by a lot', clock)).not.toMatchObject({
        change: { shiftDays: expect.anything() },
      });
    });

    it('tells news of one side of a joined title from news of the whole task', () => {
      expect(namesOnlyPart({ title: 'Doodh aur anday lana' }, ['doodh', 'le', 'aaya'])).toBe(true);
      expect(namesOnlyPart({ title: 'Buy milk and eggs' }, ['bought', 'eggs'])).toBe(true);
      expect(namesOnlyPart({ title: 'دودھ اور انڈے لانا' }, ['انڈے', 'لے', 'آئی'])).toBe(true);
      expect(namesOnlyPart({ title: 'Buy milk and eggs' }, ['got', 'milk', 'eggs'])).toBe(false);
      expect(namesOnlyPart({ title: 'Doodh aur anday lana' }, ['doodh', 'anday'])).toBe(false);
      expect(namesOnlyPart({ title: 'Pay electricity bill' }, ['paid', 'bill'])).toBe(false);
    });

    it('reads an English line opening with a past verb of doing as news, never one of change or loss', () => {
      expect(doneNews('called the plumber', 'en')).toEqual(['called', 'plumber']);
      expect(doneNews('finally paid the electricity bill', 'en')).not.toBeNull();
      expect(doneNews('rescheduled the plumber', 'en')).toBeNull();
      expect(doneNews('lost the car keys', 'en')).toBeNull();
      expect(doneNews('called the plumber for tomorrow', 'en')).toBeNull();
    });

    it('leaves note words that are another form of a date word as typed', () => {
      expect(normalise('add a note to the report: last 3 months').text).toContain('months');
      expect(normalise('team standup every weekday at 10').text).toContain('weekday');
      expect(normalise('gym on tuesdays').text).toContain('tuesday');
    });
  });
});
