// A held-out set for the built-in assistant, written from the behaviour contract only (the seed's
// "AI features" table plus: ids, title words and list positions name tasks; dates, times, #tags and
// !priority are read; ambiguity asks and changes nothing; gibberish changes nothing). It was written
// without looking at the assistant's implementation or at utterances.ts's cases, and is reported
// next to the main set without gating. The clock is run.ts's: Wednesday 2025-06-11, 14:00 Karachi.
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

const FRIDAY = '2025-06-13';
const NEXT_MONDAY = '2025-06-16';

/** An English user's list. */
const HOME: FixtureTask[] = [
  { id: 1, title: 'Buy groceries' },
  { id: 2, title: 'Finish quarterly report', priority: 'high', tags: ['work'] },
  { id: 3, title: 'Call the dentist' },
  { id: 4, title: 'Team meeting notes', tags: ['work'] },
  { id: 5, title: 'Pay electricity bill', due_date: '2025-06-11', tags: ['bills'] },
  { id: 6, title: 'Go for a run', completed: true },
  { id: 7, title: 'Book flight to Lahore' },
];

/** Two tasks share their leading words. */
const TWINS: FixtureTask[] = [
  { id: 11, title: 'Email Sarah about the budget' },
  { id: 12, title: 'Email Ahmed about the contract' },
  { id: 13, title: 'Water the plants' },
];

/** An Urdu user's list (one title in English, as people mix). */
const GHAR: FixtureTask[] = [
  { id: 21, title: 'دودھ خریدنا' },
  { id: 22, title: 'بجلی کا بل جمع کرانا' },
  { id: 23, title: 'امی کو فون کرنا' },
  { id: 24, title: 'Doctor appointment' },
  { id: 25, title: 'کتاب واپس کرنا', completed: true },
  { id: 26, title: 'گاڑی کی سروس کروانا' },
];

/** A Roman Urdu user's list. */
const ROMAN: FixtureTask[] = [
  { id: 31, title: 'Pay rent' },
  { id: 32, title: 'Gym session' },
  { id: 33, title: 'Doctor appointment' },
  { id: 34, title: 'Buy sabzi' },
  { id: 35, title: 'Ammi ko call karna' },
];

/** A previous turn that listed tasks in this order (positions refer to it, not to ids). */
function listed(request: string, fixture: FixtureTask[], ids: number[], status?: string): HistoryMessage[] {
  const rows = ids.map((id) => {
    const t = fixture.find((f) => f.id === id)!;
    return { id: t.id, title: t.title, completed: t.completed ?? false };
  });
  const content = rows.map((r, i) => `${i + 1}. ${r.title}${r.completed ? ' (done)' : ''}`).join('\n');
  return [
    { role: 'user', content: request },
    {
      role: 'assistant',
      content,
      tool_calls: [
        {
          name: 'list_tasks',
          arguments: { user_id: 'eval-user', ...(status ? { status } : {}) },
          result: rows,
        },
      ],
    },
  ];
}

const HOME_PENDING = listed('show my pending tasks', HOME, [7, 3, 1, 4], 'pending');
const GHAR_LIST = listed('میرے کام دکھاؤ', GHAR, [26, 23, 22, 21]);
const ROMAN_LIST = listed('saare tasks dikhao', ROMAN, [35, 34, 33, 32, 31]);

const c = (name: string, args: Record<string, unknown>): ExpectedCall => ({ name, args });
const added = (title: string, description?: string) =>
  c('add_task', description === undefined ? { title } : { title, description });
const detailed = (args: Record<string, unknown>) => c('add_task_details', args);
const completed = (task_id: number) => c('complete_task', { task_id });
const deleted = (task_id: number) => c('delete_task', { task_id });
const NOT_FOUND = "not|n't|no task|no match";

export const heldout: Utterance[] = [
  // ---- add (English) ----
  {
    intent: 'add',
    lang: 'en',
    text: 'remmber to pick up the dry cleaning',
    fixture: HOME,
    expect: { calls: [added('pick up the dry cleaning')] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Could you please add a task to renew my passport?',
    fixture: HOME,
    expect: { calls: [added('renew my passport')] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'create a task: water the plants',
    fixture: [],
    expect: { calls: [added('water the plants')] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'I need to buy a birthday gift for Zara, can you add that',
    fixture: HOME,
    expect: { calls: [added('buy a birthday gift for Zara')] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add pay rent tomorrow at 9am #bills !high',
    fixture: HOME,
    expect: {
      calls: [detailed({ title: 'pay rent', due_at: '*', tags: ['bills'], priority: 'high' })],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "put 'submit visa form' on my list for friday",
    fixture: HOME,
    expect: { calls: [detailed({ title: 'submit visa form', due_date: FRIDAY })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'add call the plumber, high priority',
    fixture: HOME,
    expect: { calls: [detailed({ title: 'call the plumber', priority: 'high' })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'ad task renew car insurance next monday',
    fixture: HOME,
    expect: { calls: [detailed({ title: 'renew car insurance', due_date: NEXT_MONDAY })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'please remember: dentist checkup on 20 June',
    fixture: [],
    expect: { calls: [detailed({ title: 'dentist checkup', due_date: '2025-06-20' })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'create prepare slides for demo #work',
    fixture: HOME,
    expect: { calls: [detailed({ title: 'prepare slides for demo', tags: ['work'] })] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Add 'Read chapter 4' to my todo list with the note 'for book club'",
    fixture: HOME,
    expect: { calls: [added('Read chapter 4', 'for book club')] },
  },

  // ---- list (English) ----
  {
    intent: 'list',
    lang: 'en',
    text: "show me what's still pending",
    fixture: HOME,
    expect: { reads: [c('list_tasks', { status: 'pending' })] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'what have I finished so far?',
    fixture: HOME,
    expect: { reads: [c('list_tasks', { status: 'completed' })] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'can i see my tasks pls',
    fixture: HOME,
    expect: { reads: [{ name: 'list_tasks' }], reply: 'groceries' },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'List everything on my plate',
    fixture: HOME,
    expect: { reads: [{ name: 'list_tasks' }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'show my #work tasks',
    fixture: HOME,
    expect: { reads: [c('search_tasks', { tags: ['work'] })] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "what's due today?",
    fixture: HOME,
    expect: { reads: [c('search_tasks', { due: 'today' })], reply: 'electricity' },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'which of my tasks are high priority',
    fixture: HOME,
    expect: { reads: [c('search_tasks', { priority: ['high'] })] },
  },

  // ---- complete (English) ----
  {
    intent: 'complete',
    lang: 'en',
    text: 'mark task 3 as done',
    fixture: HOME,
    expect: { calls: [completed(3)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'I finished the quarterly report',
    fixture: HOME,
    expect: { calls: [completed(2)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'compleet the groceries one',
    fixture: HOME,
    expect: { calls: [completed(1)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'complete the second one',
    fixture: HOME,
    history: HOME_PENDING,
    expect: { calls: [completed(3)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'ok the first one is done now',
    fixture: HOME,
    history: HOME_PENDING,
    expect: { calls: [completed(7)] },
  },
  { intent: 'complete', lang: 'en', text: '#5 done', fixture: HOME, expect: { calls: [completed(5)] } },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Could you tick off the flight booking please?',
    fixture: HOME,
    expect: { calls: [completed(7)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finished the last one on that list',
    fixture: HOME,
    history: HOME_PENDING,
    expect: { calls: [completed(4)] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'just paid the electricity bill, mark it complete',
    fixture: HOME,
    expect: { calls: [completed(5)] },
  },

  // ---- delete (English) ----
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the meeting task',
    fixture: HOME,
    expect: { calls: [deleted(4)] },
  },
  { intent: 'delete', lang: 'en', text: 'delet task 7', fixture: HOME, expect: { calls: [deleted(7)] } },
  {
    intent: 'delete',
    lang: 'en',
    text: 'remove the dentist thing',
    fixture: HOME,
    expect: { calls: [deleted(3)] },
  },
  { intent: 'delete', lang: 'en', text: 'cancel the run', fixture: HOME, expect: { calls: [deleted(6)] } },
  {
    intent: 'delete',
    lang: 'en',
    text: 'please get rid of task #1',
    fixture: HOME,
    expect: { calls: [deleted(1)] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'remove the third one',
    fixture: HOME,
    history: HOME_PENDING,
    expect: { calls: [deleted(1)] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "I don't need the Lahore flight anymore, delete it",
    fixture: HOME,
    expect: { calls: [deleted(7)] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'Can you delete the groceries task?',
    fixture: HOME,
    expect: { calls: [deleted(1)] },
  },

  // ---- update (English) ----
  {
    intent: 'update',
    lang: 'en',
    text: 'rename task 4 to Sprint planning notes',
    fixture: HOME,
    expect: { calls: [c('update_task', { task_id: 4, title: 'Sprint planning notes' })] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "change 'Buy groceries' to 'Buy groceries and milk'",
    fixture: HOME,
    expect: { calls: [c('update_task', { task_id: 1, title: 'Buy groceries and milk' })] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'make the groceries low priority',
    fixture: HOME,
    expect: { calls: [c('set_task_details', { task_id: 1, priority: 'low' })] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'move the electricity bill to friday',
    fixture: HOME,
    expect: { calls: [c('set_task_details', { task_id: 5, due_date: FRIDAY })] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'rename the second one to Call Dr. Khan',
    fixture: HOME,
    history: HOME_PENDING,
    expect: { calls: [c('update_task', { task_id: 3, title: 'Call Dr. Khan' })] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'update the description of task 3 to: ask about the cleaning',
    fixture: HOME,
    expect: { calls: [c('update_task', { task_id: 3, description: 'ask about the cleaning' })] },
  },

  // ---- ambiguous: a question, no change (English) ----
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'delete the email task',
    fixture: TWINS,
    expect: { outcome: 'ask' },
  },
  { intent: 'ambiguous', lang: 'en', text: 'mark it done', fixture: TWINS, expect: { outcome: 'ask' } },
  {
    intent: 'ambiguous',
    lang: 'en',
    text: 'rename the email one to Follow up',
    fixture: TWINS,
    expect: { outcome: 'ask' },
  },
  { intent: 'ambiguous', lang: 'en', text: 'delete', fixture: TWINS, expect: { outcome: 'ask' } },

  // ---- not found: no change, said so (English) ----
  {
    intent: 'notfound',
    lang: 'en',
    text: 'delete the gym task',
    fixture: HOME,
    expect: { reply: NOT_FOUND },
  },
  {
    intent: 'notfound',
    lang: 'en',
    text: 'mark the yoga class as finished',
    fixture: HOME,
    expect: { reply: NOT_FOUND },
  },

  // ---- gibberish: no change (English) ----
  { intent: 'gibberish', lang: 'en', text: 'asdfgh jkl', fixture: HOME, expect: {} },
  { intent: 'gibberish', lang: 'en', text: 'qwpoeiru zzz 123', fixture: HOME, expect: {} },
  { intent: 'gibberish', lang: 'en', text: 'lorem ipsum dolor sit', fixture: HOME, expect: {} },

  // ---- Urdu script ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'نیا کام شامل کرو: سبزی خریدنا',
    fixture: GHAR,
    expect: { calls: [added('سبزی خریدنا')] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'یاد رکھنا کہ کل صبح دس بجے بینک جانا ہے',
    fixture: GHAR,
    expect: { calls: [detailed({ title: '*', due_at: '*' })] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ٹاسک بناؤ: کرایہ ادا کرنا #bills',
    fixture: GHAR,
    expect: { calls: [detailed({ title: 'کرایہ ادا کرنا', tags: ['bills'] })] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: "میری فہرست میں 'دوائی لینا' ڈال دیں",
    fixture: GHAR,
    expect: { calls: [added('دوائی لینا')] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'جمعہ کو درزی سے کپڑے لینے ہیں، یہ کام شامل کر لیں',
    fixture: GHAR,
    expect: { calls: [detailed({ title: '*', due_date: FRIDAY })] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'میرے کام دکھاؤ',
    fixture: GHAR,
    expect: { reads: [{ name: 'list_tasks' }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'کون سے کام ابھی باقی ہیں؟',
    fixture: GHAR,
    expect: { reads: [c('list_tasks', { status: 'pending' })] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'مکمل شدہ کام دکھائیں',
    fixture: GHAR,
    expect: { reads: [c('list_tasks', { status: 'completed' })] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دودھ والا کام ہو گیا',
    fixture: GHAR,
    expect: { calls: [completed(21)] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'کام نمبر 23 مکمل کر دو',
    fixture: GHAR,
    expect: { calls: [completed(23)] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دوسرا والا مکمل ہو گیا',
    fixture: GHAR,
    history: GHAR_LIST,
    expect: { calls: [completed(23)] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بجلی کے بل والا کام مکمل کر دیں',
    fixture: GHAR,
    expect: { calls: [completed(22)] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'گاڑی کی سروس والا کام حذف کر دو',
    fixture: GHAR,
    expect: { calls: [deleted(26)] },
  },
  { intent: 'delete', lang: 'ur', text: 'ٹاسک ۲۴ ہٹا دو', fixture: GHAR, expect: { calls: [deleted(24)] } },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'پہلا والا مٹا دیں',
    fixture: GHAR,
    history: GHAR_LIST,
    expect: { calls: [deleted(26)] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "کام 21 کا نام بدل کر 'دودھ اور انڈے خریدنا' کر دو",
    fixture: GHAR,
    expect: { calls: [c('update_task', { task_id: 21, title: 'دودھ اور انڈے خریدنا' })] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'امی والے کام کی ترجیح زیادہ کر دو',
    fixture: GHAR,
    expect: { calls: [c('set_task_details', { task_id: 23, priority: 'high' })] },
  },
  { intent: 'ambiguous', lang: 'ur', text: 'اسے ختم کر دو', fixture: GHAR, expect: { outcome: 'ask' } },
  { intent: 'notfound', lang: 'ur', text: 'ورزش والا کام مکمل کر دو', fixture: GHAR, expect: {} },
  { intent: 'gibberish', lang: 'ur', text: 'ششش ککک ببب', fixture: GHAR, expect: {} },

  // ---- Roman Urdu ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal shaam 6 baje doctor ke paas jana hai, add kar do',
    fixture: [],
    expect: { calls: [detailed({ title: '*', due_at: '*' })] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'ek task add karo: bijli ka bill bharna',
    fixture: ROMAN,
    expect: { calls: [added('bijli ka bill bharna')] },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'mere pending tasks dikhao',
    fixture: ROMAN,
    expect: { reads: [c('list_tasks', { status: 'pending' })] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'gym wala task ho gaya',
    fixture: ROMAN,
    expect: { calls: [completed(32)] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'task 34 complete kar do',
    fixture: ROMAN,
    expect: { calls: [completed(34)] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'doctor appointment cancel kar do',
    fixture: ROMAN,
    expect: { calls: [deleted(33)] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'teesra wala delete kar do',
    fixture: ROMAN,
    history: ROMAN_LIST,
    expect: { calls: [deleted(33)] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "rent wale task ka naam badal ke 'Pay June rent' kar do",
    fixture: ROMAN,
    expect: { calls: [c('update_task', { task_id: 31, title: 'Pay June rent' })] },
  },
  {
    intent: 'ambiguous',
    lang: 'roman',
    text: 'isko delete kardo',
    fixture: ROMAN,
    expect: { outcome: 'ask' },
  },
  { intent: 'gibberish', lang: 'roman', text: 'hhhh jjjj kkkk', fixture: ROMAN, expect: {} },
];
