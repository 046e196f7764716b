// Round 13 (issue 18, safety): wrong changes. Written by the builder as classes, in words of its
// own, after held-out 12's one blind run showed them (its wordings are not here): a date the
// readers do not take must never be dropped or misread while the task is added anyway; a line that
// points at a list, a parent task or an existing task must never become a plain new task. Each is
// asked about (nothing changes) unless it is read whole. Clock: run.ts's EVAL_NOW, Wednesday
// 2025-06-11 14:00 in Karachi. Its cases are utterances.ts's `Utterance` (a type-only import).
import { asks, does } from './case-makers.js';
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

type Expected = ExpectedCall;
type Case = Utterance;

const added = (args: Record<string, unknown>): Expected => ({ name: 'add_task_details', args });

const EN13: FixtureTask[] = [
  { id: 1, title: 'Pay electricity bill', due_date: '2025-06-13' },
  { id: 2, title: 'Book the venue for the reunion' },
  { id: 3, title: 'Call the landlord' },
];
const UR13: FixtureTask[] = [
  { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-13' },
  { id: 2, title: 'عید کی خریداری' },
  { id: 3, title: 'مکان مالک کو فون کرنا' },
];
const ROMAN13: FixtureTask[] = [
  { id: 1, title: 'Bijli ka bill jama karna', due_date: '2025-06-13' },
  { id: 2, title: 'Eid ki shopping' },
  { id: 3, title: 'Landlord ko call karna' },
];

// 1. A date the readers did not take: asked about, never added without it or with another date.
const unreadDates: Case[] = [
  // Days and times said by name are read ("christmas eve" = 24 Dec, "half 6" = 6:30).
  does('add_due', 'en', EN13, 'nursery forms due christmas eve', [
    added({ title: 'Nursery forms', due_date: '2025-12-24' }),
  ]),
  does('add_due', 'en', EN13, "brunch with the cousins on new year's day", [
    added({ title: 'Brunch with the cousins', due_date: '2026-01-01' }),
  ]),
  asks('add_due', 'en', EN13, 'bins out thursday week'),
  does('add_due', 'en', EN13, 'parents evening at half 6 on thursday', [
    added({ title: 'Parents evening', due_at: '2025-06-12T13:30:00.000Z' }),
  ]),
  does('add_due', 'en', EN13, 'add fireworks tickets for new year eve', [
    added({ title: 'Fireworks tickets', due_date: '2025-12-31' }),
  ]),
  // Read since round 23 (month names in Roman Urdu dates; an eve's bare hour is that evening's).
  does('add_due', 'roman', ROMAN13, 'christmas eve ko 8 baje Sara ke ghar jana hai', [
    added({ title: 'Sara ke ghar jana', due_at: '2025-12-24T15:00:00.000Z' }),
  ]),
  asks('add_due', 'roman', ROMAN13, 'agle saal ki pehli tareekh ko gaari ka token bharna'),
  asks('add_due', 'roman', ROMAN13, 'new year ki raat ko cousins ke saath dinner'),
  asks('add_due', 'roman', ROMAN13, 'saal ke aakhri din bank ka statement nikalwana hai'),
  asks('add_due', 'ur', UR13, 'اگلے سال کی پہلی تاریخ کو گاڑی کا ٹوکن بھرنا ہے'),
  asks('add_due', 'ur', UR13, 'سال کے آخری دن بینک کی سٹیٹمنٹ نکلوانی ہے'),
  asks('add_due', 'ur', UR13, 'نیو ایئر کی رات دوستوں کے ساتھ کھانا'),
];

// 2. A repeat said with a gap ("every three weeks"): the rule is set, or it is asked about; never
// only a date moved.
const repeats: Case[] = [
  asks('repeat', 'roman', ROMAN13, 'landlord ki call ab har teen hafte baad'),
  asks('repeat', 'ur', UR13, 'مکان مالک کو فون اب ہر تین ہفتے بعد کرنا ہے'),
];

// 3. The day of the month said as an ordinal word ("teesri tareekh", "دوسری تاریخ"): read, and no
// part of the title.
const ordinals: Case[] = [
  does('repeat', 'roman', ROMAN13, 'har mahine ki teesri tareekh ko school ki fees jama karni hai', [
    added({ due_date: '2025-07-03', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=3' }),
  ]),
  does('repeat', 'ur', UR13, 'ہر مہینے کی دوسری تاریخ کو انٹرنیٹ کا بل جمع کرانا ہے', [
    added({ due_date: '2025-07-02', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=2' }),
  ]),
];

// 4. Words that point at a list, a parent task or an existing task: never a plain new task.
const pointed: Case[] = [
  does('lists', 'roman', ROMAN13, 'ek nayi list bana do: Safar', [
    { name: 'create_list', args: { name: 'Safar' } },
  ]),
  does('lists', 'ur', UR13, 'نئی فہرست بنائیں: رمضان', [{ name: 'create_list', args: { name: 'رمضان' } }]),
  // Round 17: a quoted subtask under a task named is carried out as the Urdu form with a colon is.
  does('subtask', 'roman', ROMAN13, "eid ki shopping ke neeche 'mehndi lena' bhi daal do", [
    { name: 'add_subtask', args: { task_id: 2, title: 'mehndi lena' } },
  ]),
  asks('remind', 'roman', ROMAN13, 'landlord wali call se aadha ghanta pehle remind kar dena'),
  // Round 14 carries these two out (stages/addressed.ts): a note on the one task named, a subtask.
  does('describe', 'roman', ROMAN13, 'bijli wale mein likh do: meter number 4471', [
    { name: 'update_task', args: { task_id: 1, description: 'meter number 4471' } },
  ]),
  does('subtask', 'ur', UR13, 'عید کی خریداری کے نیچے یہ بھی ڈال دو: جوتے لینا', [
    { name: 'add_subtask', args: { task_id: 2, title: 'جوتے لینا' } },
  ]),
  asks('describe', 'ur', UR13, 'بجلی والے میں لکھ دو: میٹر نمبر 4471'),
];

export const round13: Case[] = [...unreadDates, ...repeats, ...ordinals, ...pointed];
