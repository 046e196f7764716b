// A twenty-fifth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts (its first 150 lines), the first 75 lines of rules-assistant/eval/utterances.ts (types,
// FIXTURES) and the first 200 lines of rules-assistant/eval/heldout23.ts (its header: format, judging conventions,
// clock, how fixtures are declared, its first fixtures; no case of it falls in those lines). Also
// seen: directory listings of /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only). Not opened:
// anything under rules-assistant/engine/, docs/, test/, eval/intent-*.ts, eval/round*.ts,
// eval/probes*.ts, rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set's
// cases (rules-assistant/eval/heldout24.ts not at all), any git history, diff, log or status (one `git diff --stat` of
// this file alone was run by mistake, its output thrown away unread), any eval output. The
// assistant was never run on these cases; only the file's type check and lint, its own reply regexes
// (through judge() against hand-written replies, rules-assistant/eval/run.ts imported with the offline assistant's
// modules replaced by a stub through a module resolve hook, so none of its code ran) and its expected
// calls (fed straight to the in-memory tools with each case's fixture and this set's clock, and once
// more to the real tools through rules-assistant/eval/db-tools.ts's openEvalDatabase(HELDOUT25_NOW); the fixtures also
// parsed by the service's TaskInputSchema) were checked, from throwaway scripts outside the repository.
// People (new ones): an electrician in Rawalpindi (rewiring the kitchens of the Qureshi and the Anwar
// houses, a solar inverter at Dr Haider's clinic, copper cable from Raja Bazaar, a meter-shifting
// application to IESCO, his helper Shakeel's weekly wages, the earthing at a Gulberg plaza, the van's
// brakes, a DB-panel quote for a factory on the shared list Office, his mother's ceiling fan on Family,
// his contractor licence, faulty breakers, a changeover switch at a school); a school principal in
// Multan (interviews for the maths and the physics teacher posts, the fee defaulters list, sports day,
// the Monday staff meeting, the boundary wall, the board exam centre list for BISE on Office, salary
// sheets, library books, her daughter Mehreen's wedding shopping on Family, an inspection letter, a
// Class 8 parent-teacher meeting, the canteen's weekly hygiene check); a journalist in Karachi
// (transcribing interviews with the Water Board MD and a tanker union leader, the tanker story, a
// weekly magazine column, press club dues, flood relief figures, a press card, a heatwave pitch on
// Office, picking up his daughter Zoya from tuition on Family, recorder backups, a KMC source, a Lyari
// photo shoot); a beautician with a salon in Faisalabad who types Roman Urdu (Hina's and Rabia's
// bridal makeup, facial kits and wax, the salon rent, the girls' salaries, a hair straightener, an Eid
// offer post, her mother's medicine on Family, the steamer's service, nail paint stock, Sadaf's party
// makeup advance, towels washed every Tuesday); a gym trainer in Lahore who types Roman Urdu (diet plans
// for Usman and Fahad, the treadmill belt, membership renewals for Bilal on Office, leg day, protein
// stock, Saad's body-composition test, his father's blood pressure on Family, a certification course,
// the mirrors, dumbbell rates, a Zumba schedule); a bookshop owner in Urdu Bazaar, Lahore, who types
// Roman Urdu (packing the Class 6 and Class 7 book sets, a payment to Sang-e-Meel, the monthly stock
// count, returning unsold copies, a book fair stall, the shop rent, a school order, a quotation for
// Bilal's school on Office, his daughter's school van fee on Family, a carpenter, the munshi's weekly
// pay); a truck owner who types Urdu (the token tax of the Hino and the Mazda trucks, the Hino's tyres,
// his driver Akram's salary, money for a Karachi bilty, a motorway challan, the Mazda's oil change,
// the adda's rent, his son's motorcycle instalment on Family, a fitness certificate, loading goods for
// Multan, squaring the ledger with the munshi); a new mother who types Urdu (check-ups with Dr Sadia
// and Dr Farhan, the baby's six-week vaccine, nappies and formula, goats for the aqeeqa on Family, the
// B-form from NADRA, a maternity-leave letter on Office, nightly vitamin D drops, thanking her aunt,
// washing the baby's clothes, a postnatal yoga class, printing photos); a lawyer who types Urdu
// (hearings in Bashir sahib's and Nazir sahib's cases, a stay-order application, the bar council fee,
// the munshi's weekly pay, an affidavit, judgments from the High Court library, a fee talk with a new
// client, his mother's pension papers on Family, photocopies of a property-case file on Office, the
// chamber's rent, reminding a witness). They type the way people do: no command words, typos, texting
// shorthand, long indirect sentences, politeness, several requests at once, relative dates, recurring
// things, reminders, edits (dates, priority, titles, notes, tags), done and not-done news, reopening
// without the word, moves, assignments, comments, subtasks, deletes, skips, a new list, questions, two
// similar tasks and vague or destructive requests (right outcome: ask), small talk (no tool at all).
// One message a case, no earlier turn.
// 150 cases: 60 English, 45 Roman Urdu, 45 Urdu script.
// Intents (this set's labels, as heldout23's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 11, details 21, complete 12, reopen 7, update 9, edit 14, delete 7, skip 5, move 6,
// assign 5, comment 5, subtask 6, list 4, read 13, ask 11, chat 6, multi 8.
// Fixtures (its own): BIJLI (the electrician), PRINCIPAL, SAHAFI (the journalist) (Latin-script
// titles, for English cases); SALON, GYM, KITAB (the bookshop) (Latin-script titles, for Roman Urdu
// cases); TRUCK, AMMI (the new mother), WAKEEL (the lawyer) (Urdu-script titles, for Urdu cases).
// Similar pairs: BIJLI 1/2 (rewiring the Qureshi and the Anwar kitchens), PRINCIPAL 1/2 (the maths and
// the physics teacher interviews), SAHAFI 1/2 (the Water Board MD's and the tanker union leader's
// interview transcripts), SALON 1/2 (Hina's and Rabia's bridal makeup), GYM 1/2 (Usman's and Fahad's
// diet plans), KITAB 1/2 (the Class 6 and Class 7 book sets), TRUCK 1/2 (the Hino's and the Mazda's
// token tax), AMMI 1/2 (the check-ups with Dr Sadia and with Dr Farhan), WAKEEL 1/2 (the hearings of
// Bashir sahib's and Nazir sahib's cases). Lists named Family and Office are the shared lists of
// SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns
// it, the user and Sara editors); Jobs, Stock, Admin, Staff, Events, Stories, Bookings, Saman, Clients,
// Gym, Orders, Dukaan, گاڑیاں, حساب, منا, گھر, مقدمات and چیمبر are the user's own. No list is named
// Club. Every move goes to one of the user's own lists (no task moves into or out of Office, a list
// someone else owns); every assignment is to Sara (an editor of Family and of Office) or to Bilal (the
// owner of Office).
// Clock (its own): Friday 2033-03-11 18:45 Asia/Karachi (UTC+5, no DST) = 2033-03-11T13:45:00.000Z
// (node confirms 2033-03-11 is a Friday), exported as HELDOUT25_NOW / HELDOUT25_ZONE; run it with
// runEval's clock argument set to them (and, on the real tools, a database opened with
// openEvalDatabase(HELDOUT25_NOW)). Worked out with node:
//   today (aaj, آج) = Fri 03-11; tomorrow (tmrw, kal, کل) = Sat 03-12; day after tomorrow (parson,
//   پرسوں) = Sun 03-13 (also "sunday", itwar); Monday (is monday, پیر) = 03-14; Tuesday (is mangal,
//   منگل, اس منگل) = 03-15; Wednesday (بدھ) = 03-16; Thursday (جمعرات) = 03-17, also "every thursday,
//   starting next week", "agli jumeraat" and "اگلی جمعرات"; the 15th (15 tareekh) = Tue 03-15; the
//   18th (18 tak) = Fri 03-18; the 19th (19 tareekh) = Sat 03-19; the 20th = Sun 03-20; the 25th = Fri
//   03-25; the 26th = Sat 03-26; end of the month = Thu 03-31; "every month on the 28th": its first =
//   Mon 03-28; "every month on the 1st" (har mahine ki 1 tareekh): its first = Fri 04-01 (03-01 is
//   past); "every month on the 5th" (ہر مہینے کی پانچ تاریخ): its first = Tue 04-05 (03-05 is past);
//   "every saturday, starting tomorrow": its first = Sat 03-12.
//   Clock times (PKT = UTC+5), as UTC ISO: today 7:30pm = 2033-03-11T14:30:00.000Z; tomorrow (Sat
//   03-12) 5pm = 2033-03-12T12:00:00.000Z, 9pm = 16:00Z; Sun 03-13 11am = 2033-03-13T06:00:00.000Z;
//   Mon 03-14 7am = 2033-03-14T02:00:00.000Z, 3pm = 10:00Z; Tue 03-15 11:30am =
//   2033-03-15T06:30:00.000Z; Wed 03-16 10am = 2033-03-16T05:00:00.000Z, 5pm = 12:00Z; Thu 03-17 10am
//   = 2033-03-17T05:00:00.000Z; Sat 03-19 6pm = 2033-03-19T13:00:00.000Z. "Remind me an hour before"
//   (ek ghanta pehle, ایک گھنٹہ پہلے) = 60 minutes, "a day before" (ایک دن پہلے) = 1440.
// Judging conventions (those of the earlier blind sets, as heldout23's header states them): a plain
// add (a title, maybe a note) expects add_task; an add with a due moment, priority, tags, a list, a
// recurrence or a reminder expects add_task_details. All-day dates are due_date, a clock time is
// due_at. Titles (and list names) are listed only where the request fixes them (quoted, or after a
// colon, or "called X"); RRULEs and free-text notes and comments are '*' (present), as is an assignee
// (the person's name may be given in several forms). "Remind me N minutes / hours / a day before"
// expects reminders [{ minutes_before: N }]; other reminders are '*'. "Remind me" expects reminders (a
// due moment alone is not a reminder). Changes to existing tasks name their task_id; tags are the
// whole new list. Reads are judged by the reply (titles or the date it must name), not by which read
// tool was used. Several changes in one message are expected in the order the message gives them.
// Anything ambiguous is '*' or left out of args. In this set: an edit of a due moment lists only the
// new due field (the other one is not listed, neither present nor absent); "urgent", "top priority",
// "high priority", "bohat zaroori" are priority high; a new recurring task lists its first occurrence
// as its due_date.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT25_NOW = new Date('2033-03-11T13:45:00.000Z'); // Friday 18:45 in Karachi
export const HELDOUT25_ZONE = 'Asia/Karachi';

/** The electrician in Rawalpindi. */
const BIJLI: FixtureTask[] = [
  { id: 1, title: 'Rewire the kitchen at the Qureshi house', list: 'Jobs', due_date: '2033-03-12' },
  { id: 2, title: 'Rewire the kitchen at the Anwar house', list: 'Jobs', due_date: '2033-03-14' },
  {
    id: 3,
    title: "Install 3kW solar inverter at Dr Haider's clinic",
    list: 'Jobs',
    priority: 'high',
    due_at: '2033-03-13T05:00:00.000Z',
  },
  { id: 4, title: 'Buy 7/29 copper cable from Raja Bazaar', list: 'Stock', due_date: '2033-03-11' },
  { id: 5, title: 'Submit meter shifting application to IESCO', tags: ['govt'], due_date: '2033-03-16' },
  {
    id: 6,
    title: 'Pay Shakeel his weekly wages',
    tags: ['wages'],
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2033-03-12',
  },
  { id: 7, title: 'Fix the earthing at the Gulberg plaza', list: 'Jobs', completed: true },
  { id: 8, title: "Get the van's brakes checked", due_date: '2033-03-09' },
  { id: 9, title: 'Quote for the factory DB panel', list: 'Office', due_date: '2033-03-15' },
  { id: 10, title: "Fix Ammi's bedroom ceiling fan", list: 'Family' },
  { id: 11, title: 'Renew electrical contractor licence', priority: 'medium', due_date: '2033-03-31' },
  { id: 12, title: 'Return the faulty breakers to the supplier', list: 'Stock', completed: true },
  {
    id: 13,
    title: 'Service the changeover switch at Al-Noor school',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=15',
    due_date: '2033-03-15',
  },
];

/** The school principal in Multan. */
const PRINCIPAL: FixtureTask[] = [
  { id: 1, title: 'Interview for the maths teacher post', list: 'Staff', due_at: '2033-03-14T05:00:00.000Z' },
  {
    id: 2,
    title: 'Interview for the physics teacher post',
    list: 'Staff',
    due_at: '2033-03-15T05:00:00.000Z',
  },
  {
    id: 3,
    title: 'Finalise the fee defaulters list',
    list: 'Admin',
    priority: 'high',
    due_date: '2033-03-12',
  },
  { id: 4, title: 'Sports day arrangements', list: 'Events', due_date: '2033-03-25' },
  {
    id: 5,
    title: 'Staff meeting',
    list: 'Staff',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_at: '2033-03-14T03:00:00.000Z',
  },
  { id: 6, title: 'Get the boundary wall repaired', list: 'Admin', due_date: '2033-03-08' },
  {
    id: 7,
    title: 'Send the board exam centre list to BISE',
    list: 'Office',
    priority: 'high',
    due_date: '2033-03-16',
  },
  { id: 8, title: 'Sign the March salary sheets', list: 'Admin', completed: true },
  { id: 9, title: 'Order new library books', tags: ['library'] },
  { id: 10, title: "Shopping for Mehreen's wedding", list: 'Family', due_date: '2033-03-20' },
  { id: 11, title: "Reply to the inspection team's letter", completed: true },
  { id: 12, title: 'Parent-teacher meeting for Class 8', list: 'Events', due_date: '2033-03-19' },
  { id: 13, title: 'Check the canteen hygiene', recurrence: 'FREQ=WEEKLY;BYDAY=TH', due_date: '2033-03-17' },
];

/** The journalist in Karachi. */
const SAHAFI: FixtureTask[] = [
  { id: 1, title: 'Transcribe interview with the Water Board MD', list: 'Stories', due_date: '2033-03-12' },
  {
    id: 2,
    title: 'Transcribe interview with the tanker union leader',
    list: 'Stories',
    due_date: '2033-03-13',
  },
  {
    id: 3,
    title: 'File the water tanker mafia story',
    list: 'Stories',
    priority: 'high',
    due_at: '2033-03-14T12:00:00.000Z',
  },
  {
    id: 4,
    title: 'Weekly column for the Sunday magazine',
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    due_date: '2033-03-16',
  },
  { id: 5, title: 'Pay press club dues', tags: ['bills'], due_date: '2033-03-31' },
  { id: 6, title: 'Fact-check the flood relief figures', list: 'Stories', completed: true },
  { id: 7, title: 'Renew press card', due_date: '2033-03-10' },
  { id: 8, title: 'Pitch the heatwave series to the editor', list: 'Office', due_date: '2033-03-15' },
  { id: 9, title: 'Pick up Zoya from tuition', list: 'Family', due_at: '2033-03-11T14:00:00.000Z' },
  { id: 10, title: 'Back up the recorder files', tags: ['tech'], completed: true },
  { id: 11, title: 'Call Nadeem at KMC about the budget documents', due_date: '2033-03-11' },
  { id: 12, title: 'Book a photographer for the Lyari shoot', list: 'Stories', due_date: '2033-03-17' },
];

/** The beautician with a salon in Faisalabad (types Roman Urdu). */
const SALON: FixtureTask[] = [
  { id: 1, title: 'Hina ka bridal makeup (barat)', list: 'Bookings', due_at: '2033-03-13T08:00:00.000Z' },
  { id: 2, title: 'Rabia ka bridal makeup (mehndi)', list: 'Bookings', due_at: '2033-03-16T11:00:00.000Z' },
  { id: 3, title: 'Facial kits aur wax mangwana', list: 'Saman', due_date: '2033-03-12' },
  {
    id: 4,
    title: 'Salon ka kiraya dena',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2033-04-05',
  },
  { id: 5, title: 'Larkiyon ki tankhwah', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2033-04-01' },
  { id: 6, title: 'Hair straightener theek karwana', completed: true },
  { id: 7, title: 'Instagram pe Eid offer post karna', priority: 'medium', due_date: '2033-03-14' },
  { id: 8, title: 'Ammi ke liye dawai lana', list: 'Family', due_date: '2033-03-11' },
  { id: 9, title: 'Steamer machine ki service', list: 'Saman', due_date: '2033-03-08' },
  { id: 10, title: 'Nail paint ka naya stock', list: 'Saman', completed: true },
  {
    id: 11,
    title: 'Sadaf ke party makeup ka advance lena',
    list: 'Bookings',
    priority: 'high',
    due_date: '2033-03-12',
  },
  { id: 12, title: 'Towels dhulwana', recurrence: 'FREQ=WEEKLY;BYDAY=TU', due_date: '2033-03-15' },
];

/** The gym trainer in Lahore (types Roman Urdu). */
const GYM: FixtureTask[] = [
  { id: 1, title: 'Usman ka diet plan banana', list: 'Clients', due_date: '2033-03-12' },
  { id: 2, title: 'Fahad ka diet plan banana', list: 'Clients', due_date: '2033-03-13' },
  { id: 3, title: 'Treadmill ki belt change karwani', list: 'Gym', priority: 'high', due_date: '2033-03-11' },
  { id: 4, title: 'Membership renewals ki list Bilal bhai ko dena', list: 'Office', due_date: '2033-03-14' },
  { id: 5, title: 'Leg day', recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH', due_at: '2033-03-14T01:00:00.000Z' },
  { id: 6, title: 'Whey protein stock check', list: 'Gym', completed: true },
  {
    id: 7,
    title: 'Saad ka body composition test',
    list: 'Clients',
    due_at: '2033-03-12T13:00:00.000Z',
  },
  { id: 8, title: 'Abbu ka BP check karwana', list: 'Family', due_date: '2033-03-13' },
  { id: 9, title: 'Certification course ki fees', tags: ['fees'], due_date: '2033-03-20' },
  {
    id: 10,
    title: 'Mirrors saaf karwana',
    list: 'Gym',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2033-03-13',
  },
  { id: 11, title: 'Naye dumbbells ka rate poochna', completed: true },
  { id: 12, title: 'Zumba class ka schedule banana', list: 'Gym', due_date: '2033-03-09' },
];

/** The bookshop owner in Urdu Bazaar, Lahore (types Roman Urdu). */
const KITAB: FixtureTask[] = [
  { id: 1, title: 'Class 6 ke book sets pack karne', list: 'Orders', due_date: '2033-03-12' },
  { id: 2, title: 'Class 7 ke book sets pack karne', list: 'Orders', due_date: '2033-03-14' },
  {
    id: 3,
    title: 'Sang-e-Meel ko payment bhejni',
    priority: 'high',
    tags: ['payments'],
    due_date: '2033-03-11',
  },
  {
    id: 4,
    title: 'Stock ki ginti',
    list: 'Dukaan',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2033-04-01',
  },
  { id: 5, title: 'Na bikne wali copies publisher ko wapas karni', list: 'Dukaan', due_date: '2033-03-16' },
  { id: 6, title: 'Book fair ke stall ki booking', priority: 'medium', due_date: '2033-03-20' },
  { id: 7, title: 'Dukaan ka kiraya', tags: ['bills'], due_date: '2033-03-10' },
  { id: 8, title: 'Beaconhouse school ka order deliver karna', list: 'Orders', completed: true },
  { id: 9, title: 'Bilal bhai ke school ka quotation', list: 'Office', due_date: '2033-03-15' },
  { id: 10, title: 'Beti ki school van ki fees', list: 'Family', due_date: '2033-03-12' },
  { id: 11, title: 'Shelf ke liye carpenter bulana', completed: true },
  {
    id: 12,
    title: 'Munshi ko hafte ki tankhwah',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2033-03-17',
  },
];

/** The truck owner (types Urdu). */
const TRUCK: FixtureTask[] = [
  { id: 1, title: 'ہینو ٹرک کا ٹوکن ٹیکس جمع کرانا', list: 'گاڑیاں', due_date: '2033-03-15' },
  { id: 2, title: 'مزدا ٹرک کا ٹوکن ٹیکس جمع کرانا', list: 'گاڑیاں', due_date: '2033-03-18' },
  { id: 3, title: 'ہینو کے پچھلے ٹائر بدلوانا', list: 'گاڑیاں', priority: 'high', due_date: '2033-03-12' },
  {
    id: 4,
    title: 'ڈرائیور اکرم کی تنخواہ',
    tags: ['تنخواہ'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2033-04-01',
  },
  {
    id: 5,
    title: 'کراچی والی بلٹی کے پیسے وصول کرنا',
    list: 'حساب',
    priority: 'high',
    due_date: '2033-03-11',
  },
  { id: 6, title: 'موٹر وے کا چالان بھرنا', due_date: '2033-03-09' },
  {
    id: 7,
    title: 'مزدا کا آئل چینج',
    list: 'گاڑیاں',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2033-03-20',
  },
  { id: 8, title: 'اڈے کا کرایہ', list: 'حساب', completed: true },
  { id: 9, title: 'بیٹے کی موٹر سائیکل کی قسط', list: 'Family', due_date: '2033-03-15' },
  { id: 10, title: 'فٹنس سرٹیفکیٹ بنوانا', completed: true },
  { id: 11, title: 'ملتان کا مال لوڈ کروانا', due_at: '2033-03-12T01:00:00.000Z' },
  {
    id: 12,
    title: 'منشی سے کھاتہ ملانا',
    list: 'حساب',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2033-03-12',
  },
];

/** The new mother (types Urdu). */
const AMMI: FixtureTask[] = [
  { id: 1, title: 'ڈاکٹر سعدیہ کے پاس چیک اپ', due_at: '2033-03-14T06:00:00.000Z' },
  { id: 2, title: 'ڈاکٹر فرحان کے پاس چیک اپ', list: 'منا', due_at: '2033-03-16T06:00:00.000Z' },
  { id: 3, title: 'منے کا چھ ہفتے والا ٹیکہ', list: 'منا', priority: 'high', due_date: '2033-03-15' },
  { id: 4, title: 'پیمپر اور فارمولا دودھ منگوانا', list: 'گھر', due_date: '2033-03-11' },
  { id: 5, title: 'عقیقے کے لیے بکرے کا انتظام', list: 'Family', priority: 'medium', due_date: '2033-03-19' },
  { id: 6, title: 'نادرا سے ب فارم بنوانا', due_date: '2033-03-10' },
  { id: 7, title: 'دفتر کو میٹرنٹی لیو کی درخواست بھیجنا', list: 'Office', completed: true },
  {
    id: 8,
    title: 'رات کو وٹامن ڈی کے قطرے',
    list: 'منا',
    recurrence: 'FREQ=DAILY',
    due_at: '2033-03-11T16:00:00.000Z',
  },
  { id: 9, title: 'خالہ کو شکریے کا فون', completed: true },
  {
    id: 10,
    title: 'بچے کے کپڑے دھونا',
    list: 'گھر',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU,SA',
    due_date: '2033-03-12',
  },
  { id: 11, title: 'پوسٹ نیٹل یوگا کی کلاس ڈھونڈنا', tags: ['صحت'] },
  { id: 12, title: 'منے کی تصویریں پرنٹ کروانا', list: 'گھر', due_date: '2033-03-20' },
];

/** The lawyer (types Urdu). */
const WAKEEL: FixtureTask[] = [
  { id: 1, title: 'بشیر صاحب کے کیس کی پیشی', list: 'مقدمات', due_at: '2033-03-14T04:00:00.000Z' },
  { id: 2, title: 'نذیر صاحب کے کیس کی پیشی', list: 'مقدمات', due_at: '2033-03-15T04:00:00.000Z' },
  {
    id: 3,
    title: 'حکم امتناعی کی درخواست تیار کرنا',
    list: 'مقدمات',
    priority: 'high',
    due_date: '2033-03-12',
  },
  { id: 4, title: 'بار کونسل کی سالانہ فیس', tags: ['فیس'], due_date: '2033-03-31' },
  {
    id: 5,
    title: 'منشی کی ہفتہ وار تنخواہ',
    list: 'چیمبر',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2033-03-12',
  },
  { id: 6, title: 'بیان حلفی ٹائپ کروانا', list: 'چیمبر', completed: true },
  { id: 7, title: 'ہائی کورٹ کی لائبریری سے فیصلے نکلوانا', due_date: '2033-03-09' },
  { id: 8, title: 'نئے کلائنٹ سے فیس کی بات', priority: 'medium', due_date: '2033-03-14' },
  { id: 9, title: 'امی کی پنشن کے کاغذات', list: 'Family', due_date: '2033-03-16' },
  { id: 10, title: 'جائیداد کیس کی فائل کی فوٹو کاپی', list: 'Office', due_date: '2033-03-15' },
  {
    id: 11,
    title: 'چیمبر کا کرایہ',
    list: 'چیمبر',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2033-04-10',
  },
  { id: 12, title: 'گواہ کو فون کر کے یاد دلانا', completed: true },
];

export const heldout25: Utterance[] = [
  // ---------------------------------------------------------------- English: the electrician (BIJLI)
  {
    intent: 'add',
    lang: 'en',
    text: 'my old tester finally died, need to pick up a new one plus a crimping tool sometime',
    fixture: BIJLI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "Qureshi sahib's neighbour wants a quote for a 5kva UPS, im going over there sunday at 11 in the morning",
    fixture: BIJLI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2033-03-13T06:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "gotta collect the balance from anwar sb for the kitchen job on the 20th, it's urgent tbh he's been dodging me",
    fixture: BIJLI,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2033-03-20', priority: 'high' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'every saturday i should restock the van with switches, sockets and tape. starting tomorrow pls',
    fixture: BIJLI,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2033-03-12' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Qureshi kitchen wiring all wrapped up, aunty was very happy with it',
    fixture: BIJLI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'picked up the copper cable from raja bazar this afternoon',
    fixture: BIJLI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the earthing at gulberg plaza is tripping again, looks like I have to go back there',
    fixture: BIJLI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 7 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "the inverter at dr haider's clinic is a 5kW one not 3, can u correct that",
    fixture: BIJLI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the IESCO application can wait till the end of the month honestly',
    fixture: BIJLI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2033-03-31' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "Anwar's kitchen rewiring is top priority now, he's called me twice today",
    fixture: BIJLI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'scrap the anwar house kitchen job, they went with some other electrician',
    fixture: BIJLI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "Shakeel's on leave this week so no wages tomorrow, we'll pay him next saturday as usual",
    fixture: BIJLI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 6 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the changeover switch servicing at Al-Noor school belongs with my jobs, not floating around loose',
    fixture: BIJLI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 13, list: 'Jobs' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "let Sara take the factory DB panel quote, I'm completely swamped",
    fixture: BIJLI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'put a comment on the factory DB panel quote: client wants Schneider breakers only, no local stuff',
    fixture: BIJLI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: "Dr Haider's inverter job has one more step under it: buy mounting brackets",
    fixture: BIJLI,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: 'buy mounting brackets' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'whats on my plate tmrw?',
    fixture: BIJLI,
    expect: { reply: '(?=[\\s\\S]*Qureshi)(?=[\\s\\S]*Shakeel)' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'kitchen rewiring is done, tick it off',
    fixture: BIJLI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'long day man. three sites and a blown transformer 😩',
    fixture: BIJLI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Dr Haider's inverter is installed and running! also push the van brakes thing to monday",
    fixture: BIJLI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2033-03-14' } },
      ],
    },
  },
  // ---------------------------------------------------------------- English: the principal (PRINCIPAL)
  {
    intent: 'add',
    lang: 'en',
    text: 'The fire extinguishers in the science lab are due for refilling, please note that down somewhere.',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "One for the list: 'Order chalk and whiteboard markers'",
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'add_task', args: { title: 'Order chalk and whiteboard markers' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Annual result day is on the 25th, could you keep it with the other events please',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2033-03-25', list: 'Events' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'I have a meeting with the district education officer on tuesday at 11:30am, remind me an hour before',
    fixture: PRINCIPAL,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2033-03-15T06:30:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "I'd like to go through the teachers' lesson diaries every thursday, starting next week",
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2033-03-17' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'The boundary wall is finally repaired, alhamdulillah',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finalised the defaulters list and handed it over to accounts',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'ugh the salary sheets came back from accounts with mistakes, so that one isnt finished after all',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "The PTM is for class 8 AND class 9 now, so it should read 'Parent-teacher meeting for Classes 8 and 9'",
    fixture: PRINCIPAL,
    expect: {
      calls: [
        { name: 'update_task', args: { task_id: 12, title: 'Parent-teacher meeting for Classes 8 and 9' } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'on the library books one, jot down that the budget is 40,000 and we need Urdu novels too',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 9, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the maths teacher interview has to shift to wednesday, same time',
    fixture: PRINCIPAL,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 1, due_at: '2033-03-16T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the library books thing should carry a budget tag as well',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, tags: ['library', 'budget'] } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "get rid of the inspection team's letter one, that's ancient history",
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'Library books should really live in Admin',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'Admin' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Bilal is the one who should be sending the exam centre list to BISE, not me',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 7, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'on the BISE centre list, let the others know the main hall seats 240 students max',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 7, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'Is anything overdue? I feel like I am forgetting something',
    fixture: PRINCIPAL,
    expect: { reply: 'boundary wall' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push the interview to next week',
    fixture: PRINCIPAL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'I want a separate list, Annual Day, for all the function stuff',
    fixture: PRINCIPAL,
    expect: { calls: [{ name: 'create_list', args: { name: 'Annual Day' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "no staff meeting this monday since it's a holiday, and can the PTM move to the 26th",
    fixture: PRINCIPAL,
    expect: {
      calls: [
        { name: 'skip_occurrence', args: { task_id: 5 } },
        { name: 'set_task_details', args: { task_id: 12, due_date: '2033-03-26' } },
      ],
    },
  },
  // ---------------------------------------------------------------- English: the journalist (SAHAFI)
  {
    intent: 'add',
    lang: 'en',
    text: 'gotta return the dslr I borrowed from Faraz',
    fixture: SAHAFI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'my Dawn e-paper subscription needs renewing at some point',
    fixture: SAHAFI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'heads up - presser at the Sindh Assembly monday 3pm, high priority, tag it politics',
    fixture: SAHAFI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2033-03-14T10:00:00.000Z', priority: 'high', tags: ['politics'] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "I keep forgetting the expense claims. 'Submit monthly expense claim' on the 28th of every month please",
    fixture: SAHAFI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'Submit monthly expense claim', recurrence: '*', due_date: '2033-03-28' },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'sent the heatwave pitch to the editor 👍',
    fixture: SAHAFI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'NDMA revised their numbers overnight so the flood relief figures need checking all over again',
    fixture: SAHAFI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "the tanker story has a working headline now - call it 'Who owns Karachi's water?'",
    fixture: SAHAFI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, title: "Who owns Karachi's water?" } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "i'll forget the KMC call for sure, give me a nudge at 9 tonight",
    fixture: SAHAFI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 11, reminders: '*' } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "the Lyari shoot isn't happening anymore, kill the photographer booking",
    fixture: SAHAFI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'the tanker story still needs a map graphic and a quote from the DC, can those go under it',
    fixture: SAHAFI,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 3 } },
        { name: 'add_subtask', args: { task_id: 3 } },
      ],
    },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no column this week, the magazine's taking a break. back to normal the week after",
    fixture: SAHAFI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's coming up for my stories over the next few days?",
    fixture: SAHAFI,
    expect: { reply: '(?=[\\s\\S]*Water Board)(?=[\\s\\S]*tanker)' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "when's the sunday magazine column due next",
    fixture: SAHAFI,
    expect: { reply: 'Wed|16' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'did i ever back up the recorder files or am i dreaming',
    fixture: SAHAFI,
    expect: {
      reply: '^(?![\\s\\S]*(not (yet )?(done|complet)|still open|pending))[\\s\\S]*(yes|done|complet)',
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'honestly just wipe everything, I want a clean slate',
    fixture: SAHAFI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'finished the interview transcript finally',
    fixture: SAHAFI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "you're a lifesaver honestly, thank you",
    fixture: SAHAFI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'elections are coming so I need a list named Election Cell',
    fixture: SAHAFI,
    expect: { calls: [{ name: 'create_list', args: { name: 'Election Cell' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'Water Board MD transcript is done. the tanker union one, i will do it monday instead',
    fixture: SAHAFI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2033-03-14' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "Zoya's tuition pickup is at 7:30 today not 7, and she needs a new geometry box too, put that down",
    fixture: SAHAFI,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 9, due_at: '2033-03-11T14:30:00.000Z' } },
        { name: 'add_task' },
      ],
    },
  },
  // ---------------------------------------------------------------- Roman Urdu: the beautician (SALON)
  {
    intent: 'add',
    lang: 'roman',
    text: 'yaar mujhe naye makeup brushes lene hain kabhi, purane sab kharab ho gaye',
    fixture: SALON,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Sadaf ki behen ne bhi party makeup book kiya hai 19 tareekh sham 6 bjy, Bookings mein rakh lo',
    fixture: SALON,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2033-03-19T13:00:00.000Z', list: 'Bookings' } }],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson subah 11 baje Nadia aayegi keratin ke liye, ek ghanta pehle yaad dila dena plz',
    fixture: SALON,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2033-03-13T06:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har jumeraat ko salon ki deep cleaning honi chahiye, agli jumeraat se shuru karte hain',
    fixture: SALON,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2033-03-17' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'facial kits aur wax dono aa gaye hain aaj',
    fixture: SALON,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Sadaf se advance le liya hai 5000, shukar',
    fixture: SALON,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'uff straightener phir se kharab ho gaya, dobara dukaan pe dena parega',
    fixture: SALON,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'Hina wali booking ke sath likh do ke dulhan ko halka makeup chahiye aur dupatta setting bhi hogi',
    fixture: SALON,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Rabia ka mehndi wala makeup ab 5 bje hai, 4 nahi',
    fixture: SALON,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_at: '2033-03-16T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'eid offer wali post bohat zaroori hai, chand raat se pehle lagni chahiye',
    fixture: SALON,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, priority: 'high' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'steamer ki service wala kaam hata do, machine hi bech di maine',
    fixture: SALON,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is mangal towels nahi dhulenge, dhobi chutti pe gaya hai',
    fixture: SALON,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 12 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal kya kya hai mera?',
    fixture: SALON,
    expect: { reply: '(?=[\\s\\S]*(facial|wax))(?=[\\s\\S]*Sadaf)' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'bridal wali booking ek din aage kar do',
    fixture: SALON,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya jaan, tum na hoti to main pagal ho jati 😂',
    fixture: SALON,
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- Roman Urdu: the gym trainer (GYM)
  {
    intent: 'add',
    lang: 'roman',
    text: 'resistance bands online order karne hain, yaad rakhna',
    fixture: GYM,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal raat 9 baje Usman ke sath call hai uski progress pe',
    fixture: GYM,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2033-03-12T16:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'protein shakers aur towels ka stock har mahine ki 1 tareekh ko check karna hota hai',
    fixture: GYM,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2033-04-01' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'treadmill ki belt lag gayi bhai, smooth chal rahi hai ab',
    fixture: GYM,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "Saad wale test ka naam 'Saad ka InBody scan' kar do, wahi machine hai",
    fixture: GYM,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, title: 'Saad ka InBody scan' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'certification wali fees pe course ka tag bhi laga do',
    fixture: GYM,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, tags: ['fees', 'course'] } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'zumba schedule wali cheez to Clients mein honi chahiye thi',
    fixture: GYM,
    expect: { calls: [{ name: 'move_task', args: { task_id: 12, list: 'Clients' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'membership renewals ki list Sara bana degi, uske hawale kar do',
    fixture: GYM,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 4, assignee: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Fahad ke diet plan ke andar ek chota kaam bhi: supplements ki list',
    fixture: GYM,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 2, title: 'supplements ki list' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'mere clients wale kaam kab kab hain?',
    fixture: GYM,
    expect: { reply: '(?=[\\s\\S]*Usman)(?=[\\s\\S]*Fahad)' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'diet plan wala ho gaya',
    fixture: GYM,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'is monday leg day nahi hoga ghutne mein dard hai, aur Abbu ka BP check itwar ke bajaye somwar ko',
    fixture: GYM,
    expect: {
      calls: [
        { name: 'skip_occurrence', args: { task_id: 5 } },
        { name: 'set_task_details', args: { task_id: 8, due_date: '2033-03-14' } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: "online waale clients ke liye alag list chahiye, 'Online Clients' naam se",
    fixture: GYM,
    expect: { calls: [{ name: 'create_list', args: { name: 'Online Clients' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'whey ka stock dobara ginna parega, hisaab galat nikla',
    fixture: GYM,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  // ---------------------------------------------------------------- Roman Urdu: the bookshop (KITAB)
  {
    intent: 'add',
    lang: 'roman',
    text: 'Bang-e-Dara ki 20 copies mangwani hain, log bohat pooch rahe hain',
    fixture: KITAB,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'book fair ka banner print karwana hai 18 tak, dukaan wali list mein',
    fixture: KITAB,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2033-03-18', list: 'Dukaan' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'Ferozsons walon ko payment karni hai 15 tareekh ko, bohat zaroori hai, payments ka tag',
    fixture: KITAB,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2033-03-15', priority: 'high', tags: ['payments'] },
        },
      ],
    },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'class 6 ke saare sets pack ho gaye, alhamdulillah',
    fixture: KITAB,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'na bikne wali copies ke sath note likh do: 40 copies Sang-e-Meel ki, 25 Jumhoori ki',
    fixture: KITAB,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'dukaan ka kiraya kal de dunga inshallah, tareekh kal ki kar do',
    fixture: KITAB,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2033-03-12' } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'carpenter wala purana kaam mita do, ab uski zaroorat nahi',
    fixture: KITAB,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'book fair stall wali booking dukaan wali list mein daal do',
    fixture: KITAB,
    expect: { calls: [{ name: 'move_task', args: { task_id: 6, list: 'Dukaan' } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'Bilal bhai apne school ka quotation khud dekh lenge, unke naam kar do',
    fixture: KITAB,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'quotation pe comment chor do ke 15% discount de sakte hain agar order 200 sets ka ho',
    fixture: KITAB,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'class 7 wale sets ke neeche ek aur kaam: urdu ki kitabon ki ginti',
    fixture: KITAB,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 2, title: 'urdu ki kitabon ki ginti' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kaunse kaam late ho gaye hain mere?',
    fixture: KITAB,
    expect: { reply: 'kiraya' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'Sang-e-Meel ki payment kab ki hai??',
    fixture: KITAB,
    expect: { reply: 'aaj|today|11' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch mita do yaar, naye sire se shuru karna hai',
    fixture: KITAB,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'class 7 wale sets parson tak ho jayenge, aur munshi ko is hafte tankhwah nahi deni wo pehle hi le gaya',
    fixture: KITAB,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 2, due_date: '2033-03-13' } },
        { name: 'skip_occurrence', args: { task_id: 12 } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj dukaan pe bohat rush tha, thak gaya hun bas',
    fixture: KITAB,
    expect: { outcome: 'help' },
  },
  // ---------------------------------------------------------------- Urdu: the truck owner (TRUCK)
  {
    intent: 'add',
    lang: 'ur',
    text: 'ٹرک کے لیے نیا جیک خریدنا ہے، پرانا ٹوٹ گیا',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'پیر کو صبح سات بجے سیالکوٹ کا مال اٹھانا ہے، گاڑیاں والی لسٹ میں رکھ لیں',
    fixture: TRUCK,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2033-03-14T02:00:00.000Z', list: 'گاڑیاں' } }],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر جمعرات کو ڈرائیوروں سے گاڑیوں کا حساب لینا ہوتا ہے، اگلی جمعرات سے شروع',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2033-03-17' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ہینو کے ٹائر بدل گئے ہیں، اب ٹھیک چل رہا ہے',
    fixture: TRUCK,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'فٹنس سرٹیفکیٹ والا معاملہ پھر کھل گیا، ایکسائز والوں نے فائل واپس کر دی',
    fixture: TRUCK,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'موٹر وے کا چالان کل جمع کرا دوں گا، اس کی تاریخ کل کی کر دیں',
    fixture: TRUCK,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2033-03-12' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'مزدا کے آئل چینج کا ایک دن پہلے یاد دلا دیا کریں، ہر بار بھول جاتا ہوں',
    fixture: TRUCK,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 7, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس ہفتے منشی سے کھاتہ نہیں ملانا، وہ بھتیجے کی شادی پر گیا ہوا ہے',
    fixture: TRUCK,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 12 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'بیٹے کی موٹر سائیکل کی قسط والا کام حساب والی لسٹ میں ہونا چاہیے',
    fixture: TRUCK,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'حساب' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'آج کیا کیا رہتا ہے؟',
    fixture: TRUCK,
    expect: { reply: 'بلٹی' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ٹوکن ٹیکس جمع ہو گیا ہے',
    fixture: TRUCK,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'ملتان والا مال اب نہیں جا رہا، پارٹی نے آرڈر کینسل کر دیا، یہ کام ختم کر دیں',
    fixture: TRUCK,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، کیسے ہیں آپ؟',
    fixture: TRUCK,
    expect: { outcome: 'help' },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'ہینو کے ٹوکن ٹیکس کے نیچے ایک کام اور: گاڑی کے کاغذات کی فوٹو کاپی',
    fixture: TRUCK,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: 'گاڑی کے کاغذات کی فوٹو کاپی' } }] },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'کراچی والی بلٹی کے پیسے آ گئے ہیں، اور اڈے کا کرایہ اس مہینے کا ابھی دینا باقی ہے',
    fixture: TRUCK,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 5 } },
        { name: 'reopen_task', args: { task_id: 8 } },
      ],
    },
  },
  // ---------------------------------------------------------------- Urdu: the new mother (AMMI)
  {
    intent: 'add',
    lang: 'ur',
    text: 'منے کے لیے نیا جھولا دیکھنا ہے، یہ والا بہت چرچراتا ہے',
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل شام پانچ بجے نند منے کو دیکھنے آ رہی ہے، کچھ بنا کر رکھنا ہے',
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2033-03-12T12:00:00.000Z' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر منگل کو منے کا وزن کرنا ہے، اس منگل سے شروع کریں',
    fixture: AMMI,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2033-03-15' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'پیمپر اور دودھ دونوں آ گئے ہیں',
    fixture: AMMI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "عقیقے والے کام کا نام 'عقیقے کے دو بکرے' ہونا چاہیے، بیٹا ہے نا",
    fixture: AMMI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 5, title: 'عقیقے کے دو بکرے' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ب فارم والا کام پیر کو کر لیں گے، ابھی نادرا جانے کی ہمت نہیں',
    fixture: AMMI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, due_date: '2033-03-14' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ٹیکے والے کام پر ویکسین کا ٹیگ بھی ہونا چاہیے',
    fixture: AMMI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, tags: ['ویکسین'] } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'آج رات قطرے نہیں دینے، ڈاکٹر نے ایک دن کا وقفہ کہا ہے',
    fixture: AMMI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 8 } }] },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'عقیقے کے بکروں کا انتظام سارہ دیکھ لے گی، اس کے ذمے کر دیں',
    fixture: AMMI,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 5, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'عقیقے والے کام پر سارہ کے لیے تبصرہ کر دیں کہ قصائی کا نمبر ابو کے پاس ہے',
    fixture: AMMI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 5, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'ڈاکٹر فرحان کے پاس کب جانا ہے؟',
    fixture: AMMI,
    expect: { reply: 'بدھ|16|۱۶' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'چیک اپ پرسوں پر کر دیں',
    fixture: AMMI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: "عقیقے کی تیاری کے لیے الگ فہرست چاہیے، 'عقیقہ' کے نام سے",
    fixture: AMMI,
    expect: { calls: [{ name: 'create_list', args: { name: 'عقیقہ' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج منا پوری رات سکون سے سویا، شکر ہے اللہ کا 😊',
    fixture: AMMI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ڈاکٹر سعدیہ والا چیک اپ ہو گیا، اور خالہ کو دوبارہ فون کرنا ہے، پچھلی بار بات ادھوری رہ گئی تھی',
    fixture: AMMI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'reopen_task', args: { task_id: 9 } },
      ],
    },
  },
  // ---------------------------------------------------------------- Urdu: the lawyer (WAKEEL)
  {
    intent: 'add',
    lang: 'ur',
    text: 'ضابطہ دیوانی کا نیا ایڈیشن خریدنا ہے',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'جمعرات صبح دس بجے سیشن کورٹ میں ضمانت کی درخواست کی سماعت ہے، ایک گھنٹہ پہلے یاد دلا دیجیے گا',
    fixture: WAKEEL,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2033-03-17T05:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے کی پانچ تاریخ کو کلائنٹس کو فیس کے بل بھیجنے ہوتے ہیں',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2033-04-05' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'حکم امتناعی کی درخواست تیار ہو گئی ہے، کل دائر کر دوں گا',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'بیان حلفی میں ولدیت غلط لکھی گئی، دوبارہ ٹائپ کروانا پڑے گا',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'بار کونسل کی فیس والے کام کے ساتھ نوٹ لکھ دیں کہ اس بار جرمانے سمیت ساڑھے سات ہزار ہیں',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'update_task', args: { task_id: 4, description: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'نئے کلائنٹ سے فیس کی بات کل ہی کر لیتے ہیں',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 8, due_date: '2033-03-12' } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'گواہ کو فون والا پرانا کام ہٹا دیں، اب اس کا کیا کرنا',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'امی کی پنشن کے کاغذات چیمبر والی فہرست میں منتقل کر دیں، وہیں سے کام ہوگا',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'چیمبر' } }] },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'فوٹو کاپی والے کام پر بلال صاحب کے لیے تبصرہ لکھ دیں کہ اصل فائل الماری کے اوپر والے خانے میں ہے',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 10, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'بشیر صاحب کی پیشی کی تیاری میں ایک چیز اور شامل ہے: گواہوں کی فہرست بنانا',
    fixture: WAKEEL,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: 'گواہوں کی فہرست بنانا' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کون کون سی پیشیاں ہیں؟',
    fixture: WAKEEL,
    expect: { reply: '(?=[\\s\\S]*بشیر)(?=[\\s\\S]*نذیر)' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کوئی ایسا کام ہے جس کی تاریخ گزر گئی ہو؟',
    fixture: WAKEEL,
    expect: { reply: 'لائبریری|فیصلے' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'پیشی والا کام ایک دن آگے کر دیں',
    fixture: WAKEEL,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'جو کام ہو چکے ہیں وہ سب صاف کر دیں',
    fixture: WAKEEL,
    expect: { outcome: 'ask' },
  },
];
