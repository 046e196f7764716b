// A ninth held-out set for the built-in assistant: SEALED until its one run. Nobody may tune the
// assistant to it, read it to fix misses before that run, or run the assistant on it before then.
// How it was written: blind to the assistant. Read: README.md, server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge()), the first 75 lines of rules-assistant/eval/utterances.ts
// (types, FIXTURES) and the first 60 of rules-assistant/eval/heldout7.ts (format). Not opened: anything under
// rules-assistant/engine/, docs/assistant.md, test/assistant*.test.ts, the rest of utterances.ts or
// any held-out set. The assistant was never run on these cases; only the file's loading, its type
// check and its own reply regexes (against hand-written replies) were checked.
// Style: what people type into a phone: lowercase, typos (bil, finsihed), slang and abbreviations
// (tmrw, pls, asap, rn, lol), statements with no command word, long sentences with context,
// several requests in one message (English "and", Urdu اور, Roman "aur"), relative dates, edits,
// done / not done without the words complete or reopen, questions, two-similar-task clashes and
// destructive or vague requests (right outcome: ask), small talk (no tool at all). Two cases have
// an earlier turn (`before`): a disambiguation answered, and "make it tomorrow 5pm" after an add.
// Four fixtures of its own: OFFICE and HOME (English titles), GHAR (Urdu-script titles), MIXED
// (Roman Urdu / English titles); plus the shared 'empty'.
// Clock: Wednesday 2025-06-11 14:00 Asia/Karachi (UTC+5) = 09:00Z. Tomorrow 06-12, day after
// tomorrow / Friday 06-13, Saturday 06-14, (next) Monday 06-16, in two weeks 06-25, end of month
// 06-30; "tomorrow at 5pm" = 2025-06-12T12:00:00.000Z; times are written as UTC ISO with ms.
// Judging conventions: a plain add (title, maybe a note) expects add_task; an add with a due moment,
// priority, tags, recurrence or reminder expects add_task_details. All-day dates are due_date, a
// clock time is due_at. Titles are listed only where the natural title is clear; recurrence RRULEs,
// reminders and free-text notes are '*' (present). "remind me" expects reminders (a due moment alone
// is not a reminder). Reads are judged by reply regexes (titles that must / must not appear), never
// by a particular read tool.
// 110 utterances: 65 English, 27 Urdu script, 18 Roman Urdu.
// By intent: add 22 (en 13, ur 6, roman 3), repeat 8 (5/2/1), remind 6 (3/2/1), complete 8 (5/2/1),
// reopen 4 (2/1/1), delete 4 (2/1/1), update 5 (3/1/1), describe 4 (2/1/1), priority 4 (2/1/1),
// tags 3 (2/1/0), due 7 (5/1/1), list 8 (4/2/2), search 2 (2/0/0), question 4 (3/1/0),
// multi 7 (4/2/1), ask 9 (5/2/2), unknown 5 (3/1/1).
// Its one blind run (2026-11-23, commit 2b63134: issue 18's staged assistant, the real tools on
// PGlite): 70/110 (63.6%); English 44/65 (67.7%, 3 wrong changes), Urdu 19/27 (70.4%, 1 wrong),
// Roman Urdu 7/18 (38.9%, 3 wrong). By intent: add 11/22, repeat 3/8, multi 2/7, list 3/8,
// priority 1/4, describe 2/4, update 3/5, question 2/4, due 5/7, reopen 3/4, remind 5/6,
// complete 7/8, ask 9/9, delete 4/4, tags 3/3, search 2/2, unknown 5/5. The assistant before the
// redesign (ac19b07, same judge, in-memory tools) scored 51/110 (46.4%; English 36/65, Urdu 8/27,
// Roman Urdu 7/18) on it, run once for comparison. The issue's bar (85% and at most 1% wrong
// changes per language) is not met. Since that run the set is regression data, no longer blind.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

/** A reply regex: every `must` somewhere in the reply, none of `mustNot` anywhere (ignoring case). */
const shows = (must: string[], mustNot: string[] = []): string =>
  `^${mustNot.length > 0 ? `(?![\\s\\S]*(?:${mustNot.join('|')}))` : ''}${must
    .map((m) => `(?=[\\s\\S]*${m})`)
    .join('')}`;

/** An office worker in Karachi, English titles. Overdue: 4, 11. Tomorrow: 5, 9. Today: 6. */
const OFFICE: FixtureTask[] = [
  { id: 1, title: 'Finish the Q2 deck', priority: 'high', tags: ['work'], due_date: '2025-06-13' },
  { id: 2, title: 'Email Sarah about the budget', tags: ['work'] },
  { id: 3, title: 'Book dentist appointment' },
  { id: 4, title: 'Renew car insurance', due_date: '2025-06-08' },
  { id: 5, title: 'Pay internet bill', priority: 'medium', due_date: '2025-06-12' },
  { id: 6, title: 'Buy milk', tags: ['groceries'], due_date: '2025-06-11' },
  { id: 7, title: 'Call the landlord', completed: true },
  {
    id: 8,
    title: 'Gym',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    due_at: '2025-06-13T02:00:00.000Z',
  },
  { id: 9, title: 'Team standup notes', due_at: '2025-06-12T05:00:00.000Z' },
  { id: 10, title: 'Team offsite planning', due_date: '2025-06-20' },
  { id: 11, title: 'Return library books', due_date: '2025-06-10' },
  { id: 12, title: 'Submit expense report', completed: true, tags: ['work'] },
];

/** A household, English titles. Overdue: 3. Open: 8 (6 and 8 are done). Two "Call" tasks. */
const HOME: FixtureTask[] = [
  { id: 1, title: 'Pick up dry cleaning' },
  { id: 2, title: 'Call mom', due_date: '2025-06-12' },
  { id: 3, title: 'Call the plumber', due_date: '2025-06-09' },
  { id: 4, title: 'Pay rent', due_date: '2025-07-01', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1' },
  { id: 5, title: 'Buy birthday gift for Zara', priority: 'high', due_date: '2025-06-15' },
  { id: 6, title: 'Clean the fridge', completed: true },
  { id: 7, title: 'Schedule car service', tags: ['car'] },
  { id: 8, title: 'Water the plants', completed: true, tags: ['home'] },
  { id: 9, title: 'Read Atomic Habits' },
  { id: 10, title: 'Cancel Netflix subscription' },
];

/** An Urdu household, Urdu-script titles. Overdue: 2. Tomorrow: 1, 5. Open: 8. Two "فون" tasks. */
const GHAR: FixtureTask[] = [
  { id: 1, title: 'دودھ لانا', due_date: '2025-06-12' },
  { id: 2, title: 'بجلی کا بل جمع کرانا', priority: 'high', due_date: '2025-06-10' },
  { id: 3, title: 'امی کو فون کرنا' },
  { id: 4, title: 'ابو کو فون کرنا', due_date: '2025-06-13' },
  { id: 5, title: 'ڈاکٹر کے پاس جانا', due_at: '2025-06-12T06:00:00.000Z' },
  { id: 6, title: 'بچوں کی اسکول فیس جمع کرانا', due_date: '2025-06-15' },
  { id: 7, title: 'گاڑی کی سروس کروانا', completed: true },
  { id: 8, title: 'کپڑے استری کرنا' },
  { id: 9, title: 'درزی سے کپڑے لینا', tags: ['بازار'] },
  { id: 10, title: 'کتاب واپس کرنا', completed: true },
];

/** A Karachi student, Roman Urdu / English titles. Overdue: 4. Tomorrow: 2. Today: 1. Two "Ammi" tasks. */
const MIXED: FixtureTask[] = [
  { id: 1, title: 'Sabzi lani hai', due_date: '2025-06-11' },
  { id: 2, title: 'Ammi ki dawai lani hai', priority: 'high', due_date: '2025-06-12' },
  { id: 3, title: 'Ammi ko call karna' },
  { id: 4, title: 'Bijli ka bill pay karna', due_date: '2025-06-09' },
  { id: 5, title: 'Ali ko 5000 wapas karne hain' },
  { id: 6, title: 'Assignment submit karna', due_at: '2025-06-13T18:59:00.000Z' },
  { id: 7, title: 'Gym jana', completed: true },
  { id: 8, title: 'Cousin ki shaadi ka gift', due_date: '2025-06-20' },
  { id: 9, title: 'Car wash', completed: true, tags: ['car'] },
  { id: 10, title: 'Netflix cancel karna' },
  { id: 11, title: 'Nani se milne jana', tags: ['family'] },
];

export const heldout9: Utterance[] = [
  // ---------------------------------------------------------------- English: add
  {
    intent: 'add',
    lang: 'en',
    text: 'dentist thursday 3pm',
    fixture: HOME,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-06-12T10:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "so my boss wants the deck by friday, can you make sure I don't forget",
    fixture: HOME,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-06-13' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'pls add pick up kids from school tmrw at 4:30',
    fixture: HOME,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'Pick up kids from school', due_at: '2025-06-12T11:30:00.000Z' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'new task: renew passport',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'Renew passport' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'next monday 10am call with the accountant',
    fixture: HOME,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-06-16T05:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "Doctor's appt day after tomorrow at 11",
    fixture: OFFICE,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-06-13T06:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'i need to submit the visa form by end of month',
    fixture: OFFICE,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-06-30' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'high priority: fix the leaking tap',
    fixture: HOME,
    expect: {
      calls: [{ name: 'add_task_details', args: { title: 'Fix the leaking tap', priority: 'high' } }],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'tonight at 9 take out the trash',
    fixture: OFFICE,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'Take out the trash', due_at: '2025-06-11T16:00:00.000Z' },
        },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'in two weeks: follow up with the recruiter',
    fixture: OFFICE,
    expect: {
      calls: [
        { name: 'add_task_details', args: { title: 'Follow up with the recruiter', due_date: '2025-06-25' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'can u add a task to call the bank, its urgent',
    fixture: HOME,
    expect: { calls: [{ name: 'add_task_details', args: { title: 'Call the bank', priority: 'high' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "add 'buy paint' with a note: 2 litres off-white, the matte one",
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task', args: { title: 'buy paint', description: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'send invoice to acme asap pls',
    fixture: OFFICE,
    expect: { calls: [{ name: 'add_task_details', args: { priority: 'high' } }] },
  },
  // ---------------------------------------------------------------- English: repeat
  {
    intent: 'repeat',
    lang: 'en',
    text: 'water plants every morning at 8',
    fixture: OFFICE,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2025-06-12T03:00:00.000Z' } }],
    },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'rent is due on the 1st every month, add that pls',
    fixture: OFFICE,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2025-07-01' } }] },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'make gym tuesdays and thursdays instead of mon wed fri',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, recurrence: '*' } }] },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: "stop repeating the rent task, i'm moving out after this month",
    fixture: HOME,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, recurrence: null } }] },
  },
  {
    intent: 'repeat',
    lang: 'en',
    text: 'every friday at 5pm: send weekly report to Bilal',
    fixture: HOME,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2025-06-13T12:00:00.000Z' } }],
    },
  },
  // ---------------------------------------------------------------- English: remind
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me at 6 to pick up the cake',
    fixture: HOME,
    expect: { calls: [{ name: 'add_task_details', args: { reminders: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'remind me about the internet bill tomorrow at 9am',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, reminders: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'en',
    text: 'ping me 30 min before standup',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, reminders: '*' } }] },
  },
  // ---------------------------------------------------------------- English: complete
  {
    intent: 'complete',
    lang: 'en',
    text: 'done with the library books',
    fixture: OFFICE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'paid the internet bil',
    fixture: OFFICE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally called the plumber',
    fixture: HOME,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finsihed the q2 deck!!',
    fixture: OFFICE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'the standup one',
    before: ['mark the team thing as done'],
    fixture: OFFICE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 9 } }] },
  },
  // ---------------------------------------------------------------- English: reopen
  {
    intent: 'reopen',
    lang: 'en',
    text: "actually I didn't finish the expense report, can u put it back on my list",
    fixture: OFFICE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'oops the fridge isnt actually clean yet',
    fixture: HOME,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  // ---------------------------------------------------------------- English: delete
  {
    intent: 'delete',
    lang: 'en',
    text: 'delete the netflix thing',
    fixture: HOME,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "remove 'Email Sarah about the budget', not needed anymore",
    fixture: OFFICE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 2 } }] },
  },
  // ---------------------------------------------------------------- English: update (title)
  {
    intent: 'update',
    lang: 'en',
    text: "rename the deck task to 'Finish Q2 board deck'",
    fixture: OFFICE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, title: 'Finish Q2 board deck' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'change buy milk to buy oat milk',
    fixture: OFFICE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, title: 'Buy oat milk' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the birthday gift is for Zainab not Zara, fix the name',
    fixture: HOME,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, title: 'Buy birthday gift for Zainab' } }] },
  },
  // ---------------------------------------------------------------- English: describe
  {
    intent: 'describe',
    lang: 'en',
    text: 'add a note to the dentist one: ask about the wisdom tooth',
    fixture: OFFICE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'describe',
    lang: 'en',
    text: 'for the plumber task, write down that the kitchen sink is leaking and his number is 0300-1234567',
    fixture: HOME,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  // ---------------------------------------------------------------- English: priority
  {
    intent: 'priority',
    lang: 'en',
    text: 'make the car insurance top priority',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, priority: 'high' } }] },
  },
  {
    intent: 'priority',
    lang: 'en',
    text: "the offsite planning isn't that important, low prio",
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, priority: 'low' } }] },
  },
  // ---------------------------------------------------------------- English: tags
  {
    intent: 'tags',
    lang: 'en',
    text: 'tag the insurance one with car and bills',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, tags: ['car', 'bills'] } }] },
  },
  {
    intent: 'tags',
    lang: 'en',
    text: 'add an urgent tag to the Q2 deck too',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, tags: ['work', 'urgent'] } }] },
  },
  // ---------------------------------------------------------------- English: due
  {
    intent: 'due',
    lang: 'en',
    text: 'push the library books to monday',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, due_date: '2025-06-16' } }] },
  },
  {
    intent: 'due',
    lang: 'en',
    text: 'move standup notes to 11am tmrw',
    fixture: OFFICE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 9, due_at: '2025-06-12T06:00:00.000Z' } }],
    },
  },
  {
    intent: 'due',
    lang: 'en',
    text: 'postpone the zara gift by a week',
    fixture: HOME,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2025-06-22' } }] },
  },
  {
    intent: 'due',
    lang: 'en',
    text: 'remove the due date from the offsite planning, no date yet',
    fixture: OFFICE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 10, due_date: null } }] },
  },
  {
    intent: 'due',
    lang: 'en',
    text: 'make it tomorrow 5pm',
    before: ['add call ali'],
    fixture: OFFICE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 13, due_at: '2025-06-12T12:00:00.000Z' } }],
    },
  },
  // ---------------------------------------------------------------- English: list / search / question
  {
    intent: 'list',
    lang: 'en',
    text: 'anything overdue?',
    fixture: OFFICE,
    expect: { reply: shows(['insurance', 'library'], ['milk', 'Q2', 'standup', 'offsite', 'internet']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'what do I have tomorrow',
    fixture: OFFICE,
    expect: { reply: shows(['internet', 'standup'], ['offsite', 'Q2', 'milk']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "what's on my plate today",
    fixture: OFFICE,
    expect: { reply: shows(['milk'], ['standup', 'offsite', 'internet', 'Q2']) },
  },
  {
    intent: 'list',
    lang: 'en',
    text: "wat's left on my list",
    fixture: HOME,
    expect: { reply: shows(['netflix', 'dry cleaning'], ['fridge', 'water the plants']) },
  },
  {
    intent: 'search',
    lang: 'en',
    text: 'show me everything tagged work',
    fixture: OFFICE,
    expect: { reply: shows(['deck', 'sarah'], ['milk', 'insurance', 'library']) },
  },
  {
    intent: 'search',
    lang: 'en',
    text: 'whats high priority rn',
    fixture: OFFICE,
    expect: { reply: shows(['deck'], ['internet', 'milk']) },
  },
  {
    intent: 'question',
    lang: 'en',
    text: 'did I already add milk?',
    fixture: OFFICE,
    expect: { reply: 'buy milk' },
  },
  {
    intent: 'question',
    lang: 'en',
    text: 'how many things do i still have open',
    fixture: HOME,
    expect: { reply: '\\b8\\b|eight' },
  },
  {
    intent: 'question',
    lang: 'en',
    text: "when is zara's gift due",
    fixture: HOME,
    expect: { reply: '15|sunday' },
  },
  // ---------------------------------------------------------------- English: several in one message
  {
    intent: 'multi',
    lang: 'en',
    text: 'mark milk done and add buy bread for tmrw',
    fixture: OFFICE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 6 } },
        { name: 'add_task_details', args: { title: 'Buy bread', due_date: '2025-06-12' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "delete netflix, and push mom's call to friday",
    fixture: HOME,
    expect: {
      calls: [
        { name: 'delete_task', args: { task_id: 10 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2025-06-13' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'finished the dry cleaning and the plumber came too',
    fixture: HOME,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'complete_task', args: { task_id: 3 } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "rename 'Gym' to 'Gym - leg day' and make it high priority",
    fixture: OFFICE,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 8, title: 'Gym - leg day' } },
        { name: 'set_task_details', args: { task_id: 8, priority: 'high' } },
      ],
    },
  },
  // ---------------------------------------------------------------- English: should ask
  {
    intent: 'ask',
    lang: 'en',
    text: 'mark the team thing as done',
    fixture: OFFICE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'delete everything',
    fixture: OFFICE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'call is done',
    fixture: HOME,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'change the date',
    fixture: HOME,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push the team one to monday',
    fixture: OFFICE,
    expect: { outcome: 'ask' },
  },
  // ---------------------------------------------------------------- English: small talk
  {
    intent: 'unknown',
    lang: 'en',
    text: 'thanks!!',
    fixture: OFFICE,
    expect: { outcome: 'help' },
  },
  {
    intent: 'unknown',
    lang: 'en',
    text: 'whats the weather like in lahore',
    fixture: HOME,
    expect: { outcome: 'help' },
  },
  {
    intent: 'unknown',
    lang: 'en',
    text: 'what can you do',
    fixture: 'empty',
    expect: { outcome: 'help' },
  },

  // ================================================================ Urdu script
  {
    intent: 'add',
    lang: 'ur',
    text: 'مجھے کل امی کو فون کرنا ہے',
    fixture: 'empty',
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-06-12' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'کل صبح نو بجے بینک جانا ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-06-12T04:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'سبزی لانی ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'جمعہ کو بہن کی سالگرہ کا تحفہ لینا ہے، بہت ضروری ہے',
    fixture: GHAR,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2025-06-13', priority: 'high' } }],
    },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'پرسوں شام پانچ بجے پلمبر کو بلانا ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-06-13T12:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مہینے کے آخر تک گاڑی کا ٹوکن ٹیکس جمع کرانا ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2025-06-30' } }] },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر روز رات دس بجے دوائی کھانی ہے',
    fixture: GHAR,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2025-06-11T17:00:00.000Z' } }],
    },
  },
  {
    intent: 'repeat',
    lang: 'ur',
    text: 'ہر اتوار کو گھر کی صفائی کرنی ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2025-06-15' } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'ڈاکٹر والے کام کی ایک گھنٹہ پہلے یاد دہانی لگا دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, reminders: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'ur',
    text: 'مجھے آج شام سات بجے یاد دلانا کہ گوشت لانا ہے',
    fixture: GHAR,
    expect: { calls: [{ name: 'add_task_details', args: { reminders: '*' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'دودھ لے آیا ہوں',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بجلی کا بل جمع ہو گیا',
    fixture: GHAR,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'گاڑی کی سروس ابھی نہیں ہوئی، غلطی سے مکمل کر دیا تھا',
    fixture: GHAR,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'درزی والا کام ہٹا دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'دودھ لانا کو بدل کر دودھ اور انڈے لانا کر دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, title: 'دودھ اور انڈے لانا' } }] },
  },
  {
    intent: 'describe',
    lang: 'ur',
    text: 'ڈاکٹر والے کام میں لکھ دو کہ پرانی رپورٹیں ساتھ لے جانی ہیں',
    fixture: GHAR,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, description: '*' } }] },
  },
  {
    intent: 'priority',
    lang: 'ur',
    text: 'بچوں کی فیس والا کام بہت ضروری ہے، اسے اہم کر دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'tags',
    lang: 'ur',
    text: 'ابو کو فون کرنا پر خاندان کا ٹیگ لگا دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, tags: ['خاندان'] } }] },
  },
  {
    intent: 'due',
    lang: 'ur',
    text: 'ابو والی کال پیر تک ملتوی کر دو',
    fixture: GHAR,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2025-06-16' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'کل کیا کیا کرنا ہے؟',
    fixture: GHAR,
    expect: { reply: shows(['دودھ', 'ڈاکٹر'], ['فیس', 'ابو']) },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'کوئی کام رہ تو نہیں گیا جس کی تاریخ گزر چکی ہو؟',
    fixture: GHAR,
    expect: { reply: shows(['بجلی'], ['دودھ', 'فیس', 'ڈاکٹر']) },
  },
  {
    intent: 'question',
    lang: 'ur',
    text: 'کتنے کام باقی ہیں؟',
    fixture: GHAR,
    expect: { reply: '8|۸|آٹھ' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'دودھ لے آیا اور ابو کو فون بھی کر لیا',
    fixture: GHAR,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'complete_task', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'کل بینک جانا ہے اور کپڑے استری کرنے والا کام جمعہ کو کر دو',
    fixture: GHAR,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2025-06-12' } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2025-06-13' } },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'فون والا کام ہو گیا',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب کچھ مٹا دو',
    fixture: GHAR,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'unknown',
    lang: 'ur',
    text: 'شکریہ',
    fixture: GHAR,
    expect: { outcome: 'help' },
  },

  // ================================================================ Roman Urdu
  {
    intent: 'add',
    lang: 'roman',
    text: 'kal subah doodh lana hai',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task_details', args: { title: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'parson 4 baje dentist',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2025-06-13T11:00:00.000Z' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'yaar friday tak assignment ki presentation bhi banani hai, important hai',
    fixture: MIXED,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2025-06-13', priority: 'high' } }],
    },
  },
  {
    intent: 'repeat',
    lang: 'roman',
    text: 'har mahine 5 tareekh ko internet ka bill dena hota hai',
    fixture: MIXED,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2025-07-05' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'sabzi le aya',
    fixture: MIXED,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'gym nahi gaya actually, wapas pending kar do',
    fixture: MIXED,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'netflix wala task delete kardo',
    fixture: MIXED,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "ali wale task ka naam badal ke 'Ali ko 3000 wapas karne hain' kar do",
    fixture: MIXED,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, title: 'Ali ko 3000 wapas karne hain' } }] },
  },
  {
    intent: 'describe',
    lang: 'roman',
    text: 'nani wale kaam mein note daal do ke mithai le kar jani hai',
    fixture: MIXED,
    expect: { calls: [{ name: 'update_task', args: { task_id: 11, description: '*' } }] },
  },
  {
    intent: 'priority',
    lang: 'roman',
    text: 'shaadi ka gift high priority pe kar do',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, priority: 'high' } }] },
  },
  {
    intent: 'due',
    lang: 'roman',
    text: 'sabzi wala kaam agle hafte kar do',
    fixture: MIXED,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, due_date: '*' } }] },
  },
  {
    intent: 'remind',
    lang: 'roman',
    text: 'ammi ko call karna kal shaam 7 baje, aur reminder 15 min pehle',
    fixture: MIXED,
    expect: {
      calls: [
        {
          name: 'set_task_details',
          args: { task_id: 3, due_at: '2025-06-12T14:00:00.000Z', reminders: '*' },
        },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'kal ka kya scene hai?',
    fixture: MIXED,
    expect: { reply: shows(['dawai'], ['shaadi', 'assignment', 'sabzi']) },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: 'koi kaam overdue hai kya',
    fixture: MIXED,
    expect: { reply: shows(['bijli'], ['dawai', 'shaadi', 'assignment']) },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'gym bag pack karna hai aur car wash wala kaam dobara khol do, abhi nahi hua',
    fixture: MIXED,
    expect: {
      calls: [
        { name: 'add_task', args: { title: '*' } },
        { name: 'reopen_task', args: { task_id: 9 } },
      ],
    },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'ammi wala kaam ho gaya',
    fixture: MIXED,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab delete kar do yaar, fresh start',
    fixture: MIXED,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'unknown',
    lang: 'roman',
    text: 'shukriya bhai',
    fixture: MIXED,
    expect: { outcome: 'help' },
  },
];
