// A sixth held-out set for the built-in assistant, written blind to it (from the spec, the behaviour
// table in the seed notes, the tool contract in server/features/assistant/tools.ts, the in-memory tools and the
// judge in rules-assistant/eval/run.ts only; nothing under rules-assistant/engine/ was opened, rules-assistant/eval/utterances.ts was
// read no further than its type definitions and fixture shapes, and the other held-out sets no
// further than the first lines of rules-assistant/eval/heldout5.ts for the file format and its fixture titles):
// 80 utterances, 50 English, 20 Urdu script, 10 Roman Urdu, on two fixtures of its own (a small
// café owner's week in English, also used for Roman Urdu; a household preparing a wedding in
// Urdu). Intents: add, list, search, complete, delete, update, details (priority, tags, due
// moments, reminders, recurrence), skip, reopen, clarify, notfound, unknown (negations and
// requests that must not act). The eval's "now" is Wednesday 2025-06-11, 14:00 in Karachi. Lists
// are judged by the titles the reply must show and must not show (and once by their order);
// changes by the mutating calls and key arguments; ambiguous requests by a question and no change;
// not-found names, negations and requests that were not understood by no change. Measured once,
// blind, when written.
import type { HistoryMessage } from '../../server/features/assistant/agent.js';
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

const TOMORROW = '2025-06-12';
const FRIDAY = '2025-06-13';
const NEXT_MONDAY = '2025-06-16';
const TOMORROW_5PM = '2025-06-12T12:00:00.000Z';
const TOMORROW_10AM = '2025-06-12T05:00:00.000Z';
const SATURDAY_10AM = '2025-06-14T05:00:00.000Z';

// Pending, newest first: 13, 12, 11, 10, 8, 7, 6, 5, 3, 2, 1. Completed: 14, 9, 4.
// Due today: 5 (16:00), 11. Overdue: 2. This week: 1, 3, 5, 6, 7, 11, 12. High: 1, 2.
// Tag supplies: 1, 6, 10, 13. Tag equipment: 2, 8. Tag marketing: 4, 7. Tag staff: 5, 12.
// Recurring: 6 (Fridays), 11 (daily). Two "milk" tasks: 8, 13.
const cafe: FixtureTask[] = [
  {
    id: 1,
    title: 'Order coffee beans from the roaster',
    priority: 'high',
    tags: ['supplies'],
    due_date: '2025-06-12',
  },
  {
    id: 2,
    title: 'Fix the leaking espresso machine',
    priority: 'high',
    tags: ['equipment'],
    due_date: '2025-06-10',
  },
  { id: 3, title: 'Pay the shop rent', priority: 'medium', due_date: '2025-06-13' },
  { id: 4, title: 'Print new menu boards', completed: true, tags: ['marketing'] },
  { id: 5, title: 'Interview the new barista', tags: ['staff'], due_at: '2025-06-11T11:00:00.000Z' },
  {
    id: 6,
    title: 'Weekly inventory count',
    tags: ['supplies'],
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2025-06-13',
  },
  { id: 7, title: 'Post weekend specials on Instagram', tags: ['marketing'], due_date: '2025-06-14' },
  { id: 8, title: 'Descale the milk frother', priority: 'low', tags: ['equipment'] },
  { id: 9, title: 'Renew food safety license', completed: true, due_date: '2025-06-05' },
  { id: 10, title: 'Call the pastry supplier about croissants', tags: ['supplies'] },
  { id: 11, title: 'Mop the terrace', recurrence: 'FREQ=DAILY', due_date: '2025-06-11' },
  { id: 12, title: 'Update the staff rota', priority: 'medium', tags: ['staff'], due_date: '2025-06-16' },
  { id: 13, title: 'Restock oat milk cartons', tags: ['supplies'] },
  { id: 14, title: 'Send invoice for the catering order', completed: true },
];

// Pending, newest first: 12, 11, 9, 8, 7, 6, 5, 3, 2, 1. Completed: 10, 4.
// Due today: 5. Overdue: 2. High: 1, 2. Tag بازار: 6, 8, 11. Recurring: 9 (Saturdays).
// Two "مہمانوں" tasks: 3, 12.
const shaadi: FixtureTask[] = [
  {
    id: 1,
    title: 'ہال کی بکنگ کی رقم ادا کرنا',
    priority: 'high',
    tags: ['شادی'],
    due_date: '2025-06-12',
  },
  { id: 2, title: 'دلہن کا جوڑا درزی سے لینا', priority: 'high', due_date: '2025-06-10' },
  { id: 3, title: 'مہمانوں کی فہرست مکمل کرنا', priority: 'medium', due_date: '2025-06-13' },
  { id: 4, title: 'شادی کے کارڈ چھپوانا', completed: true, tags: ['شادی'] },
  { id: 5, title: 'مہندی کے لیے ڈھول والے کو بلانا', due_date: '2025-06-11' },
  { id: 6, title: 'زیورات کی دکان جانا', tags: ['بازار'] },
  { id: 7, title: 'نانی اماں کا ٹکٹ بک کرانا', due_date: '2025-06-14' },
  { id: 8, title: 'مٹھائی کا آرڈر دینا', tags: ['بازار'] },
  { id: 9, title: 'گھر کی صفائی کروانا', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2025-06-14' },
  { id: 10, title: 'فوٹوگرافر سے بات کرنا', completed: true },
  { id: 11, title: 'دولہے کے جوتے خریدنا', tags: ['بازار'] },
  { id: 12, title: 'مہمانوں کے کمرے تیار کرنا', priority: 'low' },
];

type Lang = Utterance['lang'];
type Fixture = Utterance['fixture'];

const call = (name: string, args: Record<string, unknown> = {}, absent?: string[]): ExpectedCall =>
  absent ? { name, args, absent } : { name, args };
const complete = (id: number) => call('complete_task', { task_id: id });
const remove = (id: number) => call('delete_task', { task_id: id });
const reopen = (id: number) => call('reopen_task', { task_id: id });
const skip = (id: number) => call('skip_occurrence', { task_id: id });
const sett = (id: number, args: Record<string, unknown>) =>
  call('set_task_details', { task_id: id, ...args });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A reply that shows every title (or fragment) in `must` and none in `mustNot`. */
const shows = (must: string[], mustNot: string[] = []) =>
  `^${mustNot.map((t) => `(?![\\s\\S]*${escapeRe(t)})`).join('')}${must
    .map((t) => `(?=[\\s\\S]*${escapeRe(t)})`)
    .join('')}`;
/** A reply that shows the fragments in this order. */
const inOrder = (fragments: string[]) => fragments.map(escapeRe).join('[\\s\\S]*');
const NOT_FOUND = "find|found|match|no task|don't see|don't have|doesn't exist|not sure which";

const does = (
  intent: string,
  lang: Lang,
  fixture: Fixture,
  text: string,
  calls: ExpectedCall[],
  extra: Partial<Utterance> = {},
  reply?: string,
): Utterance => ({ intent, lang, fixture, text, ...extra, expect: reply ? { calls, reply } : { calls } });
const lists = (intent: string, lang: Lang, fixture: Fixture, text: string, reply: string): Utterance => ({
  intent,
  lang,
  fixture,
  text,
  expect: { calls: [], reply },
});
const asks = (intent: string, lang: Lang, fixture: Fixture, text: string, before?: string[]): Utterance => ({
  intent,
  lang,
  fixture,
  text,
  ...(before ? { before } : {}),
  expect: { calls: [], outcome: 'ask' },
});
const nothing = (intent: string, lang: Lang, fixture: Fixture, text: string, reply?: string): Utterance => ({
  intent,
  lang,
  fixture,
  text,
  expect: reply ? { calls: [], reply } : { calls: [] },
});

// What the café owner saw after "what's left?": the pending list, newest first, as list_tasks gives it.
const pendingCafe = [13, 12, 11, 10, 8, 7, 6, 5, 3, 2, 1].map((id) => ({
  id,
  title: cafe.find((t) => t.id === id)!.title,
  completed: false,
}));
const afterWhatsLeft: HistoryMessage[] = [
  { role: 'user', content: "what's left?" },
  {
    role: 'assistant',
    content: `You have ${pendingCafe.length} open tasks:\n${pendingCafe.map((t, i) => `${i + 1}. ${t.title}`).join('\n')}`,
    tool_calls: [
      { name: 'list_tasks', arguments: { user_id: 'me', status: 'pending' }, result: pendingCafe },
    ],
  },
];

const english: Utterance[] = [
  // add (7)
  does('add', 'en', cafe, 'ad a taks: ring the plumber about the sink', [
    call('add_task', { title: 'ring the plumber about the sink' }),
  ]),
  does('add', 'en', cafe, 'remind me to collect the cake order tomorrow at 5pm', [
    call('add_task_details', { title: 'collect the cake order', due_at: TOMORROW_5PM }),
  ]),
  does('add', 'en', cafe, 'new task: negotiate milk prices with the dairy, high priority, tag it supplies', [
    call('add_task_details', {
      title: 'negotiate milk prices with the dairy',
      priority: 'high',
      tags: ['supplies'],
    }),
  ]),
  does(
    'add',
    'en',
    cafe,
    "ok so it's been a crazy morning, two regulars complained the wifi keeps dropping again, can you add something so I remember to reset the router before we open on friday",
    [call('add_task_details', { due_date: FRIDAY })],
    {},
    'router',
  ),
  does('add', 'en', cafe, "add 'take out the recycling' every tuesday", [
    call('add_task_details', { title: 'take out the recycling', recurrence: 'FREQ=WEEKLY;BYDAY=TU' }),
  ]),
  does('add', 'en', cafe, 'add call the health inspector tomorrow at 10am and remind me 30 minutes before', [
    call('add_task_details', {
      title: 'call the health inspector',
      due_at: TOMORROW_10AM,
      reminders: [{ minutes_before: 30 }],
    }),
  ]),
  does('add', 'en', cafe, "add a task 'Train Ali on the grinder' with the note: he starts on saturday", [
    call('add_task', { title: 'Train Ali on the grinder', description: 'he starts on saturday' }),
  ]),

  // list (7)
  lists(
    'list',
    'en',
    cafe,
    "what's on my plate?",
    shows(
      ['Restock oat milk cartons', 'Fix the leaking espresso machine'],
      ['Print new menu boards', 'Send invoice'],
    ),
  ),
  lists(
    'list',
    'en',
    cafe,
    "show me everything I've already finished",
    shows(
      ['Print new menu boards', 'Renew food safety license', 'Send invoice for the catering order'],
      ['Mop the terrace', 'oat milk'],
    ),
  ),
  lists(
    'list',
    'en',
    cafe,
    "what's overdue??",
    shows(['Fix the leaking espresso machine'], ['coffee beans', 'oat milk', 'shop rent']),
  ),
  lists(
    'list',
    'en',
    cafe,
    'anything due today?',
    shows(['Interview the new barista', 'Mop the terrace'], ['coffee beans', 'shop rent', 'oat milk']),
  ),
  lists(
    'list',
    'en',
    cafe,
    "do NOT mark anything as done, just show me what's high priority",
    shows(['Order coffee beans', 'espresso machine'], ['shop rent', 'milk frother', 'oat milk']),
  ),
  lists(
    'list',
    'en',
    cafe,
    'what have I got due this week',
    shows(['Pay the shop rent', 'Instagram'], ['oat milk', 'pastry supplier']),
  ),
  lists(
    'list',
    'en',
    cafe,
    'list my open tasks sorted by due date',
    inOrder(['espresso machine', 'coffee beans', 'shop rent', 'Instagram']),
  ),

  // search (2)
  lists(
    'search',
    'en',
    cafe,
    'find the task about croissants',
    shows(['Call the pastry supplier about croissants'], ['oat milk']),
  ),
  lists(
    'search',
    'en',
    cafe,
    'search for invoice',
    shows(['Send invoice for the catering order'], ['staff rota']),
  ),

  // complete (6)
  does('complete', 'en', cafe, 'done with the rota', [complete(12)]),
  does('complete', 'en', cafe, 'i finished descaling the frother', [complete(8)]),
  does('complete', 'en', cafe, 'the 3rd one is done', [complete(11)], { history: afterWhatsLeft }),
  does('complete', 'en', cafe, 'compelte the espreso machine one', [complete(2)]),
  does('complete', 'en', cafe, 'finished tasks 5 and 13', [complete(5), complete(13)]),
  does('complete', 'en', cafe, 'the oat milk one', [complete(13)], { before: ['mark the milk one done'] }),

  // delete (3)
  does('delete', 'en', cafe, 'nuke the instagram thing lol', [remove(7)]),
  does('delete', 'en', cafe, 'remove task #14', [remove(14)]),
  does(
    'delete',
    'en',
    cafe,
    "I'm not going to bother with the pastry supplier call anymore, take it off my list",
    [remove(10)],
  ),

  // update (3)
  does('update', 'en', cafe, "rename the rota task to 'Post July staff rota'", [
    call('update_task', { task_id: 12, title: 'Post July staff rota' }),
  ]),
  does('update', 'en', cafe, 'add a note to the rent task: landlord wants a bank transfer this time', [
    call('update_task', { task_id: 3, description: 'landlord wants a bank transfer this time' }),
  ]),
  does(
    'update',
    'en',
    cafe,
    'rename it to Interview Zara for the barista job',
    [call('update_task', { task_id: 5, title: 'Interview Zara for the barista job' })],
    { before: ['find the barista interview'] },
  ),

  // details: priority, due moments, tags, reminders, recurrence (9)
  does('details', 'en', cafe, 'make the frother job high priority', [sett(8, { priority: 'high' })]),
  does('details', 'en', cafe, 'push the rent to monday', [sett(3, { due_date: NEXT_MONDAY })]),
  does('details', 'en', cafe, 'tag the croissant call with urgent', [
    sett(10, { tags: ['supplies', 'urgent'] }),
  ]),
  does('details', 'en', cafe, 'remind me about the barista interview 15 minutes before', [
    sett(5, { reminders: [{ minutes_before: 15 }] }),
  ]),
  does('details', 'en', cafe, 'make the staff rota repeat every monday', [
    sett(12, { recurrence: 'FREQ=WEEKLY;BYDAY=MO' }),
  ]),
  does('details', 'en', cafe, 'stop repeating the terrace mopping', [sett(11, { recurrence: null })]),
  does(
    'details',
    'en',
    cafe,
    'hey so about the espresso machine thing, the technician just called and said he can only come saturday morning, can you move it to saturday 10am',
    [sett(2, { due_at: SATURDAY_10AM })],
  ),
  does('details', 'en', cafe, 'ok push it to tomorrow', [sett(2, { due_date: TOMORROW })], {
    before: ["what's overdue?"],
  }),
  does('details', 'en', cafe, 'actually make that high priority', [sett(15, { priority: 'high' })], {
    before: ['add a task to order more takeaway lids'],
  }),

  // skip (2)
  does('skip', 'en', cafe, "skip this week's inventory count", [skip(6)]),
  does('skip', 'en', cafe, 'no need to mop the terrace today, skip it', [skip(11)]),

  // reopen (2)
  does('reopen', 'en', cafe, "oops, the food safety license isn't actually done, put it back", [reopen(9)]),
  does('reopen', 'en', cafe, 'wait no, undo that', [reopen(12)], { before: ['done with the rota'] }),

  // clarify (4): ambiguous or missing, so a question and no change; a bulk delete changes nothing
  asks('clarify', 'en', cafe, 'mark the milk one done'),
  asks('clarify', 'en', cafe, 'delete it'),
  asks('clarify', 'en', cafe, 'set a reminder'),
  nothing('clarify', 'en', cafe, 'delete all my tasks'),

  // not found (2)
  nothing('notfound', 'en', cafe, 'complete the window cleaning task', NOT_FOUND),
  nothing('notfound', 'en', cafe, 'rename the yoga class task to pilates', NOT_FOUND),

  // must not act (3)
  {
    intent: 'unknown',
    lang: 'en',
    fixture: cafe,
    text: "what's the weather like in Karachi today?",
    expect: { outcome: 'help' },
  },
  nothing('unknown', 'en', cafe, "don't delete the rent task"),
  nothing('unknown', 'en', cafe, "I haven't finished the rota yet"),
];

const roman: Utterance[] = [
  does('add', 'roman', cafe, 'naya kaam add karo: sugar sachets mangwana', [
    call('add_task', { title: 'sugar sachets mangwana' }),
  ]),
  does('add', 'roman', cafe, "kal shaam 5 baje 'Bank jana' add kar do", [
    call('add_task_details', { title: 'Bank jana', due_at: TOMORROW_5PM }),
  ]),
  lists(
    'list',
    'roman',
    cafe,
    'mere pending kaam dikhao',
    shows(['Restock oat milk cartons', 'espresso machine'], ['Print new menu boards']),
  ),
  does('complete', 'roman', cafe, 'rota wala kaam ho gaya', [complete(12)]),
  does('delete', 'roman', cafe, 'instagram wala task delete kar do', [remove(7)]),
  does('details', 'roman', cafe, 'rent ko high priority kar do', [sett(3, { priority: 'high' })]),
  does('details', 'roman', cafe, 'barista interview se aadha ghanta pehle yaad dila dena', [
    sett(5, { reminders: [{ minutes_before: 30 }] }),
  ]),
  does('skip', 'roman', cafe, 'is hafte ka inventory count skip kar do', [skip(6)]),
  asks('clarify', 'roman', cafe, 'milk wala kaam mukammal kar do'),
  nothing('notfound', 'roman', cafe, 'yoga class wala task hata do'),
];

const urdu: Utterance[] = [
  does('add', 'ur', shaadi, 'نیا کام شامل کریں: پھولوں والے سے بات کرنا', [
    call('add_task', { title: 'پھولوں والے سے بات کرنا' }),
  ]),
  does('add', 'ur', shaadi, "جمعہ کو 'قاضی صاحب سے وقت لینا' شامل کر دیں", [
    call('add_task_details', { title: 'قاضی صاحب سے وقت لینا', due_date: FRIDAY }),
  ]),
  does('add', 'ur', shaadi, 'اعلیٰ ترجیح کے ساتھ یہ کام شامل کرو: مہندی کی تھالیاں سجانا', [
    call('add_task_details', { title: 'مہندی کی تھالیاں سجانا', priority: 'high' }),
  ]),
  lists(
    'list',
    'ur',
    shaadi,
    'میرے باقی کام دکھائیں',
    shows(['مہمانوں کے کمرے تیار کرنا', 'دلہن کا جوڑا درزی سے لینا'], ['شادی کے کارڈ', 'فوٹوگرافر']),
  ),
  lists(
    'list',
    'ur',
    shaadi,
    'جن کاموں کی تاریخ گزر چکی ہے وہ دکھاؤ',
    shows(['دلہن کا جوڑا'], ['ہال کی بکنگ', 'مٹھائی', 'نانی اماں']),
  ),
  lists(
    'list',
    'ur',
    shaadi,
    'جو کام ہو چکے ہیں وہ دکھاؤ',
    shows(['فوٹوگرافر سے بات کرنا', 'شادی کے کارڈ چھپوانا'], ['مٹھائی', 'زیورات']),
  ),
  lists(
    'search',
    'ur',
    shaadi,
    'بازار والے کام دکھاؤ',
    shows(['زیورات کی دکان', 'مٹھائی کا آرڈر', 'دولہے کے جوتے'], ['ہال کی بکنگ', 'ڈھول']),
  ),
  does('complete', 'ur', shaadi, 'مٹھائی کا آرڈر دے دیا ہے', [complete(8)]),
  does('complete', 'ur', shaadi, 'دوسرا والا مکمل کر دیں', [complete(11)], {
    before: ['میرے باقی کام دکھائیں'],
  }),
  does('delete', 'ur', shaadi, 'زیورات والا کام حذف کر دیں', [remove(6)]),
  does(
    'update',
    'ur',
    shaadi,
    "ڈھول والے کام کا نام بدل کر 'مہندی کے لیے ڈھول اور شہنائی والے کو بلانا' کر دیں",
    [call('update_task', { task_id: 5, title: 'مہندی کے لیے ڈھول اور شہنائی والے کو بلانا' })],
  ),
  does('details', 'ur', shaadi, 'کمرے تیار کرنے والے کام کو اعلیٰ ترجیح دے دیں', [
    sett(12, { priority: 'high' }),
  ]),
  does('details', 'ur', shaadi, 'مہمانوں کی فہرست والا کام پیر تک کر دیں', [
    sett(3, { due_date: NEXT_MONDAY }),
  ]),
  does('details', 'ur', shaadi, 'ہال کی رقم والے کام کی یاد دہانی ایک گھنٹہ پہلے کر دینا', [
    sett(1, { reminders: [{ minutes_before: 60 }] }),
  ]),
  does('details', 'ur', shaadi, 'گھر کی صفائی ہر روز ہونی چاہیے، اسے روزانہ کر دیں', [
    sett(9, { recurrence: 'FREQ=DAILY' }),
  ]),
  does('skip', 'ur', shaadi, 'اس ہفتے گھر کی صفائی نہیں ہوگی، یہ باری چھوڑ دیں', [skip(9)]),
  does('reopen', 'ur', shaadi, 'کارڈ والا کام دوبارہ کھول دیں، کارڈ میں غلطی نکل آئی ہے', [reopen(4)]),
  asks('clarify', 'ur', shaadi, 'مہمانوں والا کام مکمل کر دو'),
  nothing('notfound', 'ur', shaadi, 'ویڈیو والے کا کام حذف کر دو'),
  nothing('unknown', 'ur', shaadi, 'دلہن کا جوڑا ابھی تک نہیں لیا'),
];

export const heldout6: Utterance[] = [...english, ...urdu, ...roman];
