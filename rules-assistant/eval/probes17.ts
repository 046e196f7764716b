// Probes written by the developer in round 17 (issue 18), NOT blind: phrasings of the failure
// classes (statements without a command word, reminders and repeats said plainly, notes, reopening
// without "reopen", "push X to", two similar tasks, requests joined by "and also" / "aur" / "اور")
// written before held-out 15 was run, to find where the reading generalised badly; kept as
// regression data. Two expectations were corrected after the first run, each a judgement about
// the request, not about the code: "need to renew car insurance before april" is asked about (which
// day in April is meant is not said) and "turns out I didn't book the flight" changes nothing (the
// flight task was never done).
// Clock: Tuesday 2026-03-10 16:00 in Asia/Karachi: tomorrow = Wed 03-11, Friday = 03-13, Saturday
// = 03-14, next Monday = 03-16, next Tuesday = 03-17, the 25th = 03-25, end of month = 03-31.
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

export const PROBES17_NOW = new Date('2026-03-10T11:00:00.000Z'); // Tuesday 16:00 in Karachi
export const PROBES17_ZONE = 'Asia/Karachi';
const EN: FixtureTask[] = [
  { id: 1, title: 'Submit expense report', due_date: '2026-03-12', tags: ['work'] },
  { id: 2, title: 'Call the plumber' },
  { id: 3, title: 'Buy groceries for the week', list: 'Home' },
  { id: 4, title: 'Dentist appointment', due_at: '2026-03-13T07:00:00.000Z' },
  { id: 5, title: 'Gym', recurrence: 'FREQ=DAILY', due_at: '2026-03-11T02:00:00.000Z' },
  { id: 6, title: 'Pay internet bill', due_date: '2026-03-15', tags: ['bills'] },
  { id: 7, title: 'Pay gas bill', due_date: '2026-03-20', tags: ['bills'] },
  { id: 8, title: 'Renew passport', priority: 'high' },
  { id: 9, title: 'Weekly review', recurrence: 'FREQ=WEEKLY;BYDAY=FR', due_at: '2026-03-13T11:00:00.000Z' },
  { id: 10, title: 'Fix the kitchen tap', completed: true },
  { id: 11, title: 'Book flight to Dubai' },
  { id: 12, title: 'Sara birthday gift', due_date: '2026-03-18' },
];
const UR: FixtureTask[] = [
  { id: 1, title: 'دودھ لانا' },
  { id: 2, title: 'بجلی کا بل جمع کرانا', due_date: '2026-03-12' },
  { id: 3, title: 'گیس کا بل جمع کرانا', due_date: '2026-03-20' },
  { id: 4, title: 'امی کو فون کرنا', completed: true },
  { id: 5, title: 'ڈاکٹر کے پاس جانا', due_at: '2026-03-13T05:00:00.000Z' },
  { id: 6, title: 'کپڑے استری کرنا' },
  { id: 7, title: 'بچوں کی فیس جمع کرانا', priority: 'high', due_date: '2026-03-15' },
];
type L = Utterance['lang'];
const c = (
  intent: string,
  lang: L,
  text: string,
  calls: ExpectedCall[],
  extra: Partial<Utterance['expect']> = {},
): Utterance => ({ intent, lang, text, fixture: lang === 'ur' ? UR : EN, expect: { calls, ...extra } });
const ask = (lang: L, text: string) => c('ask', lang, text, [], { outcome: 'ask' });

export const probes17: Utterance[] = [
  c('add', 'en', 'oil change for the car saturday morning', [{ name: 'add_task_details' }]),
  c('add', 'en', 'haircut friday 6pm', [
    { name: 'add_task_details', args: { due_at: '2026-03-13T13:00:00.000Z' } },
  ]),
  c('add', 'en', 'grab batteries for the remote', [{ name: 'add_task' }]),
  c('add', 'en', 'quarterly taxes due end of the month', [
    { name: 'add_task_details', args: { due_date: '2026-03-31' } },
  ]),
  c('repeat', 'en', 'standup every weekday at 9:30', [
    { name: 'add_task_details', args: { recurrence: '*' } },
  ]),
  c('repeat', 'en', 'water the plants every sunday evening', [
    { name: 'add_task_details', args: { recurrence: '*' } },
  ]),
  c('add', 'en', 'I should probably email the landlord about the leak tomorrow', [
    { name: 'add_task_details', args: { due_date: '2026-03-11' } },
  ]),
  c('add', 'en', 'gotta pick up the dry cleaning tmrw', [
    { name: 'add_task_details', args: { due_date: '2026-03-11' } },
  ]),
  c('remind', 'en', 'remind me at 8 tonight to take out the trash', [
    { name: 'add_task_details', args: { reminders: '*' } },
  ]),
  c('remind', 'en', 'parent teacher meeting next tuesday 5pm, remind me 30 minutes before', [
    {
      name: 'add_task_details',
      args: { due_at: '2026-03-17T12:00:00.000Z', reminders: [{ minutes_before: 30 }] },
    },
  ]),
  c('complete', 'en', 'sent off the expense report', [{ name: 'complete_task', args: { task_id: 1 } }]),
  c('complete', 'en', 'finally booked the flight to dubai', [
    { name: 'complete_task', args: { task_id: 11 } },
  ]),
  c('complete', 'en', 'internet bill paid', [{ name: 'complete_task', args: { task_id: 6 } }]),
  c('reopen', 'en', 'ugh the kitchen tap is leaking again', [{ name: 'reopen_task', args: { task_id: 10 } }]),
  c('reschedule', 'en', 'push the dentist to monday', [{ name: 'set_task_details', args: { task_id: 4 } }]),
  c('reschedule', 'en', 'passport renewal can wait till the 25th', [
    { name: 'set_task_details', args: { task_id: 8, due_date: '2026-03-25' } },
  ]),
  c('note', 'en', 'add a note to the flight task: window seat, emirates', [
    { name: 'update_task', args: { task_id: 11, description: '*' } },
  ]),
  c('priority', 'en', 'gas bill is high priority', [
    { name: 'set_task_details', args: { task_id: 7, priority: 'high' } },
  ]),
  c('rename', 'en', 'rename gym to morning run', [
    { name: 'update_task', args: { task_id: 5, title: 'morning run' } },
  ]),
  c('delete', 'en', 'forget about the gas bill, my brother pays it now', [
    { name: 'delete_task', args: { task_id: 7 } },
  ]),
  ask('en', 'pay the bill tomorrow'),
  ask('en', 'wipe all my tasks'),
  c('skip', 'en', 'no gym tomorrow, skip it', [{ name: 'skip_occurrence', args: { task_id: 5 } }]),
  c('read', 'en', "what's on my plate for friday", [], { reply: '(?=[\\s\\S]*dentist)(?=[\\s\\S]*weekly)' }),
  c('multi', 'en', 'buy eggs and also call the bank tomorrow', [
    { name: 'add_task' },
    { name: 'add_task_details' },
  ]),
  c('help', 'en', 'lol thanks', []),
  ask('en', 'need to renew car insurance before april'),
  c('complete', 'en', 'got sara a birthday gift', [{ name: 'complete_task', args: { task_id: 12 } }]),
  c('add', 'en', 'meeting with the accountant wed 3pm', [
    { name: 'add_task_details', args: { due_at: '2026-03-11T10:00:00.000Z' } },
  ]),
  c('reschedule', 'en', 'the weekly review moves to 5pm', [
    { name: 'set_task_details', args: { task_id: 9 } },
  ]),
  c('add', 'roman', 'kal subah 10 baje bank jana hai', [
    { name: 'add_task_details', args: { due_at: '2026-03-11T05:00:00.000Z' } },
  ]),
  c('repeat', 'roman', 'har jumma ko masjid ki safai', [
    { name: 'add_task_details', args: { recurrence: '*' } },
  ]),
  c('complete', 'roman', 'internet ka bill de diya', [{ name: 'complete_task', args: { task_id: 6 } }]),
  c('reschedule', 'roman', 'dentist wala kaam monday pe kar do', [
    { name: 'set_task_details', args: { task_id: 4 } },
  ]),
  c('skip', 'roman', 'gym kal nahi jaunga, skip kar do', [{ name: 'skip_occurrence', args: { task_id: 5 } }]),
  c('note', 'roman', 'passport wale kaam mein likh do ke photos bhi chahiye', [
    { name: 'update_task', args: { task_id: 8, description: '*' } },
  ]),
  c('remind', 'roman', 'mujhe parson 3 baje yaad dilana ke sara ko call karna hai', [
    { name: 'add_task_details', args: { reminders: '*' } },
  ]),
  c('delete', 'roman', 'gas bill wala task delete kar do', [{ name: 'delete_task', args: { task_id: 7 } }]),
  c('reopen', 'roman', 'kitchen ka tap phir se kharab ho gaya', [
    { name: 'reopen_task', args: { task_id: 10 } },
  ]),
  c('add', 'roman', 'shaam ko sabzi leni hai', [{ name: 'add_task_details' }]),
  c('add', 'roman', 'bhai ki shaadi ke liye suit silwana hai agle hafte', [{ name: 'add_task_details' }]),
  c('add', 'ur', 'کل شام پانچ بجے درزی سے کپڑے لینے ہیں', [
    { name: 'add_task_details', args: { due_at: '2026-03-11T12:00:00.000Z' } },
  ]),
  c('repeat', 'ur', 'ہر اتوار گاڑی دھونی ہے', [{ name: 'add_task_details', args: { recurrence: '*' } }]),
  c('complete', 'ur', 'دودھ لے آیا ہوں', [{ name: 'complete_task', args: { task_id: 1 } }]),
  c('complete', 'ur', 'کپڑے استری ہو گئے', [{ name: 'complete_task', args: { task_id: 6 } }]),
  c('reschedule', 'ur', 'ڈاکٹر والا کام پیر کو کر دیں', [{ name: 'set_task_details', args: { task_id: 5 } }]),
  c('delete', 'ur', 'گیس کے بل والا کام مٹا دیں', [{ name: 'delete_task', args: { task_id: 3 } }]),
  c('note', 'ur', 'فیس والے کام میں لکھ دیں کہ چیک سے دینی ہے', [
    { name: 'update_task', args: { task_id: 7, description: '*' } },
  ]),
  c('remind', 'ur', 'مجھے کل صبح نو بجے یاد دلانا کہ امی کو دوائی دینی ہے', [
    { name: 'add_task_details', args: { reminders: '*' } },
  ]),
  ask('ur', 'بل جمع کرانا ہے'),
  c('reopen', 'ur', 'امی کو فون ابھی نہیں کیا', [{ name: 'reopen_task', args: { task_id: 4 } }]),
  c('add', 'ur', 'جمعے کو بچوں کو پارک لے کر جانا ہے', [
    { name: 'add_task_details', args: { due_date: '2026-03-13' } },
  ]),
  c('add', 'ur', 'پرسوں صبح گیارہ بجے بینک میں میٹنگ', [
    { name: 'add_task_details', args: { due_at: '2026-03-12T06:00:00.000Z' } },
  ]),
  c('priority', 'ur', 'فیس والا کام سب سے ضروری ہے', [
    { name: 'set_task_details', args: { task_id: 7, priority: 'high' } },
  ]),

  c('note', 'en', 'for the passport one, note that I need two photos and the old passport', [
    { name: 'update_task', args: { task_id: 8, description: '*' } },
  ]),
  c('note', 'en', 'flight to dubai - remember to use the emirates miles', [
    { name: 'update_task', args: { task_id: 11, description: '*' } },
  ]),
  ask('en', "turns out I didn't book the flight, the payment failed"),
  c('reopen', 'en', 'the tap thing is not actually fixed', [{ name: 'reopen_task', args: { task_id: 10 } }]),
  c('reschedule', 'en', 'push sara gift to saturday', [
    { name: 'set_task_details', args: { task_id: 12, due_date: '2026-03-14' } },
  ]),
  c('reschedule', 'en', 'can you move the internet bill to the 20th', [
    { name: 'set_task_details', args: { task_id: 6, due_date: '2026-03-20' } },
  ]),
  ask('en', 'move the bill to friday'),
  ask('en', 'mark the bill as paid'),
  c('add', 'en', 'tomorow evening pick up kids from school', [{ name: 'add_task_details' }]),
  c('add', 'en', 'yoga class starting next monday 7am', [{ name: 'add_task_details' }]),
  c('add', 'en', 'Could you please put down that I have to collect my reports from the lab on thursday', [
    { name: 'add_task_details', args: { due_date: '2026-03-12' } },
  ]),
  c('add', 'en', 'dinner at nanis place sunday night', [{ name: 'add_task_details' }]),
  c('complete', 'en', 'done with the expense report', [{ name: 'complete_task', args: { task_id: 1 } }]),
  c('complete', 'en', 'passport renewed finally!!', [{ name: 'complete_task', args: { task_id: 8 } }]),
  c('delete', 'en', "i don't need the groceries task anymore", [
    { name: 'delete_task', args: { task_id: 3 } },
  ]),
  c('priority', 'en', 'the flight booking is urgent', [
    { name: 'set_task_details', args: { task_id: 11, priority: 'high' } },
  ]),
  c('read', 'en', 'what bills do i have', [], { reply: '(?=[\\s\\S]*internet)(?=[\\s\\S]*gas)' }),
  c('read', 'en', 'when is the dentist', [], { reply: '13|fri' }),
  c('remind', 'en', 'remind me about the gas bill the day before', [
    { name: 'set_task_details', args: { task_id: 7, reminders: '*' } },
  ]),
  c('skip', 'en', 'skip this weeks review', [{ name: 'skip_occurrence', args: { task_id: 9 } }]),
  c('tags', 'en', 'tag the flight with travel', [
    { name: 'set_task_details', args: { task_id: 11, tags: ['travel'] } },
  ]),
  c('multi', 'en', 'paid the internet bill and also push the gas bill to next friday', [
    { name: 'complete_task', args: { task_id: 6 } },
    { name: 'set_task_details', args: { task_id: 7 } },
  ]),
  c('note', 'roman', 'flight wale task mein likh do ke window seat chahiye', [
    { name: 'update_task', args: { task_id: 11, description: '*' } },
  ]),
  c('reopen', 'roman', 'kitchen tap wala kaam abhi tak theek nahi hua', [
    { name: 'reopen_task', args: { task_id: 10 } },
  ]),
  c('reschedule', 'roman', 'sara ka gift saturday tak kar do', [
    { name: 'set_task_details', args: { task_id: 12, due_date: '2026-03-14' } },
  ]),
  c('add', 'roman', 'parson shaam 5 baje dost ki birthday party', [
    { name: 'add_task_details', args: { due_at: '2026-03-12T12:00:00.000Z' } },
  ]),
  c('add', 'roman', 'kal subha nau baje gaari ki service karwani hai', [
    { name: 'add_task_details', args: { due_at: '2026-03-11T04:00:00.000Z' } },
  ]),
  c('complete', 'roman', 'expense report bhej di', [{ name: 'complete_task', args: { task_id: 1 } }]),
  c('multi', 'roman', 'doodh le aana aur kal bank bhi jana hai', [
    { name: 'add_task' },
    { name: 'add_task_details' },
  ]),
  c('delete', 'roman', 'gym wala task hata do', [{ name: 'delete_task', args: { task_id: 5 } }]),
  ask('roman', 'bill wala kaam kal kar do'),
  c('note', 'ur', 'بجلی کے بل والے کام میں لکھ دیں کہ میٹر نمبر ۱۲۳ ہے', [
    { name: 'update_task', args: { task_id: 2, description: '*' } },
  ]),
  c('reopen', 'ur', 'امی کو فون والا کام دوبارہ کھول دیں', [{ name: 'reopen_task', args: { task_id: 4 } }]),
  c('reschedule', 'ur', 'فیس والا کام جمعے تک آگے کر دیں', [
    { name: 'set_task_details', args: { task_id: 7, due_date: '2026-03-13' } },
  ]),
  c('multi', 'ur', 'دودھ لے آیا ہوں اور کپڑے بھی استری ہو گئے', [
    { name: 'complete_task', args: { task_id: 1 } },
    { name: 'complete_task', args: { task_id: 6 } },
  ]),
  c('multi', 'ur', 'کل بازار جانا ہے اور پرسوں بچوں کو ڈاکٹر کے پاس لے جانا ہے', [
    { name: 'add_task_details' },
    { name: 'add_task_details' },
  ]),
  c('add', 'ur', 'ہر مہینے کی پانچ تاریخ کو کرایہ دینا ہے', [
    { name: 'add_task_details', args: { recurrence: '*' } },
  ]),
  c('delete', 'ur', 'کپڑے استری والا کام ہٹا دیں', [{ name: 'delete_task', args: { task_id: 6 } }]),
  ask('ur', 'بل والا کام کل پر کر دیں'),
  c('read', 'ur', 'کل کیا کیا کرنا ہے؟', [], { reply: '[\\s\\S]' }),
];
