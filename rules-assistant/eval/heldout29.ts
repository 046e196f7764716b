// A twenty-ninth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: the brief that asked for it;
// in /work/main: README.md, package.json, tsconfig.json, biome.json, server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory tools,
// PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures are used),
// rules-assistant/eval/db-tools.ts (its first 150 lines), the first 75 lines of rules-assistant/eval/utterances.ts (types, FIXTURES)
// and the first 200 lines of rules-assistant/eval/heldout23.ts (its header: format, judging conventions, clock, how
// fixtures are declared, its first fixtures; no case of it falls in those lines). Also seen: directory
// listings of /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only), and the names of the files
// beside the brief (none of them opened). Not opened: anything under rules-assistant/engine/, docs/,
// test/, eval/intent-*.ts, eval/round*.ts, rules-assistant/eval/probes17.ts, rules-assistant/eval/utterances-statements.ts, the rest
// of utterances.ts, any other held-out set, any git history, diff, log or status (no git command was
// run), any eval output. The assistant was never run on these cases; only the file's type check and
// lint and its expected calls (fed straight to the in-memory tools with each case's fixture and this
// set's clock, from a throwaway script outside the repository) were checked.
// People (new ones): an airline cabin crew member based in Karachi who types English (the February
// roster, two parts of her recurrent training, a uniform at the tailor, an airport entry pass, a
// Jeddah layover, yoga twice a week, a standby swap, her passport, her mother Ammi's BP tablets, eye
// checkup and phone on Family); an architect in Lahore who types English (revised floor plans for Mr
// Butt and Mrs Qureshi, a plaza site visit and its A1 prints, the LDA approval of a Model Town house,
// invoices, the engineer's structural drawings, the weekly team meeting and a facade render on
// Office, his PCATP registration, his daughter Maryam's school fee on Family); a university librarian
// in Islamabad who types English (orders for chemistry and law textbooks, a newspaper digitisation
// project, weekly overdue notices, a conference talk, its abstract and train, the IT scanner meeting,
// the February duty roster on Office, the projector, an e-journal subscription, committee minutes, her
// son Zain's uniform on Family); a hockey coach in Gojra who types Roman Urdu (daily morning practice,
// the fitness tests of Usman and Hamza, sticks and kit, a Faisalabad tournament's entry fee, team list
// and coaster, the astroturf, his children's fees and his daughter's birthday on Family); a printing
// press owner in Lahore who types Roman Urdu (wedding cards for Sheikh sahab and Butt sahab, a school
// magazine and its plates, paper stock, the GTO machine, the operator Rashid's pay, the ink supplier
// Akbar Traders, the rent, his mother's medicine on Family); a poultry farmer near Sheikhupura who types
// Roman Urdu (chicks from the hatchery, feed, ND vaccines for sheds 1 and 2, Dr Aslam the vet, the
// trader Haji Nawaz, cleaning and lime, brooder heaters, the bank instalment, the mortality register,
// the children's fees on Family); a marble factory owner in Mardan who types Urdu (white slabs for a
// mosque and for a hotel, the cutting machine's blade, the workers' weekly wages, the bank instalment,
// a truck, the generator, the hotel's advance, a polisher, his mother's checkup on Family); a
// calligrapher in Lahore who types Urdu (two Quranic panels for Malik sahab and Sheikh sahab, an
// Alhamra exhibition and its invitation, wasli paper and ink, his students' class and practice, the
// framer, his daughter's school fee on Family, the gas bill); a carpet dealer in Peshawar who types
// Urdu (an Afghan shipment at customs and its agent, a customer Khan sahab in Islamabad, washing a
// large and a small carpet, a repair for Riaz sahab, the shop's rent and cleaning, a Kabul supplier,
// his son's university fee on Family, the gas bill). They type the way people do: no command words,
// typos, texting shorthand, long indirect sentences, politeness, several requests at once, relative
// dates, recurring things, reminders, edits (dates, times, priority, titles, notes), done and not-done
// news, reopening without the word, moves, assignments, comments, subtasks, deletes, skips, a new list,
// questions, two similar tasks and vague or destructive requests (right outcome: ask), small talk and
// venting that mention what their tasks mention (no tool at all), and many lines of news that bring a
// NEW thing sharing words with an existing task (a new task; the old one untouched) or news from
// someone else (a client, a supplier, a vet, a relative) that is not the user's task done. One message
// a case, no earlier turn.
// 155 cases: 60 English, 48 Roman Urdu, 47 Urdu script.
// Intents (heldout23's labels): add (a plain task), details (a new task with a due moment, list,
// priority, tags, recurrence or reminder), complete, reopen, update (title or note), edit (due moment,
// priority, tags, recurrence, reminders of an existing task), delete, skip, move, assign, comment,
// subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 13, details 21, complete 12, reopen 7, update 7, edit 12, delete 6, skip 6, move 4,
// assign 6, comment 6, subtask 7, list 4, read 12, ask 14, chat 9, multi 9.
// Fixtures (its own): CREW, ARCH, LIB (Latin-script titles, for English cases); COACH, PRESS, POULTRY
// (Latin-script titles, for Roman Urdu cases); MARBLE, CALLIG, CARPET (Urdu-script titles, for Urdu
// cases). Similar pairs: CREW 2/3 (the two recurrent training parts), ARCH 1/2 (revised floor plans for
// Mr Butt and for Mrs Qureshi), LIB 1/2 (orders for chemistry and for law textbooks), COACH 6/7 (the
// fitness tests of Usman and Hamza), PRESS 1/2 (the wedding cards of Sheikh sahab and Butt sahab),
// POULTRY 3/4 (ND vaccines for shed 1 and shed 2), MARBLE 1/2 (white slabs for the mosque and the
// hotel), CALLIG 1/2 (the two Quranic panels), CARPET 3/4 (washing the large and the small carpet).
// Lists named Family and Office are the shared lists of SHARED_LISTS (Family: the user owns it, Sara
// Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns it, the user and Sara editors); Flying,
// Training, Clients, Sites, Acquisitions, Digitisation, Conference, Kit, Tournament, Orders, Press,
// Farm, Sale, آرڈر, فیکٹری, کمیشن, نمائش, کھیپ, گاہک and دکان are the user's own. No list is named
// Club. Every move goes to one of the user's own lists (Family included: the user owns it); every
// assignment is to Sara (an editor of Family and of Office) or to Bilal (the owner of Office).
// Clock (its own): Friday 2027-01-15 18:40 Asia/Karachi (UTC+5, no DST) = 2027-01-15T13:40:00.000Z,
// exported as HELDOUT29_NOW / HELDOUT29_ZONE; run it with runEval's clock argument set to them (and,
// on the real tools, a database opened with openEvalDatabase(HELDOUT29_NOW)). Worked out with node:
//   today (aaj, آج) = Fri 01-15; tomorrow (kal, کل) = Sat 01-16; day after tomorrow (parson, پرسوں) =
//   Sun 01-17; "in 3 days" = Mon 01-18 (also "monday", "agle somwar", پیر); Tuesday ("next tuesday",
//   mangal) = 01-19; Wednesday (بدھ) = 01-20; Thursday ("agle jumeraat", "jumeraat tak", جمعرات) =
//   01-21; "agle jummay" (next Friday) = 01-22; "saturday the 23rd" = 01-23; the 25th = Mon 01-25;
//   the 27th (ستائیس) = Wed 01-27; end of the month = Sun 01-31; 3 February (تین فروری) = Wed 02-03.
//   Recurring firsts: "every thursday by 4" = Thu 01-21 16:00; "har itwar sham 5 bje" = Sun 01-17
//   17:00; "har mangal subah 10 bje" = Tue 01-19 10:00; "ہر جمعرات شام سات بجے" = Thu 01-21 19:00;
//   "the 20th of every month" = Wed 01-20; "har mahine ki 5 tareekh" = Fri 02-05 (01-05 is past);
//   "ہر مہینے کی پہلی تاریخ" = Mon 02-01.
//   Clock times (PKT = UTC+5), as UTC ISO: Sat 01-16 11am = 2027-01-16T06:00:00.000Z, 3pm = 10:00Z,
//   4pm = 11:00Z; Sun 01-17 4pm = 2027-01-17T11:00:00.000Z, 5pm = 12:00Z, 11:30pm = 18:30Z; Mon 01-18
//   10am = 2027-01-18T05:00:00.000Z; Tue 01-19 10am = 2027-01-19T05:00:00.000Z, 6pm ("next tuesday
//   evening at 6") = 13:00Z; Wed 01-20 11am = 2027-01-20T06:00:00.000Z; Thu 01-21 4pm =
//   2027-01-21T11:00:00.000Z, 7pm = 14:00Z; Wed 01-27 2pm = 2027-01-27T09:00:00.000Z. "An hour
//   before" = 60 minutes, "15 min before" = 15, "a day before" (ek din pehle, ایک دن پہلے) = 1440,
//   "half an hour before" (آدھا گھنٹہ پہلے) = 30.
// Judging conventions (those of heldout23's header): a plain add (a title, maybe a note) expects
// add_task; an add with a due moment, priority, tags, a list, a recurrence or a reminder expects
// add_task_details. All-day dates are due_date, a clock time is due_at. Titles (and list names) are
// listed only where the request fixes them ("called X", quoted, or "naam ... rakho"); subtask titles,
// RRULEs, free-text notes and comments are '*' (present) or left out, as is an assignee (the person's
// name may be given in several forms). "Remind me N minutes / hours / a day before" expects reminders
// [{ minutes_before: N }]. Changes to existing tasks name their task_id. Reads are judged by the reply
// (the titles or the date it must name), not by which read tool was used. Several changes in one
// message are expected in the order the message gives them. In this set "urgent" and "bohat zaroori"
// (بہت ضروری) are priority high. A line that fits two similar tasks equally, or asks for a sweeping
// change (clear a whole list, delete "everything old", push everything a week), expects a question.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT29_NOW = new Date('2027-01-15T13:40:00.000Z'); // Friday 18:40 in Karachi
export const HELDOUT29_ZONE = 'Asia/Karachi';

/** The cabin crew member based in Karachi. */
const CREW: FixtureTask[] = [
  { id: 1, title: 'Check February roster on the crew portal', list: 'Flying', due_date: '2027-01-16' },
  {
    id: 2,
    title: 'Recurrent training: SEP written exam',
    list: 'Training',
    priority: 'high',
    due_date: '2027-01-20',
  },
  { id: 3, title: 'Recurrent training: first aid practical', list: 'Training', due_date: '2027-01-21' },
  { id: 4, title: 'Collect altered uniform from the tailor', completed: true },
  { id: 5, title: 'Renew airport entry pass', tags: ['admin'], due_date: '2027-01-29' },
  { id: 6, title: "Buy Ammi's BP tablets", list: 'Family', due_date: '2027-01-16' },
  { id: 7, title: "Book Ammi's eye checkup", list: 'Family', due_date: '2027-01-21' },
  { id: 8, title: 'Pack for Jeddah layover', due_at: '2027-01-17T02:00:00.000Z' },
  {
    id: 9,
    title: 'Pay credit card bill',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=25',
    due_date: '2027-01-25',
  },
  {
    id: 10,
    title: 'Iron uniform and polish shoes',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2027-01-16',
  },
  { id: 11, title: 'Submit layover allowance claim', list: 'Flying', completed: true },
  { id: 12, title: 'Renew passport', priority: 'medium', due_date: '2027-02-10' },
  { id: 13, title: 'Swap Tuesday standby with Hina', list: 'Flying', due_date: '2027-01-18' },
  {
    id: 14,
    title: 'Yoga class',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
    due_at: '2027-01-19T13:00:00.000Z',
  },
  { id: 15, title: "Get Ammi's phone screen fixed", list: 'Family', completed: true },
];

/** The architect in Lahore. */
const ARCH: FixtureTask[] = [
  {
    id: 1,
    title: 'Send revised floor plans to Mr Butt (Gulberg house)',
    list: 'Clients',
    priority: 'high',
    due_date: '2027-01-18',
  },
  {
    id: 2,
    title: 'Send revised floor plans to Mrs Qureshi (DHA house)',
    list: 'Clients',
    due_date: '2027-01-20',
  },
  { id: 3, title: 'Site visit at the Johar Town plaza', list: 'Sites', due_at: '2027-01-16T06:00:00.000Z' },
  {
    id: 4,
    title: 'File LDA approval for the Model Town house',
    priority: 'high',
    tags: ['govt'],
    due_date: '2027-01-22',
  },
  { id: 5, title: 'Invoice Mr Butt for the design stage', tags: ['invoices'], due_date: '2027-01-15' },
  { id: 6, title: 'Send final invoice to the Bahria Town client', tags: ['invoices'], completed: true },
  {
    id: 7,
    title: 'Weekly team meeting',
    list: 'Office',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_at: '2027-01-18T05:00:00.000Z',
  },
  { id: 8, title: 'Update 3D render of the Gulberg facade', list: 'Office', due_date: '2027-01-19' },
  { id: 9, title: 'Buy tracing paper and drafting pens', completed: true },
  { id: 10, title: 'Pay studio electricity bill', tags: ['bills'], due_date: '2027-01-20' },
  { id: 11, title: 'Renew PCATP registration', due_date: '2027-02-01' },
  { id: 12, title: 'Print A1 drawings for the plaza site', list: 'Sites', due_date: '2027-01-16' },
  { id: 13, title: 'Review structural drawings from the engineer', due_date: '2027-01-19' },
  { id: 14, title: "Pay Maryam's school fee", list: 'Family', due_date: '2027-01-20' },
];

/** The university librarian in Islamabad. */
const LIB: FixtureTask[] = [
  { id: 1, title: 'Place order for new chemistry textbooks', list: 'Acquisitions', due_date: '2027-01-19' },
  { id: 2, title: 'Place order for new law textbooks', list: 'Acquisitions', due_date: '2027-01-26' },
  { id: 3, title: 'Scan the 1960s Dawn newspaper archive', list: 'Digitisation', due_date: '2027-01-29' },
  {
    id: 4,
    title: 'Send overdue notices',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2027-01-18',
  },
  {
    id: 5,
    title: 'Prepare conference talk slides',
    list: 'Conference',
    priority: 'high',
    due_date: '2027-01-28',
  },
  { id: 6, title: 'Submit conference abstract', list: 'Conference', completed: true },
  { id: 7, title: 'Book train to Lahore for the LIS conference', list: 'Conference', due_date: '2027-01-24' },
  { id: 8, title: 'Meet IT about the book scanner', due_at: '2027-01-19T06:00:00.000Z' },
  { id: 9, title: 'Pay internet bill', tags: ['bills'], due_date: '2027-01-20' },
  { id: 10, title: 'Weed out damaged reference books', completed: true },
  { id: 11, title: 'Staff duty roster for February', list: 'Office', due_date: '2027-01-27' },
  { id: 12, title: "Buy Zain's winter uniform", list: 'Family', due_date: '2027-01-17' },
  { id: 13, title: "Return the projector to the dean's office", due_date: '2027-01-15' },
  { id: 14, title: 'Renew e-journal database subscription', priority: 'medium', due_date: '2027-02-05' },
  { id: 15, title: 'Send library committee minutes', due_date: '2027-01-13' },
];

/** The hockey coach in Gojra. */
const COACH: FixtureTask[] = [
  {
    id: 1,
    title: 'Subah ki practice (U-16)',
    recurrence: 'FREQ=DAILY',
    due_at: '2027-01-16T01:30:00.000Z',
  },
  { id: 2, title: 'Naye hockey sticks mangwane', list: 'Kit', due_date: '2027-01-18' },
  { id: 3, title: 'Shin pads aur balls ka order', list: 'Kit', completed: true },
  {
    id: 4,
    title: 'Faisalabad tournament ki entry fee jama karani',
    list: 'Tournament',
    priority: 'high',
    due_date: '2027-01-20',
  },
  { id: 5, title: 'Team list federation ko bhejni', list: 'Tournament', due_date: '2027-01-22' },
  { id: 6, title: 'Usman ka fitness test', due_date: '2027-01-16' },
  { id: 7, title: 'Hamza ka fitness test', due_date: '2027-01-17' },
  { id: 8, title: 'Bachon ki school fees', list: 'Family', due_date: '2027-01-20' },
  { id: 9, title: 'Ground committee se astroturf ki baat', due_date: '2027-01-19' },
  { id: 10, title: 'Bijli ka bill', tags: ['bills'], due_date: '2027-01-22' },
  { id: 11, title: 'Beti ki salgirah ka tohfa', list: 'Family', due_date: '2027-01-24' },
  { id: 12, title: 'Tournament ke liye coaster book karni', list: 'Tournament', due_date: '2027-01-25' },
  { id: 13, title: 'Goalkeeper kit dhulwani', list: 'Kit', completed: true },
];

/** The printing press owner in Lahore. */
const PRESS: FixtureTask[] = [
  { id: 1, title: 'Sheikh sahab ke shadi cards', list: 'Orders', priority: 'high', due_date: '2027-01-18' },
  { id: 2, title: 'Butt sahab ke shadi cards', list: 'Orders', due_date: '2027-01-22' },
  { id: 3, title: 'Govt school magazine (400 copies)', list: 'Orders', due_date: '2027-01-28' },
  { id: 4, title: 'Magazine ki plates banwani', list: 'Press', due_date: '2027-01-19' },
  {
    id: 5,
    title: 'Paper stock check karna',
    list: 'Press',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2027-01-16',
  },
  { id: 6, title: 'Art paper ke 20 rim mangwane', completed: true },
  {
    id: 7,
    title: 'Rashid operator ki tankhwah',
    tags: ['tankhwah'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2027-02-01',
  },
  { id: 8, title: 'GTO machine ki servicing', due_date: '2027-01-21' },
  { id: 9, title: 'Dukaan ka kiraya', tags: ['bills'], due_date: '2027-01-31' },
  { id: 10, title: 'Akbar Traders ko ink ki payment', due_date: '2027-01-20' },
  { id: 11, title: 'Ammi ki dawai lani', list: 'Family', due_date: '2027-01-16' },
  { id: 12, title: 'Dr Imran ke visiting cards', list: 'Orders', completed: true },
  { id: 13, title: 'Bijli ka bill', tags: ['bills'], due_date: '2027-01-23' },
];

/** The poultry farmer near Sheikhupura. */
const POULTRY: FixtureTask[] = [
  { id: 1, title: 'Hatchery se 2000 chooze lane', list: 'Farm', due_date: '2027-01-18' },
  { id: 2, title: 'Feed ki 50 bori mangwani', priority: 'high', due_date: '2027-01-16' },
  { id: 3, title: 'Shed 1 ke choozon ko ND vaccine', list: 'Farm', due_date: '2027-01-17' },
  { id: 4, title: 'Shed 2 ke choozon ko ND vaccine', list: 'Farm', due_date: '2027-01-19' },
  { id: 5, title: 'Dr Aslam (vet) ka visit', due_at: '2027-01-16T07:00:00.000Z' },
  { id: 6, title: 'Haji Nawaz se murgiyon ka rate tay karna', list: 'Sale', due_date: '2027-01-20' },
  {
    id: 7,
    title: 'Shed ki safai aur choona',
    list: 'Farm',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2027-01-17',
  },
  { id: 8, title: 'Generator ke liye diesel', completed: true },
  { id: 9, title: 'Bijli ka bill', tags: ['bills'], due_date: '2027-01-21' },
  { id: 10, title: 'Bachon ki fees', list: 'Family', due_date: '2027-01-25' },
  { id: 11, title: 'Brooder heaters check karne', list: 'Farm', completed: true },
  { id: 12, title: 'Bank ki qist', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10', due_date: '2027-02-10' },
  { id: 13, title: 'Mortality register likhna', recurrence: 'FREQ=DAILY', due_date: '2027-01-15' },
  { id: 14, title: 'Paani ki tankiyan saaf karni', due_date: '2027-01-18' },
];

/** The marble factory owner in Mardan. */
const MARBLE: FixtureTask[] = [
  {
    id: 1,
    title: 'مسجد کے لیے سفید ماربل کی سلیبیں',
    list: 'آرڈر',
    priority: 'high',
    due_date: '2027-01-20',
  },
  { id: 2, title: 'ہوٹل کے لیے سفید ماربل کی سلیبیں', list: 'آرڈر', due_date: '2027-01-25' },
  { id: 3, title: 'کٹنگ مشین کا بلیڈ بدلوانا', list: 'فیکٹری', due_date: '2027-01-16' },
  {
    id: 4,
    title: 'مزدوروں کی ہفتہ وار اجرت',
    list: 'فیکٹری',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2027-01-21',
  },
  {
    id: 5,
    title: 'بینک کی قسط جمع کرانا',
    tags: ['بینک'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2027-01-20',
  },
  { id: 6, title: 'زیارت سے ماربل کے بلاک منگوانا', completed: true },
  { id: 7, title: 'بجلی کا بل', tags: ['بل'], due_date: '2027-01-22' },
  { id: 8, title: 'ٹرک والے سے کرایہ طے کرنا', due_date: '2027-01-18' },
  { id: 9, title: 'امی کا چیک اپ', list: 'Family', due_date: '2027-01-18' },
  { id: 10, title: 'جنریٹر کی سروس', list: 'فیکٹری', completed: true },
  { id: 11, title: 'ہوٹل والوں سے ایڈوانس لینا', due_date: '2027-01-19' },
  { id: 12, title: 'پالش مشین کے لیے نیا کاریگر ڈھونڈنا', due_date: '2027-01-30' },
];

/** The calligrapher in Lahore. */
const CALLIG: FixtureTask[] = [
  {
    id: 1,
    title: 'سورہ یٰسین کا قطعہ (ملک صاحب)',
    list: 'کمیشن',
    priority: 'high',
    due_date: '2027-01-24',
  },
  { id: 2, title: 'سورہ رحمٰن کا قطعہ (شیخ صاحب)', list: 'کمیشن', due_date: '2027-01-30' },
  { id: 3, title: 'الحمرا نمائش کے فن پارے فریم کروانا', list: 'نمائش', due_date: '2027-01-27' },
  { id: 4, title: 'نمائش کا دعوت نامہ ڈیزائن کرنا', list: 'نمائش', completed: true },
  { id: 5, title: 'وصلی کاغذ اور سیاہی خریدنا', due_date: '2027-01-16' },
  {
    id: 6,
    title: 'شاگردوں کی کلاس',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_at: '2027-01-17T11:00:00.000Z',
  },
  { id: 7, title: 'نئے قلم تراشنا', completed: true },
  { id: 8, title: 'فریم والے کو ادائیگی', due_date: '2027-01-20' },
  { id: 9, title: 'بیٹی کی اسکول فیس', list: 'Family', due_date: '2027-01-20' },
  { id: 10, title: 'شاگردوں کی مشق کی جانچ', due_date: '2027-01-18' },
  { id: 11, title: 'گیس کا بل', tags: ['بل'], due_date: '2027-01-21' },
];

/** The carpet dealer in Peshawar. */
const CARPET: FixtureTask[] = [
  {
    id: 1,
    title: 'افغان قالینوں کی کھیپ کسٹم سے چھڑوانا',
    list: 'کھیپ',
    priority: 'high',
    due_date: '2027-01-19',
  },
  { id: 2, title: 'اسلام آباد والے خان صاحب کو قالین بھیجنا', list: 'گاہک', due_date: '2027-01-18' },
  { id: 3, title: 'بڑے قالین کی دھلائی', list: 'دکان', due_date: '2027-01-20' },
  { id: 4, title: 'چھوٹے قالین کی دھلائی', list: 'دکان', due_date: '2027-01-22' },
  { id: 5, title: 'ریاض صاحب کے پرانے قالین کی مرمت', list: 'دکان', due_date: '2027-01-25' },
  {
    id: 6,
    title: 'دکان کا کرایہ',
    tags: ['کرایہ'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2027-02-01',
  },
  { id: 7, title: 'دکان کی صفائی', recurrence: 'FREQ=WEEKLY;BYDAY=SA', due_date: '2027-01-16' },
  { id: 8, title: 'کابل والے سپلائر کو رقم بھیجنا', list: 'کھیپ', completed: true },
  { id: 9, title: 'بیٹے کی یونیورسٹی فیس', list: 'Family', due_date: '2027-01-28' },
  { id: 10, title: 'گیس کا بل', tags: ['بل'], due_date: '2027-01-21' },
  { id: 11, title: 'نئے ریک لگوانا', list: 'دکان', completed: true },
  { id: 12, title: 'کسٹم ایجنٹ کو کاغذات دینا', list: 'کھیپ', due_date: '2027-01-18' },
];

export const heldout29: Utterance[] = [
  // ---- The cabin crew member (English) ----
  {
    intent: 'details',
    lang: 'en',
    text: "crew control just called 😩 I'm on the dubai turnaround sunday night, reporting 11:30pm. put it down somewhere so i don't mess it up",
    fixture: CREW,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-01-17T18:30:00.000Z' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'finally checked the feb roster on the portal, got 4 layovers alhamdulillah',
    fixture: CREW,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the recurrent training thing is done finally, feel like i can breathe again',
    fixture: CREW,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "ugh I ticked off the uniform pickup but the tailor's shop was shut, still need to collect it",
    fixture: CREW,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "ammi's eye checkup got moved to saturday the 23rd, the doctor's on leave thursday",
    fixture: CREW,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 7, due_date: '2027-01-23' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'ammi also wants her BP machine checked, the readings have been all over the place',
    fixture: CREW,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no yoga for me on tuesday, I'll be stuck in jeddah",
    fixture: CREW,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 14 } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "is there anything for ammi i still haven't sorted?",
    fixture: CREW,
    expect: { reply: '(?=[\\s\\S]*BP)(?=[\\s\\S]*eye)' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'they added a CRM session to my recurrent training, wednesday 27th at 2pm. remind me an hour before pls',
    fixture: CREW,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2027-01-27T09:00:00.000Z', reminders: [{ minutes_before: 60 }] },
        },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the standby swap is with Mehwish now, Hina backed out last minute',
    fixture: CREW,
    expect: { calls: [{ name: 'update_task', args: { task_id: 13, title: '*' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "sara is off next week so she'll book ammi's eye checkup, can you put it on her",
    fixture: CREW,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 7, assignee: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "four layovers in one month and they still squeeze recurrent training into my off days. I'm exhausted honestly",
    fixture: CREW,
    expect: { outcome: 'help' },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'forget the passport renewal, I checked and it is valid till 2029, I was looking at my old one',
    fixture: CREW,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "the airport entry pass is actually urgent, security won't let me airside after the 29th without it",
    fixture: CREW,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high' } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'all packed for jeddah 🙌 and pls add picking up ajwa dates for ammi from the airport shop on monday',
    fixture: CREW,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 8 } },
        { name: 'add_task_details', args: { due_date: '2027-01-18' } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'drop a comment on the standby swap that hina wants my thursday in return',
    fixture: CREW,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 13, body: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'under the jeddah packing one add power bank, prayer mat and my spare stockings',
    fixture: CREW,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 8 } },
        { name: 'add_subtask', args: { task_id: 8 } },
        { name: 'add_subtask', args: { task_id: 8 } },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'can u make me a list called Uniform, want to keep all the tailor and shoe stuff in one place',
    fixture: CREW,
    expect: { calls: [{ name: 'create_list', args: { name: 'Uniform' } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'crew scheduling wants our leave requests by the 20th of every month from now on, ugh',
    fixture: CREW,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_date: '2027-01-20' } }],
    },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: "honestly just clear out everything on the flying list, it's all outdated",
    fixture: CREW,
    expect: { outcome: 'ask' },
  },

  // ---- The architect (English) ----
  {
    intent: 'add',
    lang: 'en',
    text: "Mr Butt called again, now he wants a basement in the Gulberg house as well. I'll have to work out a basement option for him",
    fixture: ARCH,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'sent mrs qureshi her revised plans this afternoon, she seemed happy with the kitchen',
    fixture: ARCH,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'revised floor plans went out today',
    fixture: ARCH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "plaza site visit got pushed to 3pm tomorrow, the contractor can't make it in the morning",
    fixture: ARCH,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_at: '2027-01-16T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "the LDA guy says they won't even open the Model Town file till the fee challan is paid, has to be done by wednesday",
    fixture: ARCH,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-20' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Bilal said he can take the Gulberg facade render this week, I'm drowning",
    fixture: ARCH,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'let the team know on the facade render that the client wants the jali pattern denser near the top',
    fixture: ARCH,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's still pending on the invoicing side?",
    fixture: ARCH,
    expect: { reply: 'design stage' },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the bahria client says he never got the final invoice, the email must have bounced',
    fixture: ARCH,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "printed the A1 sets for the plaza. also the engineer says he's fine if I get back to him on the structural drawings in 3 days",
    fixture: ARCH,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'set_task_details', args: { task_id: 13, due_date: '2027-01-18' } },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'new client 🎉 Mr and Mrs Rana want a farmhouse in Bedian, first meeting at their place next tuesday evening at 6, put it under clients',
    fixture: ARCH,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_at: '2027-01-19T13:00:00.000Z', list: 'Clients' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: "the firm is doing the PCATP renewal centrally this year so I don't need that one anymore, get rid of it",
    fixture: ARCH,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'for the LDA file I still need the ownership papers, the society NOC and four sets of prints',
    fixture: ARCH,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 4 } },
        { name: 'add_subtask', args: { task_id: 4 } },
        { name: 'add_subtask', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "the LDA office is a nightmare man, three visits for one stamp and the guy still wasn't at his desk",
    fixture: ARCH,
    expect: { outcome: 'help' },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'remind me 15 min before the monday team meeting, every week',
    fixture: ARCH,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 7, reminders: [{ minutes_before: 15 }] } }],
    },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'put a note on the Qureshi plans: she wants the master bedroom moved down to the ground floor',
    fixture: ARCH,
    expect: { calls: [{ name: 'update_task', args: { task_id: 2, description: '*' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the structural drawings review is really a site thing, keep it with the site stuff',
    fixture: ARCH,
    expect: { calls: [{ name: 'move_task', args: { task_id: 13, list: 'Sites' } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'can you sort out my invoices',
    fixture: ARCH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate tomorrow?",
    fixture: ARCH,
    expect: { reply: '(?=[\\s\\S]*site visit)(?=[\\s\\S]*A1)' },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'Maryam needs a new geometry box for school, she lost hers again',
    fixture: ARCH,
    expect: { calls: [{ name: 'add_task' }] },
  },

  // ---- The librarian (English) ----
  {
    intent: 'details',
    lang: 'en',
    text: "Saeed Book Bank called, the Oxford dictionaries we ordered in december are arriving on the 25th. I'll have to check them against the invoice",
    fixture: LIB,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-25' } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "the projector is back with the dean's office, finally off my desk",
    fixture: LIB,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'placed the textbook order today',
    fixture: LIB,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "no overdue notices this monday, the system's down for the migration",
    fixture: LIB,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the organisers extended the deadline, so the conference slides can wait till end of month',
    fixture: LIB,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, due_date: '2027-01-31' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's left on the conference front?",
    fixture: LIB,
    expect: { reply: '(?=[\\s\\S]*slides)(?=[\\s\\S]*train)' },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'the scanning one is the 1970s Dawn archive, not the 60s, fix the name pls',
    fixture: LIB,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "a student found three more damaged reference books behind the shelves, so the weeding isn't finished after all",
    fixture: LIB,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'the digitisation team wants a progress update from me every thursday by 4, remind me an hour before',
    fixture: LIB,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: {
            recurrence: '*',
            due_at: '2027-01-21T11:00:00.000Z',
            reminders: [{ minutes_before: 60 }],
          },
        },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "got Zain's winter uniform. also can the internet bill move to the 22nd, salary's late this month",
    fixture: LIB,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'set_task_details', args: { task_id: 9, due_date: '2027-01-22' } },
      ],
    },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: 'Sara from circulation is going to do the february duty roster',
    fixture: LIB,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 11, assignee: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: 'tell the team on the duty roster that no one gets leave during book fair week',
    fixture: LIB,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "the dean's PA says the dean wants a list of our rare manuscripts before the donors visit",
    fixture: LIB,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: 'overdue notices are pointless tbh, half the students ignore them and then panic at clearance time',
    fixture: LIB,
    expect: { outcome: 'help' },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "we're running out of archival boxes for the newspaper scans, need to order more",
    fixture: LIB,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'for the conference slides I need three parts: the digitisation project intro, the scanning workflow, and lessons learned',
    fixture: LIB,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 5 } },
        { name: 'add_subtask', args: { task_id: 5 } },
        { name: 'add_subtask', args: { task_id: 5 } },
      ],
    },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the e-journal renewal belongs with acquisitions really',
    fixture: LIB,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'Acquisitions' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'could you start a new list for the book fair? call it Book Fair 2027',
    fixture: LIB,
    expect: { calls: [{ name: 'create_list', args: { name: 'Book Fair 2027' } }] },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'anything overdue?',
    fixture: LIB,
    expect: { reply: 'minutes' },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "I have to confirm with NUST by monday whether I'll speak at their library week",
    fixture: LIB,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-18' } }] },
  },

  // ---- The hockey coach (Roman Urdu) ----
  {
    intent: 'details',
    lang: 'roman',
    text: 'yar kal sham 4 bje sargodha wali team k sath friendly match fix hua h, likh lo kahin',
    fixture: COACH,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-01-16T11:00:00.000Z' } }] },
  },
  {
    intent: 'skip',
    lang: 'roman',
    text: 'kal subah practice nai hogi, ground pe mela lag raha hai',
    fixture: COACH,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 1 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'usman ka fitness test ho gaya, beep test me 11.2 tak gaya 💪',
    fixture: COACH,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 6 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'fitness test wala kaam khatam ho gaya',
    fixture: COACH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'hamza ke abbu ka fone aya tha, bacha purane jooton me khel raha hai, uske liye size 8 ke studs dhoondne hain',
    fixture: COACH,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'entry fee ki akhri tareekh 18 ho gayi hai, pehle jama karani paregi',
    fixture: COACH,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-01-18' } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'faisalabad wali entry fee jama ho gayi, raseed bhi mil gayi',
    fixture: COACH,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'tournament ke kitne kaam reh gaye abhi?',
    fixture: COACH,
    expect: { reply: '(?=[\\s\\S]*entry)(?=[\\s\\S]*federation)(?=[\\s\\S]*coaster)' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'sticks aa gaye hain, aur federation wali list ab jumeraat tak bhejni hai',
    fixture: COACH,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 5, due_date: '2027-01-21' } },
      ],
    },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'bachon ki fees sara jama karwa degi, uske naam kr do',
    fixture: COACH,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj kal ke bache practice pe time pe nai aate, phir tournament me rote hain 😤',
    fixture: COACH,
    expect: { outcome: 'help' },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har itwar sham 5 bje players ke walidain ke sath meeting rakhni hai ab se',
    fixture: COACH,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2027-01-17T12:00:00.000Z' } }],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'coaster wala scene khatam, club apni bus de raha hai. wo kaam hata do',
    fixture: COACH,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'entry fee se pehle players ke B-form ki copies aur passport size photos bhi jama karni hain, ye dono us kaam ke andar daal do',
    fixture: COACH,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 4 } },
        { name: 'add_subtask', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'astroturf wale kaam pe comment kr do ke chairman sahab 20 tareekh ke baad milenge',
    fixture: COACH,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'bohat zaroori: agle jumeraat tak ground pe naye goal nets lagwane hain',
    fixture: COACH,
    expect: {
      calls: [{ name: 'add_task_details', args: { due_date: '2027-01-21', priority: 'high' } }],
    },
  },

  // ---- The printing press owner (Roman Urdu) ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'akbar traders ka banda aya tha, keh raha tha ink ka rate 15% barh gaya. kisi aur supplier se bhi rate poochna hai ab',
    fixture: PRESS,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'sheikh sahab ke cards deliver ho gaye, bohat khush the',
    fixture: PRESS,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'shadi cards wala order mukammal ho gaya',
    fixture: PRESS,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'magazine ki plates parson tak ban jani chahiye, school wale jaldi macha rahe hain',
    fixture: PRESS,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2027-01-17' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'naya order aya h, chaudhry sahab ki beti ki mehndi ke 300 card, agle jummay tak dene hain',
    fixture: PRESS,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-22' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'dr imran ke visiting cards me phone number ghalat chhap gaya, dobara chhapne parenge',
    fixture: PRESS,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'magazine wale order ka naam theek kr do, 400 nahi 500 copies hain',
    fixture: PRESS,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal kya kya hai mere zimme?',
    fixture: PRESS,
    expect: { reply: '(?=[\\s\\S]*stock)(?=[\\s\\S]*dawai)' },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'GTO ki servicing ho gayi aaj, mistri ne rollers bhi badal diye',
    fixture: PRESS,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'assign',
    lang: 'roman',
    text: 'ammi ki dawai sara le aayegi, us ke zimme laga do',
    fixture: PRESS,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 11, assignee: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'bhai shadi ke season me card chhap chhap ke haath kaale ho gaye hain, machine bhi garam rehti hai',
    fixture: PRESS,
    expect: { outcome: 'help' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'GTO wala mistri kal 11 bje aa raha hai servicing ke liye, aur bijli ka bill jama ho gaya',
    fixture: PRESS,
    expect: {
      calls: [
        { name: 'set_task_details', args: { task_id: 8, due_at: '2027-01-16T06:00:00.000Z' } },
        { name: 'complete_task', args: { task_id: 13 } },
      ],
    },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'butt sahab ne order cancel kar diya, shadi agay chali gayi. unke cards wala kaam hata do',
    fixture: PRESS,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine ki 5 tareekh ko akbar traders ka hisaab clear karna hota hai, ek din pehle yaad dila dena',
    fixture: PRESS,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_date: '2027-02-05', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'list',
    lang: 'roman',
    text: "shadi cards ke orders alag rakhne hain, 'Shadi Season' naam ki list bana do",
    fixture: PRESS,
    expect: { calls: [{ name: 'create_list', args: { name: 'Shadi Season' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'GTO machine ki servicing press wali list me daal do',
    fixture: PRESS,
    expect: { calls: [{ name: 'move_task', args: { task_id: 8, list: 'Press' } }] },
  },

  // ---- The poultry farmer (Roman Urdu) ----
  {
    intent: 'add',
    lang: 'roman',
    text: 'dr aslam keh rahe the shed 2 me kuch choozon ko khansi hai, unke liye dawai leni hai',
    fixture: POULTRY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'shed 1 walon ko aaj hi vaccine lag gayi, alhamdulillah sab theek hain',
    fixture: POULTRY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'ND vaccine lag gayi aaj',
    fixture: POULTRY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'dr sahab kal 12 bje nahi, 3 bje aayenge',
    fixture: POULTRY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 5, due_at: '2027-01-16T10:00:00.000Z' } }],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'haji nawaz ka banda aya tha, agle jumeraat ko gari bhejenge murgiyan uthane, us din tak bara kanta theek karwana hai',
    fixture: POULTRY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-21' } }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'vet ne kaha hai shed 1 walon ko agle somwar gumboro ki vaccine bhi lagni hai',
    fixture: POULTRY,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-18' } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'brooder heaters phir se check karne parenge, raat ko ek heater band ho gaya tha',
    fixture: POULTRY,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'kal aur parson kya kya hai?',
    fixture: POULTRY,
    expect: { reply: '(?=[\\s\\S]*feed)(?=[\\s\\S]*Aslam)(?=[\\s\\S]*vaccine)(?=[\\s\\S]*safai)' },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'feed ki sari boriyan aa gayi, aur bijli ka bill 25 tak kr do',
    fixture: POULTRY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 2 } },
        { name: 'set_task_details', args: { task_id: 9, due_date: '2027-01-25' } },
      ],
    },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'padosi rafiq ki murgiyon me bimari phail gayi hai, apne sheds ke bahar choona aur spray karwana hai',
    fixture: POULTRY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'ab se har mangal subah 10 bje dr aslam ka round hoga',
    fixture: POULTRY,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2027-01-19T05:00:00.000Z' } }],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'haji nawaz wala rate ka kaam bohat zaroori hai, market gir rahi hai',
    fixture: POULTRY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 6, priority: 'high' } }] },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'chooze lane se pehle: brooder garam karna, bichona dalna, paani ke bartan dhone',
    fixture: POULTRY,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 1 } },
        { name: 'add_subtask', args: { task_id: 1 } },
        { name: 'add_subtask', args: { task_id: 1 } },
      ],
    },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'is saal feed itni mehngi hai ke faida hi nai bachta, upar se bank ki qist',
    fixture: POULTRY,
    expect: { outcome: 'help' },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: 'hatchery wale kaam me ye bhi likh do ke Cobb nasal chahiye, Hubbard nahi',
    fixture: POULTRY,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab purane kaam uda do yar, bohat rush ho gaya hai list me',
    fixture: POULTRY,
    expect: { outcome: 'ask' },
  },

  // ---- The marble factory owner (Urdu) ----
  {
    intent: 'complete',
    lang: 'ur',
    text: 'ٹرک والے سے بات پکی ہو گئی، فی چکر پندرہ ہزار پر مان گیا',
    fixture: MARBLE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سلیبیں تیار ہو گئی ہیں',
    fixture: MARBLE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'مسجد کمیٹی والوں کا فون آیا تھا، محراب کے لیے کالا ماربل بھی چاہتے ہیں، اس کا ریٹ نکالنا ہے',
    fixture: MARBLE,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ہوٹل والے کہہ رہے ہیں سلیبیں بیس تاریخ تک چاہئیں، پچیس تک نہیں رک سکتے',
    fixture: MARBLE,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2027-01-20' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'بدھ کو دن گیارہ بجے مردان چیمبر میں ایکسپورٹ والوں کے ساتھ میٹنگ ہے',
    fixture: MARBLE,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-01-20T06:00:00.000Z' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات مزدوروں کو اجرت نہیں دینی، وہ پچھلے ہفتے ہی ایڈوانس لے چکے ہیں',
    fixture: MARBLE,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'جنریٹر پھر سے بند ہو گیا، سروس ٹھیک سے نہیں ہوئی تھی',
    fixture: MARBLE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'بینک کی قسط کب جمع کرانی ہے؟',
    fixture: MARBLE,
    expect: { reply: '(?<!\\d)20(?!\\d)|۲۰|بدھ|\\bwed' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بلیڈ بدل دیا ہے، اور بجلی کا بل ستائیس تاریخ تک کر دو',
    fixture: MARBLE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 3 } },
        { name: 'set_task_details', args: { task_id: 7, due_date: '2027-01-27' } },
      ],
    },
  },
  {
    intent: 'assign',
    lang: 'ur',
    text: 'امی کا چیک اپ سارہ کروا دے گی، اس کے ذمے لگا دو',
    fixture: MARBLE,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 9, assignee: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج کل مارکیٹ بہت ٹھنڈی ہے، ہوٹل والے بھی پیسے وقت پر نہیں دیتے',
    fixture: MARBLE,
    expect: { outcome: 'help' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'نئے کاریگر والا کام مٹا دو، میرا بھانجا پالش مشین خود سنبھالے گا',
    fixture: MARBLE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر مہینے کی پہلی تاریخ کو فیکٹری کا کرایہ دینا ہوتا ہے، ایک دن پہلے یاد دلا دینا',
    fixture: MARBLE,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_date: '2027-02-01', reminders: [{ minutes_before: 1440 }] },
        },
      ],
    },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'مسجد والے آرڈر کے اندر یہ کام بھی ڈال دو: سلیبوں کی پالش، پیکنگ اور ٹرک پر لوڈنگ',
    fixture: MARBLE,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 1 } },
        { name: 'add_subtask', args: { task_id: 1 } },
        { name: 'add_subtask', args: { task_id: 1 } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'ہوٹل کے ایڈوانس والے کام پر تبصرہ لکھ دو کہ منیجر نے پیر کو چیک دینے کا وعدہ کیا ہے',
    fixture: MARBLE,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'ur',
    text: 'ایکسپورٹ کے کاموں کے لیے الگ فہرست بنا دو، نام ایکسپورٹ رکھو',
    fixture: MARBLE,
    expect: { calls: [{ name: 'create_list', args: { name: 'ایکسپورٹ' } }] },
  },

  // ---- The calligrapher (Urdu) ----
  {
    intent: 'add',
    lang: 'ur',
    text: 'ایک شاگرد کہہ رہا تھا کہ اسے نستعلیق کی مشق کے لیے تختیاں چاہئیں، اس کے لیے تختیاں لکھنی ہیں',
    fixture: CALLIG,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'انارکلی سے وصلی اور سیاہی لے آیا ہوں',
    fixture: CALLIG,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'قطعہ مکمل ہو گیا الحمدللہ',
    fixture: CALLIG,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'الحمرا والوں نے نمائش آگے کر دی ہے، فریم اب تین فروری تک کروانے ہیں',
    fixture: CALLIG,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2027-02-03' } }] },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ملک صاحب کے بیٹے کی شادی کا کارڈ بھی خطاطی میں بنانا ہے، پیر تک نمونہ دکھانا ہے',
    fixture: CALLIG,
    expect: { calls: [{ name: 'add_task_details', args: { due_date: '2027-01-18' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس اتوار کلاس نہیں ہوگی، میں پنڈی جا رہا ہوں',
    fixture: CALLIG,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 6 } }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'الحمرا والوں نے کہا ہے کہ نمائش کے کتابچے کے لیے میری تصویر اور مختصر تعارف بھیجنا ہے',
    fixture: CALLIG,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کمیشن والے کون کون سے کام باقی ہیں؟',
    fixture: CALLIG,
    expect: { reply: '(?=[\\s\\S]*ملک)(?=[\\s\\S]*شیخ)' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'فریم والے کو پیسے دے دیے ہیں، اور بیٹی کی فیس سارہ کے ذمے کر دو',
    fixture: CALLIG,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 8 } },
        { name: 'assign_task', args: { task_id: 9, assignee: '*' } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'شیخ صاحب والا قطعہ اب سورہ ملک کا ہوگا، رحمٰن کا نہیں، نام ٹھیک کر دو',
    fixture: CALLIG,
    expect: { calls: [{ name: 'update_task', args: { task_id: 2, title: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آج ہاتھ کانپ رہا تھا، ایک دائرہ بھی ٹھیک نہیں بنا، سیاہی بھی پتلی تھی',
    fixture: CALLIG,
    expect: { outcome: 'help' },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'بیرون ملک والے شاگردوں کی آن لائن کلاس ہر جمعرات شام سات بجے ہوا کرے گی',
    fixture: CALLIG,
    expect: {
      calls: [{ name: 'add_task_details', args: { recurrence: '*', due_at: '2027-01-21T14:00:00.000Z' } }],
    },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'گیس کا بل فیملی والی فہرست میں ڈال دو',
    fixture: CALLIG,
    expect: { calls: [{ name: 'move_task', args: { task_id: 11, list: 'Family' } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'شاگردوں کی مشق دیکھ لی ہے، سب نے اچھا کام کیا',
    fixture: CALLIG,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 10 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'سب کچھ ایک ہفتہ آگے کر دو',
    fixture: CALLIG,
    expect: { outcome: 'ask' },
  },

  // ---- The carpet dealer (Urdu) ----
  {
    intent: 'complete',
    lang: 'ur',
    text: 'خان صاحب والے قالین آج ٹی سی ایس سے اسلام آباد روانہ کر دیے',
    fixture: CARPET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 2 } }] },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'دھلائی ہو گئی ہے',
    fixture: CARPET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'اسلام آباد والے خان صاحب کا فون آیا تھا، اپنے بھائی کے لیے بھی ایک ریشمی قالین چاہتے ہیں، ان کو تصویریں بھیجنی ہیں',
    fixture: CARPET,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'کسٹم ایجنٹ کو کاغذات پیر کی صبح دس بجے دینے ہیں، آدھا گھنٹہ پہلے یاد دلا دینا',
    fixture: CARPET,
    expect: {
      calls: [
        {
          name: 'set_task_details',
          args: { task_id: 12, due_at: '2027-01-18T05:00:00.000Z', reminders: [{ minutes_before: 30 }] },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'پرسوں شام چار بجے کراچی سے ایک نیا گاہک آ رہا ہے، اسے دکان پر کشمیری قالین دکھانے ہیں',
    fixture: CARPET,
    expect: { calls: [{ name: 'add_task_details', args: { due_at: '2027-01-17T11:00:00.000Z' } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'کل دکان کی صفائی نہیں ہوگی، بازار میں ہڑتال ہے',
    fixture: CARPET,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 7 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'کابل والے سپلائر کو رقم نہیں پہنچی، حوالے والے نے گڑبڑ کر دی، دوبارہ بھیجنی پڑے گی',
    fixture: CARPET,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کسٹم سے کھیپ چھڑوانے کی آخری تاریخ کیا ہے؟',
    fixture: CARPET,
    expect: { reply: '(?<!\\d)19(?!\\d)|۱۹|منگل|\\btue' },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بیٹے کی فیس جمع ہو گئی، اور گیس کا بل بہت ضروری ہے، وہ پہلے نمٹانا ہے',
    fixture: CARPET,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 9 } },
        { name: 'set_task_details', args: { task_id: 10, priority: 'high' } },
      ],
    },
  },
  {
    intent: 'comment',
    lang: 'ur',
    text: 'ریاض صاحب کے قالین کی مرمت والے کام پر کمنٹ کر دو کہ کنارے کی جھالر بھی بدلنی ہے',
    fixture: CARPET,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 5, body: '*' } }] },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'افغان بارڈر پھر بند ہو گیا ہے، کھیپ کا کچھ پتا نہیں، دل بہت پریشان ہے',
    fixture: CARPET,
    expect: { outcome: 'help' },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'بڑے قالین کی دھلائی والا کام ہٹا دو، گاہک کہتا ہے وہ خود دھلوائے گا',
    fixture: CARPET,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'کھیپ چھڑوانے والے کام میں یہ بھی ڈال دو: بل آف لیڈنگ کی کاپی، ڈیوٹی کا چالان، اور ٹرک کا بندوبست',
    fixture: CARPET,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 1 } },
        { name: 'add_subtask', args: { task_id: 1 } },
        { name: 'add_subtask', args: { task_id: 1 } },
      ],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'کرایے والے کام میں یہ نوٹ لکھ دو کہ مالک اب کرایہ بینک میں جمع کرانے کو کہتا ہے',
    fixture: CARPET,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, description: '*' } }] },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کل کیا کیا کرنا ہے؟',
    fixture: CARPET,
    expect: { reply: 'صفائی' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'دکان والی فہرست کا سب کچھ مٹا دو',
    fixture: CARPET,
    expect: { outcome: 'ask' },
  },
];
