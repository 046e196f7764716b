// Round 14 (issue 18): news about an existing task read task-first, requests pointed at a task or a
// list by name, dates nothing read, and the safety classes of held-out 13's wrong changes. Written
// by the builder as classes, in words of its own, after held-out 13's one blind run (its wordings
// are not here), and run once before any fix (its first score is in docs/assistant.md). Clock:
// run.ts's EVAL_NOW, Wednesday 2025-06-11 14:00 in Karachi (UTC+5): tomorrow Thu 06-12, Fri 06-13,
// Sat 06-14, Mon 06-16, "monday week" Mon 06-23, the 1st Tue 07-01; tomorrow 4pm = 11:00Z, 12
// noon = 07:00Z.
import { asks, does } from './case-makers.js';
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

type Case = Utterance;

const set = (task_id: number, args: Record<string, unknown> = {}): ExpectedCall => ({
  name: 'set_task_details',
  args: { task_id, ...args },
});
const complete = (task_id: number): ExpectedCall => ({ name: 'complete_task', args: { task_id } });
const reopen = (task_id: number): ExpectedCall => ({ name: 'reopen_task', args: { task_id } });
const note = (task_id: number): ExpectedCall => ({
  name: 'update_task',
  args: { task_id, description: '*' },
});
const added = (args: Record<string, unknown>): ExpectedCall => ({ name: 'add_task_details', args });

const EN14: FixtureTask[] = [
  { id: 1, title: 'Pay internet bill', due_date: '2025-06-13' },
  { id: 2, title: 'Submit tax return', priority: 'medium', due_date: '2025-06-20' },
  { id: 3, title: 'Dentist appointment', due_at: '2025-06-12T05:00:00.000Z' },
  { id: 4, title: 'Team standup', recurrence: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2025-06-16' },
  { id: 5, title: 'Send quote to Riverside Builders' },
  { id: 6, title: 'Send quote to Harbor Homes' },
  { id: 7, title: 'Renew car insurance', due_date: '2025-06-30' },
  { id: 8, title: 'Birthday cake order' },
  { id: 9, title: 'Return library books', completed: true },
  { id: 10, title: 'Book hotel for conference', list: 'Work' },
  { id: 11, title: 'Water the plants', list: 'Home' },
  { id: 12, title: 'Buy compost', list: 'Garden' },
];
const UR14: FixtureTask[] = [
  { id: 1, title: 'بجلی کا بل جمع کرانا', due_date: '2025-06-13' },
  { id: 2, title: 'گیس کا بل جمع کرانا', due_date: '2025-06-15' },
  { id: 3, title: 'درزی سے سوٹ لینا', due_date: '2025-06-14' },
  { id: 4, title: 'بچوں کی سکول فیس', due_date: '2025-06-20' },
  { id: 5, title: 'عید کی تیاری', list: 'عید' },
  { id: 6, title: 'قربانی کا جانور خریدنا', list: 'عید' },
  { id: 7, title: 'دادی کو ہسپتال لے جانا', due_at: '2025-06-12T05:00:00.000Z' },
  { id: 8, title: 'گاڑی کی سروس', completed: true },
  { id: 9, title: 'ہفتہ وار صفائی', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2025-06-14' },
  { id: 10, title: 'پردے دھلوانا', list: 'گھر' },
];
const ROMAN14: FixtureTask[] = [
  { id: 1, title: 'Bijli ka bill', due_date: '2025-06-13' },
  { id: 2, title: 'Gas ka bill', due_date: '2025-06-15' },
  { id: 3, title: 'Darzi se suit lena', due_date: '2025-06-14' },
  { id: 4, title: 'Bachon ki school fees', due_date: '2025-06-20' },
  { id: 5, title: 'Eid ki tayyari', list: 'Eid' },
  { id: 6, title: 'Qurbani ka janwar', list: 'Eid' },
  { id: 7, title: 'Dadi ko hospital le jana', due_at: '2025-06-12T05:00:00.000Z' },
  { id: 8, title: 'Car ki service', completed: true },
  { id: 9, title: 'Haftawar safai', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2025-06-14' },
  { id: 10, title: 'Pardey dhulwana', list: 'Ghar' },
];

// 1. News about a task named by its title, with no command word: done, not done, a new date or
// time, a priority, a repeat, a skip, a note. Two tasks named: ask; what changes unclear: ask.
const news: Case[] = [
  does('news_done', 'en', EN14, 'internet bill paid off this morning', [complete(1)]),
  does('news_done', 'en', EN14, 'riverside quote went out today 🎉', [complete(5)]),
  does('news_done', 'en', EN14, 'tax return filed finally', [complete(2)]),
  asks('news_done', 'en', EN14, 'quote emailed'),
  does(
    'news_undone',
    'en',
    EN14,
    "library books return didn't count, the machine ate my card, need to go again",
    [reopen(9)],
  ),
  does('news_due', 'en', EN14, 'dentist got pushed to friday', [set(3)]),
  does('news_due', 'en', EN14, 'car insurance renewal can be left till the 22nd', [
    set(7, { due_date: '2025-06-22' }),
  ]),
  does('news_due', 'en', EN14, 'dentist is still tomorrow, only now at 4pm', [
    set(3, { due_at: '2025-06-12T11:00:00.000Z' }),
  ]),
  does('news_due', 'en', EN14, 'tax return deadline got extended to the end of the month', [
    set(2, { due_date: '2025-06-30' }),
  ]),
  does('news_priority', 'en', EN14, 'car insurance is the most urgent thing now, it lapses soon', [
    set(7, { priority: 'high' }),
  ]),
  does('news_priority', 'en', EN14, 'the cake order is no big deal, low priority', [
    set(8, { priority: 'low' }),
  ]),
  does('news_repeat', 'en', EN14, 'the internet bill arrives every month on the 5th, set it to repeat', [
    set(1, { recurrence: '*' }),
  ]),
  does('news_skip', 'en', EN14, 'standup is off this monday, the office is shut', [
    { name: 'skip_occurrence', args: { task_id: 4 } },
  ]),
  does('news_note', 'en', EN14, 'about the birthday cake order: vanilla sponge, Zoya written on top', [
    note(8),
  ]),
  asks('news_unclear', 'en', EN14, 'the dentist appointment is a whole thing with the insurance'),

  does('news_done', 'ur', UR14, 'بجلی کا بل ادا ہو گیا ہے', [complete(1)]),
  does('news_done', 'ur', UR14, 'بچوں کی سکول فیس جمع ہو گئی', [complete(4)]),
  asks('news_done', 'ur', UR14, 'بل ادا کر دیا ہے'),
  does('news_undone', 'ur', UR14, 'گاڑی کی سروس ٹھیک سے نہیں ہوئی، دوبارہ کروانی ہے', [reopen(8)]),
  does('news_due', 'ur', UR14, 'درزی والا کام ہفتے کے بجائے پیر کو ہے', [set(3, { due_date: '2025-06-16' })]),
  does('news_due', 'ur', UR14, 'دادی کو ہسپتال کل ہی لے جانا ہے مگر اب بارہ بجے', [
    set(7, { due_at: '2025-06-12T07:00:00.000Z' }),
  ]),
  does('news_priority', 'ur', UR14, 'گیس کا بل سب سے اہم ہے', [set(2, { priority: 'high' })]),
  does('news_repeat', 'ur', UR14, 'گیس کا بل ہر مہینے کی پانچ تاریخ کو آتا ہے', [
    set(2, { recurrence: '*' }),
  ]),
  does('news_skip', 'ur', UR14, 'اس ہفتے صفائی نہیں ہو گی، اس بار رہنے دیں', [
    { name: 'skip_occurrence', args: { task_id: 9 } },
  ]),

  does('news_done', 'roman', ROMAN14, 'school fees jama ho gayi hain', [complete(4)]),
  asks('news_done', 'roman', ROMAN14, 'bill de diya hai'),
  does('news_undone', 'roman', ROMAN14, 'car ki service phir se karwani paregi, masla wapas aa gaya', [
    reopen(8),
  ]),
  does('news_due', 'roman', ROMAN14, 'darzi wala kaam saturday ki jagah monday ko hai', [
    set(3, { due_date: '2025-06-16' }),
  ]),
  does('news_due', 'roman', ROMAN14, 'dadi ka hospital kal hi hai par ab 12 baje', [
    set(7, { due_at: '2025-06-12T07:00:00.000Z' }),
  ]),
  does('news_priority', 'roman', ROMAN14, 'gas ka bill ab sab se pehle, top priority', [
    set(2, { priority: 'high' }),
  ]),
  does('news_repeat', 'roman', ROMAN14, 'bijli ka bill har mahine ki 8 tareekh ko aata hai, repeat laga do', [
    set(1, { recurrence: '*' }),
  ]),
  asks('news_unclear', 'roman', ROMAN14, 'darzi wala kaam, pata nahi yaar'),
];

// 2. Requests pointed at a named task or list: a subtask, an add into a list, a reminder before a
// task, a note, a comment, a move.
const pointed: Case[] = [
  does('subtask', 'en', EN14, "put 'compare prices' under book hotel", [
    { name: 'add_subtask', args: { task_id: 10, title: 'compare prices' } },
  ]),
  does('list_add', 'en', EN14, 'in the garden list: buy mulch', [added({ list: 'Garden' })]),
  does('remind', 'en', EN14, 'remind me a day before the dentist appointment', [set(3, { reminders: '*' })]),
  does('move', 'en', EN14, 'the cake order one goes in Home', [
    { name: 'move_task', args: { task_id: 8, list: 'Home' } },
  ]),

  does('subtask', 'ur', UR14, 'عید کی تیاری کے نیچے ڈال دیں: مہندی لگوانا', [
    { name: 'add_subtask', args: { task_id: 5 } },
  ]),
  does('list_add', 'ur', UR14, 'عید والی لسٹ میں شامل کر دیں: چوڑیاں لینا', [added({ list: 'عید' })]),
  does('comment', 'ur', UR14, 'درزی والے کام پر تبصرہ لکھ دیں کہ ناپ پرانا والا ہے', [
    { name: 'comment_on_task', args: { task_id: 3, body: '*' } },
  ]),
  does('move', 'ur', UR14, 'پردے والا کام عید کی لسٹ میں منتقل کر دیں', [
    { name: 'move_task', args: { task_id: 10, list: 'عید' } },
  ]),
  does('describe', 'ur', UR14, 'درزی والے کام میں لکھ دیں: آستین چھوٹی کروانی ہے', [note(3)]),

  does('subtask', 'roman', ROMAN14, 'eid ki tayyari ke neeche likh do: mehndi, choorian', [
    { name: 'add_subtask', args: { task_id: 5 } },
    { name: 'add_subtask', args: { task_id: 5 } },
  ]),
  does('list_add', 'roman', ROMAN14, 'eid wali list mein daal do: bakra mandi jana', [
    added({ list: 'Eid' }),
  ]),
  does('comment', 'roman', ROMAN14, 'darzi wale task pe comment likh do ke naap purana wala hai', [
    { name: 'comment_on_task', args: { task_id: 3, body: '*' } },
  ]),
  does('move', 'roman', ROMAN14, 'pardey wala kaam Eid list mein daal do', [
    { name: 'move_task', args: { task_id: 10, list: 'Eid' } },
  ]),
  does('describe', 'roman', ROMAN14, 'darzi wale kaam mein likh do: kurta lamba chahiye', [note(3)]),
  does('remind', 'roman', ROMAN14, 'bijli ke bill se ek din pehle yaad dila dena', [
    set(1, { reminders: '*' }),
  ]),
];

// 3. Dates nothing read: the 1st said as یکم / "1 tareekh", "every second <day>", "monday week",
// "dec 31 ko"; a list named "ke naam se" / "jiska naam ho".
const dates: Case[] = [
  does('add_due', 'ur', UR14, 'یکم کو دودھ والے کا حساب کرنا ہے', [added({ due_date: '2025-07-01' })]),
  does('repeat', 'ur', UR14, 'ہر دوسرے جمعے کو لانڈری', [added({ due_date: '2025-06-13', recurrence: '*' })]),
  does('add_due', 'roman', ROMAN14, '1 tareekh ko doodh wale ka hisaab', [added({ due_date: '2025-07-01' })]),
  does('repeat', 'roman', ROMAN14, 'har doosre hafte friday ko laundry', [
    added({ due_date: '2025-06-13', recurrence: '*' }),
  ]),
  does('add_due', 'roman', ROMAN14, 'dec 31 ko gaari ka token', [added({ due_date: '2025-12-31' })]),
  does('add_due', 'en', EN14, 'bins out monday week', [added({ due_date: '2025-06-23' })]),
  does('create_list', 'ur', UR14, 'نئی لسٹ بنائیں سفر کے نام سے', [
    { name: 'create_list', args: { name: 'سفر' } },
  ]),
  does('create_list', 'roman', ROMAN14, 'nayi list banao jiska naam ho Safar', [
    { name: 'create_list', args: { name: 'Safar' } },
  ]),
];

// 4. Safety: what must never be a wrong change.
const safety: Case[] = [
  does('tags', 'en', EN14, 'tag the tax return with finance as well', [set(2, { tags: ['finance'] })]),
  asks('ask', 'en', EN14, 'clear out all the work stuff, new job next week'),
  asks('ask', 'en', EN14, 'the hotel booking can wait'),
  does('delete', 'ur', UR14, 'سکول فیس والا کام ہٹا دیں، بچوں کا سکول بدل گیا ہے', [
    { name: 'delete_task', args: { task_id: 4 } },
  ]),
  does('delete', 'roman', ROMAN14, 'school fees wala kaam hata do, school badal gaya hai', [
    { name: 'delete_task', args: { task_id: 4 } },
  ]),
];

// 5. A second batch of the same classes, in other words and on other tasks, written after the first
// fixes and run once before any further change (its first score is in docs/assistant.md): how the
// mechanisms carry to wording they were not fixed on.
const EN14B: FixtureTask[] = [
  { id: 1, title: 'Renew gym membership', due_date: '2025-06-30' },
  { id: 2, title: 'Pay water bill', due_date: '2025-06-13' },
  { id: 3, title: 'Pay phone bill', due_date: '2025-06-14' },
  { id: 4, title: 'Parent teacher meeting', due_at: '2025-06-13T10:00:00.000Z' },
  { id: 5, title: 'Weekly grocery run', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2025-06-14' },
  { id: 6, title: 'Fix the leaking tap' },
  { id: 7, title: 'Email the landlord', completed: true },
  { id: 8, title: 'Prepare slides for Monday', list: 'Work' },
  { id: 9, title: 'Buy paint', list: 'Home' },
];
const UR14B: FixtureTask[] = [
  { id: 1, title: 'پانی کا بل جمع کرانا', due_date: '2025-06-13' },
  { id: 2, title: 'فون کا بل جمع کرانا', due_date: '2025-06-14' },
  { id: 3, title: 'بچوں کے یونیفارم لینا', due_date: '2025-06-15' },
  { id: 4, title: 'خالہ کے گھر جانا', due_at: '2025-06-13T13:00:00.000Z' },
  { id: 5, title: 'ہفتہ وار سودا', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2025-06-14' },
  { id: 6, title: 'استری والے کو کپڑے دینا', completed: true },
  { id: 7, title: 'شادی کا تحفہ', list: 'شادی' },
  { id: 8, title: 'مٹھائی کا آرڈر', list: 'شادی' },
];
const ROMAN14B: FixtureTask[] = [
  { id: 1, title: 'Paani ka bill', due_date: '2025-06-13' },
  { id: 2, title: 'Phone ka bill', due_date: '2025-06-14' },
  { id: 3, title: 'Bachon ki uniform lena', due_date: '2025-06-15' },
  { id: 4, title: 'Khala ke ghar jana', due_at: '2025-06-13T13:00:00.000Z' },
  { id: 5, title: 'Haftawar sauda', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2025-06-14' },
  { id: 6, title: 'Istri wale ko kapray dena', completed: true },
  { id: 7, title: 'Shaadi ka tohfa', list: 'Shaadi' },
  { id: 8, title: 'Mithai ka order', list: 'Shaadi' },
];
const second: Case[] = [
  does('news_done', 'en', EN14B, 'water bill settled', [complete(2)]),
  does('news_done', 'en', EN14B, 'the tap is finally sorted', [complete(6)]),
  asks('news_done', 'en', EN14B, "bill's paid"),
  does('news_undone', 'en', EN14B, 'landlord never got my email, it bounced', [reopen(7)]),
  does('news_due', 'en', EN14B, 'parent teacher meeting got shifted to monday', [set(4)]),
  does('news_due', 'en', EN14B, 'gym membership renewal can be done by the 25th instead', [
    set(1, { due_date: '2025-06-25' }),
  ]),
  does('news_priority', 'en', EN14B, 'phone bill is super urgent now', [set(3, { priority: 'high' })]),
  does('news_skip', 'en', EN14B, "grocery run isn't happening this saturday, we're away", [
    { name: 'skip_occurrence', args: { task_id: 5 } },
  ]),
  does('news_note', 'en', EN14B, 'slides for monday: use the blue template', [note(8)]),
  asks('news_unclear', 'en', EN14B, 'the leaking tap, no idea honestly'),
  does('subtask', 'en', EN14B, "under the slides task add 'check the numbers'", [
    { name: 'add_subtask', args: { task_id: 8 } },
  ]),
  does('list_add', 'en', EN14B, 'on the home list: sandpaper', [added({ list: 'Home' })]),

  does('news_done', 'ur', UR14B, 'پانی کا بل جمع ہو گیا ہے', [complete(1)]),
  does('news_done', 'ur', UR14B, 'بچوں کے یونیفارم لے لیے ہیں', [complete(3)]),
  asks('news_done', 'ur', UR14B, 'بل جمع کرا دیا'),
  does('news_undone', 'ur', UR14B, 'استری والے نے کپڑے واپس کر دیے، دوبارہ دینے ہیں', [reopen(6)]),
  does('news_due', 'ur', UR14B, 'خالہ کے گھر جمعے کے بجائے اتوار کو جانا ہے', [set(4)]),
  does('news_due', 'ur', UR14B, 'خالہ کے گھر اب سات بجے جانا ہے', [
    set(4, { due_at: '2025-06-13T14:00:00.000Z' }),
  ]),
  does('news_priority', 'ur', UR14B, 'فون کا بل سب سے ضروری ہے', [set(2, { priority: 'high' })]),
  does('news_skip', 'ur', UR14B, 'اس ہفتے سودا نہیں آئے گا، اس بار رہنے دیں', [
    { name: 'skip_occurrence', args: { task_id: 5 } },
  ]),
  does('subtask', 'ur', UR14B, 'شادی کے تحفے کے نیچے لکھ دیں: کارڈ لکھنا', [
    { name: 'add_subtask', args: { task_id: 7 } },
  ]),
  does('list_add', 'ur', UR14B, 'شادی والی لسٹ میں ڈال دیں: مہندی کا سامان', [added({ list: 'شادی' })]),
  does('comment', 'ur', UR14B, 'مٹھائی والے کام پر تبصرہ لکھ دیں کہ دکان والے کا نمبر امی کے پاس ہے', [
    { name: 'comment_on_task', args: { task_id: 8, body: '*' } },
  ]),
  does('remind', 'ur', UR14B, 'فون کے بل سے ایک دن پہلے یاد دلا دیں', [set(2, { reminders: '*' })]),

  does('news_done', 'roman', ROMAN14B, 'paani ka bill jama ho gaya', [complete(1)]),
  does('news_done', 'roman', ROMAN14B, 'uniform le li hai bachon ki', [complete(3)]),
  asks('news_done', 'roman', ROMAN14B, 'bill bhar diya'),
  does('news_undone', 'roman', ROMAN14B, 'istri wale ne kapray wapas kar diye, phir se dene hain', [
    reopen(6),
  ]),
  does('news_due', 'roman', ROMAN14B, 'khala ke ghar friday ki jagah sunday ko jana hai', [set(4)]),
  does('news_due', 'roman', ROMAN14B, 'khala ke ghar ab 7 baje jana hai', [
    set(4, { due_at: '2025-06-13T14:00:00.000Z' }),
  ]),
  does('news_priority', 'roman', ROMAN14B, 'phone ka bill ab sab se zaroori hai', [
    set(2, { priority: 'high' }),
  ]),
  does('news_skip', 'roman', ROMAN14B, 'is hafte sauda nahi aayega, is baar rehne do', [
    { name: 'skip_occurrence', args: { task_id: 5 } },
  ]),
  does('subtask', 'roman', ROMAN14B, 'shaadi ke tohfe ke neeche add kar do: card likhna', [
    { name: 'add_subtask', args: { task_id: 7 } },
  ]),
  does('list_add', 'roman', ROMAN14B, 'shaadi wali list mein add kar do: mehndi ka saman', [
    added({ list: 'Shaadi' }),
  ]),
  does(
    'comment',
    'roman',
    ROMAN14B,
    'mithai wale task pe comment kar do ke dukaan ka number ammi ke paas hai',
    [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }],
  ),
  does('describe', 'roman', ROMAN14B, 'mithai wale kaam mein likh do: 2 kilo barfi', [note(8)]),
];

export const round14: Case[] = [...news, ...pointed, ...dates, ...safety];
/** The second batch, kept apart so that its first score can be read on its own. */
export const round14b: Case[] = second;
