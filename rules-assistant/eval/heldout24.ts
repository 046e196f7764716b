// A twenty-fourth held-out set for the built-in assistant, written blind and SEALED until its one run
// (the honest measure; nobody looks at its cases against the assistant before then).
// How it was written: blind to the assistant. Opened, and nothing else: in /work/main: README.md,
// package.json (its scripts), biome.json (its formatter settings), server/features/assistant/tools.ts (the tool
// contract the expected calls are written in), rules-assistant/eval/memory-tools.ts (FixtureTask, the in-memory
// tools, PEOPLE, SHARED_LISTS), rules-assistant/eval/run.ts (judge(), wrongChange(), how a set's clock and fixtures
// are used), rules-assistant/eval/db-tools.ts (its first 150 lines), the first 75 lines of rules-assistant/eval/utterances.ts (types,
// FIXTURES) and the first 200 lines of rules-assistant/eval/heldout23.ts (its header: format, judging conventions,
// clock, how fixtures are declared, its first fixtures; no case of it falls in those lines). Also
// seen: directory listings of /work/main, rules-assistant/eval/, server/ and server/features/assistant/ (names only), and a grep of
// rules-assistant/eval/db-tools.ts for the word "export" (its two hits, lines 34 and 40, lie in the first 150 lines).
// Not opened: anything under rules-assistant/engine/, docs/, test/, eval/intent-*.ts, eval/round*.ts,
// eval/probes*.ts, rules-assistant/eval/utterances-statements.ts, the rest of utterances.ts, any other held-out set's
// cases (nothing of heldout23.ts past its line 200), any git history, diff, log or status, any eval
// output (one `git status --porcelain` was run by mistake, its output thrown away unseen by `head -0`:
// nothing of it was printed). The assistant was never run on these cases, nor its code loaded: the
// throwaway scripts imported judge() from rules-assistant/eval/run.ts under a Node module hook that resolved
// rules-assistant/engine/index.js to an empty stand-in and refused any other file under
// rules-assistant/engine/ (run.ts's other imports, the other sets among them, were loaded, never printed
// or read). Only the file's type check and lint, its own reply regexes (through judge()
// against hand-written replies, and against wrong ones that must fail) and its expected calls (fed
// straight to the in-memory tools with each case's fixture and this set's clock, and once more to the
// real tools through rules-assistant/eval/db-tools.ts's openEvalDatabase(HELDOUT24_NOW); the fixtures also parsed by
// the service's TaskInputSchema) were checked, from throwaway scripts outside the repository.
// People (new ones): a pharmacist who owns a community pharmacy in Rawalpindi (two insulin reorders,
// glargine and aspart pens, the weekly expiry check of the cough-syrup shelf, the drug sale licence, a
// refill call to Mrs Qureshi, the vaccine fridge's daily temperature log, July's night-shift roster on
// the shared list Office of the hospital pharmacy Bilal runs, the controlled-drugs stocktake, her
// daughter Zainab's school uniform on Family, a CPD webinar, expired stock back to the Getz rep, the
// shop's electricity bill); a freelance graphic designer in Karachi (a logo and a menu for Crumbs
// bakery, a brochure for Al-Noor school, an invoice for Tariq's wedding cards, Behance, the Adobe
// subscription, weekly posts for Chai Dhaba, the Friday backup, sprint review slides on Office, his
// mother's eye checkup on Family, Figma, a printed portfolio for an agency interview); an ICU nurse on
// rotating shifts in Lahore (two night-shift swaps, with Rabia on Thursday and Hina on Saturday, BLS
// recertification, an incident report, the daily crash-cart check, the PNC registration, the weekly
// grocery run, the ward's night duty chart on Office, her father's lab reports on Family, the sepsis
// protocol, the gym, the landlord and the geyser); a tailor in Faisalabad who types Roman Urdu (Imran
// sahab's sherwani and waistcoat, Bano baji's three suits, latha from the cloth market, the sewing
// machine's monthly service, his karigar Shakeel's weekly pay, the shop rent, Naseem's lehnga, the
// credit copy, the children's school fees on Family, catalogue photos, the electricity bill); a
// ride-hailing driver in Karachi who types Roman Urdu (the weekly Careem and inDrive payment checks, the
// car's oil change, the CNG kit certificate, the token tax, an airport pickup, the car's instalment,
// the AC gas, his mother's medicine on Family, a puncture, a phone holder); a cricket coach at an
// academy in Lahore who types Roman Urdu (the U-14 and U-16 fitness tests, net practice, new balls and
// stumps, a match against Ravi Gymkhana, team selection, fee reminders to parents, a Level 2 course
// form, the academy's monthly report on Office, his daughter's tuition pickup on Family, the bowling
// machine, the gym, the AC service at home); a housewife running a home bakery in Lahore who types
// Urdu (Mrs Khan's birthday cake and cupcakes, flour and sugar, the oven's weekly clean, Instagram
// photos, the food authority registration, the children's school fees on Family, Sana's book, the gas
// bill, a date cake to try, the delivery man's money, new baking moulds); a small-farm owner near Sahiwal who types Urdu
// (the tube well's motor and its electricity bill, rice seedlings, the weekly cotton spray, the
// buffalo's vet, cattle feed, mango rates at the market, the tractor's instalment and tyres,
// fertiliser, his daughter's wedding cards on Family, the Kisan card, the seed dealer's debt); a
// mosque and welfare-committee volunteer in Karachi who types Urdu (ration bags for widows and for
// orphans, washing the prayer mats every Thursday, the water cooler, the committee's accounts, the
// mosque's electricity bill, the Quran class's attendance, a receipt book, a blood donation camp, the
// water tank, his mother's medicine on Family, the speakers, the imam's monthly salary). They type the
// way people do: no command words, typos, texting shorthand, long indirect sentences, politeness,
// several requests at once, relative dates, recurring things, reminders, edits (dates, priority,
// titles, notes, tags), done and not-done news, reopening without the word, moves, assignments,
// comments, subtasks, deletes, skips, a new list, questions, two similar tasks and vague or destructive
// requests (right outcome: ask), small talk (no tool at all). One message a case, no earlier turn.
// 156 cases: 66 English, 45 Roman Urdu, 45 Urdu script.
// Intents (this set's labels, as heldout23's): add (a plain task), details (a new task with a due
// moment, list, priority, tags, recurrence or reminder), complete, reopen, update (title or note),
// edit (due moment, priority, tags, recurrence, reminders of an existing task), delete, skip, move,
// assign, comment, subtask, list (a new list), read, ask, chat, multi (several changes in one message).
// Counts: add 12, details 23, complete 12, reopen 7, update 9, edit 14, delete 7, skip 5, move 6,
// assign 5, comment 5, subtask 6, list 4, read 14, ask 12, chat 6, multi 9.
// Fixtures (its own): PHARMACY, DESIGNER, NURSE (Latin-script titles, for English cases); DARZI,
// SAWARI, COACH (Latin-script titles, for Roman Urdu cases); BAKERY, KHET, MASJID (Urdu-script titles,
// for Urdu cases). Similar pairs: PHARMACY 1/2 (reordering insulin glargine and insulin aspart pens),
// DESIGNER 1/2 (the Crumbs bakery logo and its menu), NURSE 1/2 (the Thursday and the Saturday
// night-shift swaps), DARZI 1/2 (Imran sahab's sherwani and his waistcoat), SAWARI 1/2 (the Careem and
// the inDrive payment checks), COACH 1/2 (the U-14 and the U-16 fitness tests), BAKERY 1/2 (Mrs Khan's
// cake and her cupcakes), KHET 1/2 (the tube well's motor and its electricity bill), MASJID 1/2 (the
// ration bags for widows and for orphans). Lists named Family and Office are the shared lists of
// SHARED_LISTS (Family: the user owns it, Sara Khan editor, Ali Raza viewer; Office: Bilal Ahmed owns
// it, the user and Sara editors); Orders, Pharmacy, Clients, Portfolio, Shifts, Ward, Home, Silai,
// Kapra, Hisaab, Kamai, Gaari, Academy, Matches, Ghar, آرڈر, سامان, گھر, کھیت, مویشی, منڈی, مسجد,
// راشن and کمیٹی are the user's own. No list is named Club. Every move goes to one of the user's own
// lists (no task moves into or out of Office); every assignment is to Sara (an editor of Family and of
// Office) or to Bilal (the owner of Office).
// Clock (its own): Tuesday 2032-06-15 08:20 Asia/Karachi (UTC+5, no DST) = 2032-06-15T03:20:00.000Z,
// exported as HELDOUT24_NOW / HELDOUT24_ZONE (2032-06-15 is a Tuesday, checked with node); run it with
// runEval's clock argument set to them (and, on the real tools, a database opened with
// openEvalDatabase(HELDOUT24_NOW)). Worked out with node:
//   today (aaj, آج) = Tue 06-15; tomorrow (tmrw, kal, کل) = Wed 06-16; day after tomorrow (parson,
//   پرسوں) = Thu 06-17 (also "thursday", جمعرات); Friday (jumma, جمعہ) = 06-18, "this friday" (is
//   jummay, اس جمعے) = 06-18; Saturday (سنیچر, ہفتہ) = 06-19, "this saturday" = 06-19; Sunday (itwar,
//   اتوار) = 06-20; Monday (پیر) = 06-21, "this monday" (اس پیر) = 06-21; "this thursday" (اس جمعرات)
//   = 06-17; the 19th (19 tareekh) = Sat 06-19; the 23rd = Wed 06-23; "friday the 25th" = Fri 06-25;
//   the 25th (25 tareekh) = Fri 06-25; "in ten days" (دس دن بعد) = Fri 06-25; end of the month = Wed
//   06-30; "the 1st of next month" (اگلے مہینے کی پہلی تاریخ) = Thu 07-01; "the 5th of July" = Mon
//   07-05; "the 10th of july" = Sat 07-10. Recurring: "every sunday evening at 7" its first = Sun 06-20
//   19:00; "every other day starting today" its first = 06-15; "every jumma, starting this jumma" its
//   first = Fri 06-18; "every month on the 28th" (har mahine 28 tareekh) its first = Mon 06-28 (still
//   ahead); "every saturday" (ہر سنیچر) its first = 06-19; "every friday at 12:30" (ہر جمعہ ساڑھے
//   بارہ بجے) its first = Fri 06-18 12:30.
//   Clock times (PKT = UTC+5), as UTC ISO: today 21:00 = 2032-06-15T16:00:00.000Z; tomorrow (Wed 06-16)
//   8am = 2032-06-16T03:00:00.000Z, 11am = 06:00Z, 5pm = 12:00Z, 10pm = 17:00Z; Thu 06-17 7am =
//   2032-06-17T02:00:00.000Z, 4pm = 11:00Z; Fri 06-18 12:30 = 2032-06-18T07:30:00.000Z; Sun 06-20 8am =
//   2032-06-20T03:00:00.000Z, 7pm = 14:00Z; Mon 06-21 4:30pm = 2032-06-21T11:30:00.000Z. "Remind me /
//   yaad dila dena / یاد دہانی a day before" (ایک دن پہلے) = 1440 minutes, "an hour before" (ایک گھنٹہ
//   پہلے) = 60, "half an hour before" (aadha ghanta pehle) = 30.
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
// Anything ambiguous is '*' or left out of args. In this set: "pretty urgent", "urgent now", "bump it
// to high", "bohat zaroori" and "بہت ضروری" are priority high; "low prio" and "low kar do" are
// priority low.
import type { FixtureTask } from './memory-tools.js';
import type { Utterance } from './utterances.js';

export const HELDOUT24_NOW = new Date('2032-06-15T03:20:00.000Z'); // Tuesday 08:20 in Karachi
export const HELDOUT24_ZONE = 'Asia/Karachi';

/** The pharmacist who owns a community pharmacy in Rawalpindi. */
const PHARMACY: FixtureTask[] = [
  {
    id: 1,
    title: 'Reorder insulin glargine pens',
    list: 'Orders',
    priority: 'high',
    due_date: '2032-06-16',
  },
  { id: 2, title: 'Reorder insulin aspart pens', list: 'Orders', due_date: '2032-06-18' },
  {
    id: 3,
    title: 'Check expiry dates on the cough syrup shelf',
    list: 'Pharmacy',
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2032-06-19',
  },
  {
    id: 4,
    title: 'Renew drug sale licence',
    priority: 'medium',
    tags: ['govt'],
    due_date: '2032-06-30',
  },
  { id: 5, title: 'Call Mrs Qureshi about her BP meds refill', due_date: '2032-06-14' },
  { id: 6, title: 'Pay the fridge repair guy', completed: true },
  {
    id: 7,
    title: 'Vaccine fridge temperature log',
    list: 'Pharmacy',
    recurrence: 'FREQ=DAILY',
    due_at: '2032-06-15T04:00:00.000Z',
  },
  { id: 8, title: 'Night-shift roster for July', list: 'Office', due_date: '2032-06-25' },
  {
    id: 9,
    title: 'Stocktake of the controlled drugs register',
    list: 'Pharmacy',
    tags: ['audit'],
    due_date: '2032-06-20',
  },
  { id: 10, title: 'Buy school uniform for Zainab', list: 'Family', due_date: '2032-06-19' },
  { id: 11, title: 'Send invoice to Shifa distributors', completed: true, tags: ['payments'] },
  { id: 12, title: 'Sign up for the CPD webinar on antibiotics' },
  { id: 13, title: 'Return expired stock to the Getz rep', list: 'Orders', due_date: '2032-06-17' },
  {
    id: 14,
    title: 'Pay shop electricity bill',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2032-06-20',
  },
];

/** The freelance graphic designer in Karachi. */
const DESIGNER: FixtureTask[] = [
  {
    id: 1,
    title: 'Logo concepts for Crumbs bakery',
    list: 'Clients',
    priority: 'high',
    due_date: '2032-06-16',
  },
  { id: 2, title: 'Menu design for Crumbs bakery', list: 'Clients', due_date: '2032-06-21' },
  {
    id: 3,
    title: 'Brochure layout for Al-Noor school',
    list: 'Clients',
    due_at: '2032-06-17T12:00:00.000Z',
  },
  {
    id: 4,
    title: 'Invoice Tariq for the wedding card job',
    tags: ['payments'],
    due_date: '2032-06-14',
  },
  { id: 5, title: 'Update Behance portfolio', list: 'Portfolio' },
  {
    id: 6,
    title: 'Renew Adobe subscription',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=18',
    due_date: '2032-06-18',
  },
  {
    id: 7,
    title: 'Social media posts for Chai Dhaba',
    list: 'Clients',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2032-06-21',
  },
  { id: 8, title: 'Send final files to Chai Dhaba', list: 'Clients', completed: true },
  {
    id: 9,
    title: 'Back up the project drive',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    due_date: '2032-06-18',
  },
  { id: 10, title: 'Sprint review slides for the studio', list: 'Office', due_date: '2032-06-17' },
  { id: 11, title: "Book Ammi's eye checkup", list: 'Family', due_date: '2032-06-19' },
  { id: 12, title: 'Learn Figma auto layout', priority: 'low' },
  { id: 13, title: 'Pay coworking desk rent', completed: true, tags: ['bills'] },
  { id: 14, title: 'Print portfolio for the agency interview', due_date: '2032-06-22' },
];

/** The ICU nurse on rotating shifts in Lahore. */
const NURSE: FixtureTask[] = [
  { id: 1, title: 'Swap Thursday night shift with Rabia', list: 'Shifts', due_date: '2032-06-17' },
  { id: 2, title: 'Swap Saturday night shift with Hina', list: 'Shifts', due_date: '2032-06-19' },
  {
    id: 3,
    title: 'BLS recertification course',
    priority: 'high',
    tags: ['training'],
    due_date: '2032-06-24',
  },
  { id: 4, title: 'Hand in the ICU incident report', list: 'Ward', due_date: '2032-06-15' },
  {
    id: 5,
    title: 'Check the crash cart',
    list: 'Ward',
    recurrence: 'FREQ=DAILY',
    due_at: '2032-06-15T14:00:00.000Z',
  },
  { id: 6, title: 'Renew PNC registration', tags: ['govt'], due_date: '2032-07-10' },
  {
    id: 7,
    title: 'Grocery run for the week',
    list: 'Home',
    recurrence: 'FREQ=WEEKLY;BYDAY=SU',
    due_date: '2032-06-20',
  },
  { id: 8, title: 'Pay hostel mess bill', completed: true },
  { id: 9, title: 'Night duty chart for the ward', list: 'Office', due_date: '2032-06-18' },
  { id: 10, title: "Pick up Abbu's reports from Chughtai Lab", list: 'Family', due_date: '2032-06-16' },
  { id: 11, title: 'Iron uniforms', list: 'Home', completed: true },
  { id: 12, title: 'Read the new sepsis protocol', list: 'Ward' },
  { id: 13, title: 'Gym membership renewal', priority: 'low', due_date: '2032-06-30' },
  { id: 14, title: 'Call the landlord about the geyser', due_date: '2032-06-14' },
];

/** The tailor in Faisalabad (Roman Urdu). */
const DARZI: FixtureTask[] = [
  { id: 1, title: 'Imran sahab ki sherwani', list: 'Silai', due_date: '2032-06-18' },
  { id: 2, title: 'Imran sahab ka waistcoat', list: 'Silai', due_date: '2032-06-20' },
  { id: 3, title: 'Bano baji ke 3 suit', list: 'Silai', priority: 'high', due_date: '2032-06-16' },
  { id: 4, title: 'Kapra market se latha lena', list: 'Kapra', due_date: '2032-06-15' },
  {
    id: 5,
    title: 'Machine ki servicing',
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2032-07-01',
  },
  {
    id: 6,
    title: 'Karigar Shakeel ki haftawar tankhwah',
    tags: ['payments'],
    recurrence: 'FREQ=WEEKLY;BYDAY=SA',
    due_date: '2032-06-19',
  },
  {
    id: 7,
    title: 'Dukaan ka kiraya',
    list: 'Hisaab',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2032-07-05',
  },
  { id: 8, title: 'Naseem ka lehnga alteration', list: 'Silai', completed: true },
  { id: 9, title: 'Udhaar ki copy update karna' },
  { id: 10, title: 'Bachon ki school fees', list: 'Family', due_date: '2032-06-20' },
  { id: 11, title: 'Naye designs ki catalogue photos', priority: 'low' },
  { id: 12, title: 'Bijli ka bill', tags: ['bills'], due_date: '2032-06-14' },
  { id: 13, title: 'Istri theek karwana', completed: true },
];

/** The ride-hailing driver in Karachi (Roman Urdu). */
const SAWARI: FixtureTask[] = [
  {
    id: 1,
    title: 'Careem ki payment check karna',
    list: 'Kamai',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2032-06-21',
  },
  { id: 2, title: 'inDrive ki payment check karna', list: 'Kamai', due_date: '2032-06-16' },
  { id: 3, title: 'Gaari ka oil change', list: 'Gaari', priority: 'medium', due_date: '2032-06-17' },
  { id: 4, title: 'CNG kit ka certificate renew karwana', tags: ['govt'], due_date: '2032-06-30' },
  {
    id: 5,
    title: 'Token tax jama karwana',
    priority: 'high',
    tags: ['govt'],
    due_date: '2032-06-25',
  },
  { id: 6, title: 'Ahmed bhai ki airport pickup', due_at: '2032-06-16T01:00:00.000Z' },
  {
    id: 7,
    title: 'Gaari ki qist',
    tags: ['bills'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
    due_date: '2032-07-10',
  },
  { id: 8, title: 'AC gas bharwana', list: 'Gaari', completed: true },
  { id: 9, title: 'Ammi ki dawai lana', list: 'Family', due_date: '2032-06-15' },
  { id: 10, title: 'Licence ki copy laminate karwana', completed: true },
  { id: 11, title: 'App pe documents upload karna' },
  { id: 12, title: 'Front tyre ka puncture', list: 'Gaari', due_date: '2032-06-14' },
  { id: 13, title: 'Mobile holder lena', priority: 'low' },
];

/** The cricket coach at an academy in Lahore (Roman Urdu). */
const COACH: FixtureTask[] = [
  { id: 1, title: 'U-14 ka fitness test', list: 'Academy', due_date: '2032-06-17' },
  { id: 2, title: 'U-16 ka fitness test', list: 'Academy', due_date: '2032-06-19' },
  {
    id: 3,
    title: 'U-14 net practice',
    list: 'Academy',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
    due_at: '2032-06-15T12:00:00.000Z',
  },
  {
    id: 4,
    title: 'Naye balls aur stumps order karna',
    list: 'Academy',
    priority: 'high',
    due_date: '2032-06-16',
  },
  {
    id: 5,
    title: 'Ravi Gymkhana ke khilaf match',
    list: 'Matches',
    due_at: '2032-06-20T04:00:00.000Z',
  },
  { id: 6, title: 'Team selection list banana', list: 'Matches', due_date: '2032-06-18' },
  {
    id: 7,
    title: 'Parents ko fees ka reminder bhejna',
    tags: ['fees'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2032-07-01',
  },
  { id: 8, title: 'Ground booking confirm karna', list: 'Matches', completed: true },
  { id: 9, title: 'Level 2 coaching course ka form', tags: ['course'], due_date: '2032-06-28' },
  { id: 10, title: 'Academy ki monthly report', list: 'Office', due_date: '2032-06-30' },
  { id: 11, title: 'Beti ko tuition se lena', list: 'Family', due_at: '2032-06-15T11:30:00.000Z' },
  { id: 12, title: 'Bowling machine theek karwana', list: 'Academy' },
  { id: 13, title: 'Hamza ki batting ki video analysis', completed: true },
  { id: 14, title: 'Gym jana', recurrence: 'FREQ=DAILY', due_at: '2032-06-16T01:30:00.000Z' },
  { id: 15, title: 'Ghar ka AC service', list: 'Ghar', due_date: '2032-06-19' },
];

/** The housewife running a home bakery in Lahore (Urdu). */
const BAKERY: FixtureTask[] = [
  { id: 1, title: 'مسز خان کا سالگرہ کا کیک', list: 'آرڈر', priority: 'high', due_date: '2032-06-17' },
  { id: 2, title: 'مسز خان کے کپ کیکس', list: 'آرڈر', due_date: '2032-06-19' },
  { id: 3, title: 'میدہ اور چینی منگوانا', list: 'سامان', due_date: '2032-06-16' },
  { id: 4, title: 'اوون کی صفائی', recurrence: 'FREQ=WEEKLY;BYDAY=FR', due_date: '2032-06-18' },
  { id: 5, title: 'انسٹاگرام پر نئی تصویریں لگانا' },
  { id: 6, title: 'فوڈ اتھارٹی کی رجسٹریشن', tags: ['کاغذات'], due_date: '2032-06-30' },
  { id: 7, title: 'بچوں کی اسکول فیس', list: 'Family', due_date: '2032-06-20' },
  { id: 8, title: 'ڈبے اور ربن خریدنا', list: 'سامان', completed: true },
  { id: 9, title: 'ثنا کی کتاب واپس کرنا' },
  {
    id: 10,
    title: 'گیس کا بل',
    tags: ['بل'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=22',
    due_date: '2032-06-22',
  },
  { id: 11, title: 'احمد صاحب کا براؤنیز کا آرڈر', list: 'آرڈر', completed: true },
  { id: 12, title: 'کھجور والا کیک آزمانا', priority: 'low' },
  { id: 13, title: 'ڈلیوری والے کو پیسے دینا', due_date: '2032-06-14' },
  { id: 14, title: 'نئے سانچے خریدنا', list: 'گھر' },
];

/** The small-farm owner near Sahiwal (Urdu). */
const KHET: FixtureTask[] = [
  {
    id: 1,
    title: 'ٹیوب ویل کی موٹر ٹھیک کروانا',
    list: 'کھیت',
    priority: 'high',
    due_date: '2032-06-16',
  },
  { id: 2, title: 'ٹیوب ویل کا بجلی کا بل جمع کروانا', tags: ['بل'], due_date: '2032-06-20' },
  { id: 3, title: 'چاول کی پنیری لگانا', list: 'کھیت', due_date: '2032-06-18' },
  {
    id: 4,
    title: 'کپاس پر اسپرے',
    list: 'کھیت',
    recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    due_date: '2032-06-21',
  },
  { id: 5, title: 'بھینس کو ڈاکٹر کو دکھانا', list: 'مویشی', due_date: '2032-06-15' },
  { id: 6, title: 'مویشیوں کے لیے ونڈا خریدنا', list: 'مویشی', due_date: '2032-06-19' },
  { id: 7, title: 'منڈی میں آم کا ریٹ پتہ کرنا', list: 'منڈی' },
  {
    id: 8,
    title: 'ٹریکٹر کی قسط',
    tags: ['بل'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5',
    due_date: '2032-07-05',
  },
  { id: 9, title: 'کھاد کی بوریاں لانا', list: 'کھیت', completed: true },
  { id: 10, title: 'بیٹی کی شادی کے کارڈ چھپوانا', list: 'Family', due_date: '2032-06-25' },
  { id: 11, title: 'کسان کارڈ کی تجدید', tags: ['سرکاری'], due_date: '2032-06-30' },
  { id: 12, title: 'مزدوروں کی اجرت دینا', completed: true },
  { id: 13, title: 'ٹریکٹر کا ٹائر بدلوانا', priority: 'medium' },
  { id: 14, title: 'بیج والے کا ادھار چکانا', due_date: '2032-06-13' },
];

/** The mosque and welfare-committee volunteer in Karachi (Urdu). */
const MASJID: FixtureTask[] = [
  { id: 1, title: 'بیواؤں کے لیے راشن بیگ تیار کرنا', list: 'راشن', due_date: '2032-06-19' },
  { id: 2, title: 'یتیم بچوں کے لیے راشن بیگ تیار کرنا', list: 'راشن', due_date: '2032-06-26' },
  {
    id: 3,
    title: 'صفیں دھلوانا',
    list: 'مسجد',
    recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    due_date: '2032-06-17',
  },
  { id: 4, title: 'واٹر کولر کی مرمت', list: 'مسجد', priority: 'high', due_date: '2032-06-16' },
  { id: 5, title: 'کمیٹی کا حساب کتاب', list: 'کمیٹی', tags: ['حساب'], due_date: '2032-06-30' },
  {
    id: 6,
    title: 'مسجد کا بجلی کا بل',
    tags: ['بل'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=20',
    due_date: '2032-06-20',
  },
  { id: 7, title: 'قرآن کلاس کے بچوں کی حاضری' },
  { id: 8, title: 'چندے کی رسید بک چھپوانا', list: 'کمیٹی', completed: true },
  { id: 9, title: 'خون کے عطیات کا کیمپ', list: 'کمیٹی', due_at: '2032-06-20T05:00:00.000Z' },
  { id: 10, title: 'پانی کی ٹنکی صاف کروانا', list: 'مسجد', completed: true },
  { id: 11, title: 'امی کی دوائی لانا', list: 'Family', due_date: '2032-06-16' },
  { id: 12, title: 'ساؤنڈ سسٹم کے اسپیکر دیکھنا', priority: 'low' },
  {
    id: 13,
    title: 'مولانا صاحب کی تنخواہ',
    tags: ['حساب'],
    recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1',
    due_date: '2032-07-01',
  },
];

export const heldout24: Utterance[] = [
  // ---------------------------------------------------------------- English (66)
  // add (5)
  {
    intent: 'add',
    lang: 'en',
    text: 'Mr Butt keeps asking for the sugar free ORS sachets, I should really find a distributor who actually stocks them',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'note to self: ask Sana for the brand fonts',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'add_task', args: { title: 'ask Sana for the brand fonts' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'my compression socks are literally falling apart lol, need new ones at some point',
    fixture: NURSE,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: "can u jot down 'research mockup sites for packaging' pls",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'add_task', args: { title: 'research mockup sites for packaging' } }] },
  },
  {
    intent: 'add',
    lang: 'en',
    text: 'the card machine at the counter keeps dropping its connection.. gotta ask the bank for a new one',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  // details (9)
  {
    intent: 'details',
    lang: 'en',
    text: "Dr Anwar's clinic wants 20 boxes of Augmentin by thursday, stick it in Orders",
    fixture: PHARMACY,
    expect: {
      calls: [
        { name: 'add_task_details', args: { list: 'Orders', due_date: '2032-06-17' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'gotta call the Hilton Pharma rep tomorrow 11am about their new price list, ping me an hour before',
    fixture: PHARMACY,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2032-06-16T06:00:00.000Z', reminders: [{ minutes_before: 60 }] },
          absent: ['due_date'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'Tariq wants a wedding invite for his sister too 🙄 needs it by friday, pretty urgent',
    fixture: DESIGNER,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2032-06-18', priority: 'high' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "every sunday evening I should sit down and plan the week's client work, say 7pm",
    fixture: DESIGNER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_at: '2032-06-20T14:00:00.000Z' },
          absent: ['due_date'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'fire safety training on the 23rd, its mandatory this time. tag it training',
    fixture: NURSE,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2032-06-23', tags: ['training'] },
          absent: ['due_at'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'dentist appt monday 4.30pm',
    fixture: NURSE,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2032-06-21T11:30:00.000Z' }, absent: ['due_date'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "'pitch deck for the hotel client' in Clients pls, no rush on it, low prio",
    fixture: DESIGNER,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { title: 'pitch deck for the hotel client', list: 'Clients', priority: 'low' },
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: 'water the balcony plants every other day starting today, they are dying in this heat',
    fixture: NURSE,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_date: '2032-06-15' },
          absent: ['due_at'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'en',
    text: "the quarterly sales tax return is due at the end of the month, remind me a day before so I don't forget",
    fixture: PHARMACY,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_date: '2032-06-30', reminders: [{ minutes_before: 1440 }] },
          absent: ['due_at'],
        },
      ],
    },
  },
  // complete (5)
  {
    intent: 'complete',
    lang: 'en',
    text: 'so I finally got hold of Mrs Qureshi after trying all morning, and her BP meds refill is sorted for the month',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'Tariq got his invoice yesterday, finally off my plate',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: 'handed the ICU incident report to the matron this morning 👍',
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "booked Ammi's eye checkup, that's sorted",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'complete',
    lang: 'en',
    text: "Rabia's taking my thursday night so that swap is sorted",
    fixture: NURSE,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 1 } }] },
  },
  // reopen (3)
  {
    intent: 'reopen',
    lang: 'en',
    text: "ugh Chai Dhaba says the final files won't open, I have to send them again",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: 'the uniforms got soaked on the line when it rained, so ironing them is back on',
    fixture: NURSE,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 11 } }] },
  },
  {
    intent: 'reopen',
    lang: 'en',
    text: "turns out my cheque to the fridge repair guy bounced, so I still haven't paid him",
    fixture: PHARMACY,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 6 } }] },
  },
  // update (4)
  {
    intent: 'update',
    lang: 'en',
    text: 'the CPD webinar is actually about antivirals, not antibiotics, my bad. can you fix the name',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'update_task', args: { task_id: 12, title: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: 'for the Al-Noor brochure: they want the school crest in gold and no more than 4 pages, keep that with the task',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'update_task', args: { task_id: 3, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "gym membership renewal -> make that 'Cancel gym membership', I'm done with that place",
    fixture: NURSE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 13, title: 'Cancel gym membership' } }] },
  },
  {
    intent: 'update',
    lang: 'en',
    text: "landlord's number for the geyser thing is 0300-1234567, can it go in the notes",
    fixture: NURSE,
    expect: { calls: [{ name: 'update_task', args: { task_id: 14, description: '*' } }] },
  },
  // edit (6)
  {
    intent: 'edit',
    lang: 'en',
    text: 'hi, could you push the drug sale licence renewal back please? it can wait till the 10th of july, their office is shut till then anyway',
    fixture: PHARMACY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 4, due_date: '2032-07-10' }, absent: ['due_at'] }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'the behance update is more importnt than I thought, bump it to high',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'high' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'BLS course got pushed to friday the 25th',
    fixture: NURSE,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 3, due_date: '2032-06-25' }, absent: ['due_at'] }],
    },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'tag the crumbs logo job as branding too',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, tags: ['branding'] } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: 'for the controlled drugs stocktake I want a heads up the evening before, like saturday 6pm',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 9, reminders: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'en',
    text: "I'm on nights from today so the crash cart check should be at 9pm, not 7",
    fixture: NURSE,
    expect: {
      calls: [
        {
          name: 'set_task_details',
          args: { task_id: 5, due_at: '2032-06-15T16:00:00.000Z' },
          absent: ['due_date'],
        },
      ],
    },
  },
  // delete (3)
  {
    intent: 'delete',
    lang: 'en',
    text: "honestly I'm never going to learn figma auto layout, scrap that one",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'they withdrew that sepsis protocol, no point reading it. get rid of it',
    fixture: NURSE,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'delete',
    lang: 'en',
    text: 'the antibiotics webinar got cancelled by the organisers so just remove it',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  // skip (2)
  {
    intent: 'skip',
    lang: 'en',
    text: "no cough syrup expiry check this saturday, we're shut for my cousin's wedding. next week as normal",
    fixture: PHARMACY,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  {
    intent: 'skip',
    lang: 'en',
    text: "won't be backing up the drive this friday, I'm travelling to Lahore. the one after is fine",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 9 } }] },
  },
  // move (2)
  {
    intent: 'move',
    lang: 'en',
    text: 'the interview portfolio print should live under Portfolio',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'Portfolio' } }] },
  },
  {
    intent: 'move',
    lang: 'en',
    text: 'the geyser call is a home thing really, file it under Home',
    fixture: NURSE,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'Home' } }] },
  },
  // assign (3)
  {
    intent: 'assign',
    lang: 'en',
    text: 'Sara can take care of the July night-shift roster',
    fixture: PHARMACY,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 8, assignee: '*' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Bilal's presenting the sprint review anyway so the slides are his now",
    fixture: DESIGNER,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  {
    intent: 'assign',
    lang: 'en',
    text: "Sara said she'd pick up Abbu's reports from Chughtai, put her on it",
    fixture: NURSE,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  // comment (2)
  {
    intent: 'comment',
    lang: 'en',
    text: "on the night-shift roster leave a comment: I can't do the 3rd and 4th of July",
    fixture: PHARMACY,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 8, body: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'en',
    text: "on the ward duty chart let the others know I'm off on the 26th for a family wedding",
    fixture: NURSE,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  // subtask (2)
  {
    intent: 'subtask',
    lang: 'en',
    text: 'BLS recert - first thing is paying the course fee at the skills lab, put that under it',
    fixture: NURSE,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 3, title: '*' } }] },
  },
  {
    intent: 'subtask',
    lang: 'en',
    text: 'for the crumbs menu I still need two things under it: the price list from the owner, and photos of the cakes',
    fixture: DESIGNER,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 2, title: '*' } },
        { name: 'add_subtask', args: { task_id: 2, title: '*' } },
      ],
    },
  },
  // list (2)
  {
    intent: 'list',
    lang: 'en',
    text: 'I want a separate list for my MSN applications',
    fixture: NURSE,
    expect: { calls: [{ name: 'create_list', args: { name: '*' } }] },
  },
  {
    intent: 'list',
    lang: 'en',
    text: 'start a list called Freebies for the pro bono stuff',
    fixture: DESIGNER,
    expect: { calls: [{ name: 'create_list', args: { name: 'Freebies' } }] },
  },
  // read (7)
  {
    intent: 'read',
    lang: 'en',
    text: "what's on my plate today?",
    fixture: PHARMACY,
    expect: { reply: 'temperature' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'am I late on anything?',
    fixture: DESIGNER,
    expect: { reply: 'Tariq' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "when's the BLS thing again",
    fixture: NURSE,
    expect: { reply: '24' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'which orders are still pending?',
    fixture: PHARMACY,
    expect: { reply: '(?=[\\s\\S]*glargine)(?=[\\s\\S]*aspart)(?=[\\s\\S]*Getz)' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "what's on the shared Office list right now?",
    fixture: NURSE,
    expect: { reply: 'duty chart' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: 'whats coming up this week',
    fixture: DESIGNER,
    expect: { reply: '(?=[\\s\\S]*Crumbs)(?=[\\s\\S]*brochure)' },
  },
  {
    intent: 'read',
    lang: 'en',
    text: "did I already put in something about Zainab's school uniform?",
    fixture: PHARMACY,
    expect: { reply: '19|saturday' },
  },
  // ask (5)
  {
    intent: 'ask',
    lang: 'en',
    text: "insulin order's placed",
    fixture: PHARMACY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'push the night shift swap to next week',
    fixture: NURSE,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'the crumbs job is done and dusted',
    fixture: DESIGNER,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'clear everything out, I want to start from scratch',
    fixture: PHARMACY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'en',
    text: 'change the date on it',
    fixture: DESIGNER,
    expect: { outcome: 'ask' },
  },
  // chat (2)
  {
    intent: 'chat',
    lang: 'en',
    text: 'just came off a 12 hour shift, I am dead 😵',
    fixture: NURSE,
    expect: { outcome: 'help' },
  },
  {
    intent: 'chat',
    lang: 'en',
    text: "thanks, you're a lifesaver honestly",
    fixture: DESIGNER,
    expect: { outcome: 'help' },
  },
  // multi (4)
  {
    intent: 'multi',
    lang: 'en',
    text: 'Getz rep took the expired stock back this morning, and can the licence renewal move to the 5th of July',
    fixture: PHARMACY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 13 } },
        { name: 'set_task_details', args: { task_id: 4, due_date: '2032-07-05' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "incident report's in. also the PNC registration is urgent now, they emailed",
    fixture: NURSE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 4 } },
        { name: 'set_task_details', args: { task_id: 6, priority: 'high' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: 'logo concepts sent to Crumbs!! also need to renew my domain name tmrw',
    fixture: DESIGNER,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'add_task_details', args: { due_date: '2032-06-16' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'en',
    text: "grocery run done, and put 'buy a new thermos' on the Home list",
    fixture: NURSE,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 7 } },
        { name: 'add_task_details', args: { title: 'buy a new thermos', list: 'Home' } },
      ],
    },
  },

  // ---------------------------------------------------------------- Roman Urdu (45)
  // add (4)
  {
    intent: 'add',
    lang: 'roman',
    text: 'yaar naya measuring tape lena hai, purana phat gaya',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'gaari ke seat covers dhulwane hain kisi din',
    fixture: SAWARI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'ye likh lo: kit bag ki zip theek karwani',
    fixture: COACH,
    expect: { calls: [{ name: 'add_task', args: { title: 'kit bag ki zip theek karwani' } }] },
  },
  {
    intent: 'add',
    lang: 'roman',
    text: 'Shazia baji ne apni beti ki frock ke liye design manga hai, kuch sochna parega',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_task' }] },
  },
  // details (7)
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal sham 5 baje Rukhsana aunty naap dene aayengi',
    fixture: DARZI,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2032-06-16T12:00:00.000Z' }, absent: ['due_date'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har jummay dukaan ki achi tarah safai honi chahiye, is jummay se shuru',
    fixture: DARZI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_date: '2032-06-18' },
          absent: ['due_at'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'parson subah 7 baje Saleem sahab ko DHA se Clifton le jana hai, aadha ghanta pehle yaad dila dena',
    fixture: SAWARI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2032-06-17T02:00:00.000Z', reminders: [{ minutes_before: 30 }] },
          absent: ['due_date'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'gaari ki registration renew karwani hai 25 tareekh tak, bohat zaroori hai',
    fixture: SAWARI,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2032-06-25', priority: 'high' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'U-16 walon ke liye naya batting drill plan karna hai sunday tak, Academy list mein',
    fixture: COACH,
    expect: {
      calls: [
        { name: 'add_task_details', args: { list: 'Academy', due_date: '2032-06-20' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'har mahine 28 tareekh ko ground ka kiraya dena hota hai',
    fixture: COACH,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_date: '2032-06-28' },
          absent: ['due_at'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'roman',
    text: 'kal raat 10 baje Faisal ko airport se pick karna hai #pickup',
    fixture: SAWARI,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2032-06-16T17:00:00.000Z', tags: ['pickup'] },
          absent: ['due_date'],
        },
      ],
    },
  },
  // complete (4)
  {
    intent: 'complete',
    lang: 'roman',
    text: 'Bano baji ke teeno suit tayyar ho gaye, pack bhi kar diye',
    fixture: DARZI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'aaj oil change karwa liya',
    fixture: SAWARI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'naye balls aur stumps academy pohanch gaye hain',
    fixture: COACH,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  {
    intent: 'complete',
    lang: 'roman',
    text: 'ammi ki dawai le aya hun',
    fixture: SAWARI,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 9 } }] },
  },
  // reopen (2)
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'Naseem ka lehnga wapis aa gaya, kamar tight hai, alteration dobara karni paregi',
    fixture: DARZI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  {
    intent: 'reopen',
    lang: 'roman',
    text: 'AC phir se garam hawa phenk raha hai, gas dobara bharwani paregi',
    fixture: SAWARI,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  // update (2)
  {
    intent: 'update',
    lang: 'roman',
    text: 'Imran sahab ki sherwani mein naap likh do: kandhe 18 inch, lambai 42',
    fixture: DARZI,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'roman',
    text: "team selection wale kaam ka naam 'U-14 team selection final' kar do",
    fixture: COACH,
    expect: { calls: [{ name: 'update_task', args: { task_id: 6, title: 'U-14 team selection final' } }] },
  },
  // edit (4)
  {
    intent: 'edit',
    lang: 'roman',
    text: 'bhai meherbani, token tax wala kaam itna urgent nahi hai, low kar do',
    fixture: SAWARI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, priority: 'low' } }] },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Imran sahab ka waistcoat unko ek din pehle chahiye, 19 tareekh ko',
    fixture: DARZI,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2032-06-19' }, absent: ['due_at'] }],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Ravi Gymkhana wala match ab 8 baje start hoga, 9 nahi',
    fixture: COACH,
    expect: {
      calls: [
        {
          name: 'set_task_details',
          args: { task_id: 5, due_at: '2032-06-20T03:00:00.000Z' },
          absent: ['due_date'],
        },
      ],
    },
  },
  {
    intent: 'edit',
    lang: 'roman',
    text: 'Careem wali payment ab har jumme ko check karni hai, monday ko nahi',
    fixture: SAWARI,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 1, recurrence: '*' } }] },
  },
  // delete (2)
  {
    intent: 'delete',
    lang: 'roman',
    text: 'mobile holder wala kaam hata do, bhai ne gift kar diya',
    fixture: SAWARI,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 13 } }] },
  },
  {
    intent: 'delete',
    lang: 'roman',
    text: 'bowling machine wala scene khatam, academy ne nayi le li hai, list se nikal do',
    fixture: COACH,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  // skip (1)
  {
    intent: 'skip',
    lang: 'roman',
    text: 'is hafte Shakeel chutti pe gaon gaya hua hai, iss dafa uski tankhwah nahi deni, agle hafte se normal',
    fixture: DARZI,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 6 } }] },
  },
  // move (2)
  {
    intent: 'move',
    lang: 'roman',
    text: 'udhaar ki copy wala kaam Hisaab wali list mein rakh do',
    fixture: DARZI,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'Hisaab' } }] },
  },
  {
    intent: 'move',
    lang: 'roman',
    text: 'gym jana mera apna kaam hai, usko Ghar mein daal do',
    fixture: COACH,
    expect: { calls: [{ name: 'move_task', args: { task_id: 14, list: 'Ghar' } }] },
  },
  // assign (1)
  {
    intent: 'assign',
    lang: 'roman',
    text: 'academy ki monthly report Bilal bhai ke zimme laga do',
    fixture: COACH,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 10, assignee: '*' } }] },
  },
  // comment (2)
  {
    intent: 'comment',
    lang: 'roman',
    text: 'academy report pe comment kar do ke attendance sheet abhi Hamza ke paas hai',
    fixture: COACH,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 10, body: '*' } }] },
  },
  {
    intent: 'comment',
    lang: 'roman',
    text: 'ammi ki dawai wale kaam pe Sara ke liye ek comment chhor do: Fazal pharmacy pe syrup khatam tha',
    fixture: SAWARI,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 9, body: '*' } }] },
  },
  // subtask (2)
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'Ravi Gymkhana wale match ke neeche do kaam: scorer ka intezam aur umpires ko call',
    fixture: COACH,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 5, title: '*' } },
        { name: 'add_subtask', args: { task_id: 5, title: '*' } },
      ],
    },
  },
  {
    intent: 'subtask',
    lang: 'roman',
    text: 'sherwani ke andar ek kaam aur: astar ka kapra lana',
    fixture: DARZI,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: 'astar ka kapra lana' } }] },
  },
  // list (1)
  {
    intent: 'list',
    lang: 'roman',
    text: "summer camp ke liye alag list chahiye, 'Summer Camp' naam rakh do",
    fixture: COACH,
    expect: { calls: [{ name: 'create_list', args: { name: 'Summer Camp' } }] },
  },
  // read (3)
  {
    intent: 'read',
    lang: 'roman',
    text: 'aaj kya kya karna hai bhai',
    fixture: DARZI,
    expect: { reply: 'latha' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'is hafte gaari ke kon kon se kaam hain',
    fixture: SAWARI,
    expect: { reply: 'oil' },
  },
  {
    intent: 'read',
    lang: 'roman',
    text: 'Ravi Gymkhana wala match kab hai?',
    fixture: COACH,
    expect: { reply: '20|sunday|itwar|ittwar' },
  },
  // ask (4)
  {
    intent: 'ask',
    lang: 'roman',
    text: 'Imran sahab wala order ho gaya',
    fixture: DARZI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'payment check kar li hai',
    fixture: SAWARI,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'fitness test kal pe kar do',
    fixture: COACH,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'roman',
    text: 'sab kuch delete kar do yaar, sab gadbad ho gaya hai',
    fixture: SAWARI,
    expect: { outcome: 'ask' },
  },
  // chat (2)
  {
    intent: 'chat',
    lang: 'roman',
    text: 'shukriya bhai, Allah khush rakhe',
    fixture: DARZI,
    expect: { outcome: 'help' },
  },
  {
    intent: 'chat',
    lang: 'roman',
    text: 'aaj bohat rush tha yaar, 14 rides lag gayin',
    fixture: SAWARI,
    expect: { outcome: 'help' },
  },
  // multi (2)
  {
    intent: 'multi',
    lang: 'roman',
    text: 'puncture lagwa liya, aur CNG kit ka certificate kal hi karwana hai, uski date kal kar do',
    fixture: SAWARI,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 12 } },
        { name: 'set_task_details', args: { task_id: 4, due_date: '2032-06-16' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'roman',
    text: 'U-14 ka fitness test ho gaya, U-16 wala itwar ko shift kar do',
    fixture: COACH,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 1 } },
        { name: 'set_task_details', args: { task_id: 2, due_date: '2032-06-20' } },
      ],
    },
  },

  // ---------------------------------------------------------------- Urdu script (45)
  // add (3)
  {
    intent: 'add',
    lang: 'ur',
    text: 'فونڈنٹ بنانے کا نیا طریقہ سیکھنا ہے',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'ٹریکٹر کے لیے نیا ہل خریدنا ہے، لکھ لیں',
    fixture: KHET,
    expect: { calls: [{ name: 'add_task' }] },
  },
  {
    intent: 'add',
    lang: 'ur',
    text: 'وضو خانے کی ٹونٹیاں بدلوانی ہیں',
    fixture: MASJID,
    expect: { calls: [{ name: 'add_task' }] },
  },
  // details (7)
  {
    intent: 'details',
    lang: 'ur',
    text: 'جمعرات کو شام چار بجے عائشہ کو بسکٹ کے دو ڈبے پہنچانے ہیں',
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_at: '2032-06-17T11:00:00.000Z' }, absent: ['due_date'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر سنیچر کو انڈے اور مکھن منگوانے ہوتے ہیں',
    fixture: BAKERY,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_date: '2032-06-19' },
          absent: ['due_at'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'کل صبح آٹھ بجے پٹواری سے ملنا ہے، ایک گھنٹہ پہلے یاد دلا دینا',
    fixture: KHET,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { due_at: '2032-06-16T03:00:00.000Z', reminders: [{ minutes_before: 60 }] },
          absent: ['due_date'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'منڈی والی لسٹ میں: آم کی پیٹیاں بک کروانی ہیں، پرسوں تک',
    fixture: KHET,
    expect: {
      calls: [
        { name: 'add_task_details', args: { list: 'منڈی', due_date: '2032-06-17' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'اگلے مہینے کی پہلی تاریخ کو کمیٹی کی میٹنگ ہے، بہت ضروری ہے',
    fixture: MASJID,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2032-07-01', priority: 'high' }, absent: ['due_at'] },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'ہر جمعہ ساڑھے بارہ بجے خطبے سے پہلے مائیک کی بیٹریاں چیک کرنی ہیں',
    fixture: MASJID,
    expect: {
      calls: [
        {
          name: 'add_task_details',
          args: { recurrence: '*', due_at: '2032-06-18T07:30:00.000Z' },
          absent: ['due_date'],
        },
      ],
    },
  },
  {
    intent: 'details',
    lang: 'ur',
    text: 'دس دن بعد الحمرا میں بیکنگ کی ورکشاپ ہے، اس پر سیکھنا کا ٹیگ لگا دینا',
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'add_task_details', args: { due_date: '2032-06-25', tags: ['سیکھنا'] }, absent: ['due_at'] },
      ],
    },
  },
  // complete (3)
  {
    intent: 'complete',
    lang: 'ur',
    text: 'بھینس کو ڈاکٹر کو دکھا دیا ہے، اب ٹھیک ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 5 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'میدہ اور چینی آ گئی ہے',
    fixture: BAKERY,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 3 } }] },
  },
  {
    intent: 'complete',
    lang: 'ur',
    text: 'واٹر کولر ٹھیک ہو گیا، الحمدللہ',
    fixture: MASJID,
    expect: { calls: [{ name: 'complete_task', args: { task_id: 4 } }] },
  },
  // reopen (2)
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'کھاد کی بوریاں پوری نہیں آئیں، آدھی رہ گئی ہیں، وہ کام ابھی باقی ہے',
    fixture: KHET,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 9 } }] },
  },
  {
    intent: 'reopen',
    lang: 'ur',
    text: 'رسید بک میں غلطی نکلی ہے، دوبارہ چھپوانی پڑے گی',
    fixture: MASJID,
    expect: { calls: [{ name: 'reopen_task', args: { task_id: 8 } }] },
  },
  // update (3)
  {
    intent: 'update',
    lang: 'ur',
    text: 'مسز خان کے کیک کے ساتھ یہ بھی لکھ دو کہ چاکلیٹ فلیور ہے اور اوپر زارا کا نام لکھنا ہے',
    fixture: BAKERY,
    expect: { calls: [{ name: 'update_task', args: { task_id: 1, description: '*' } }] },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: "ٹریکٹر کے ٹائر والے کام کا نام 'ٹریکٹر کے دونوں پچھلے ٹائر بدلوانا' کر دو",
    fixture: KHET,
    expect: {
      calls: [{ name: 'update_task', args: { task_id: 13, title: 'ٹریکٹر کے دونوں پچھلے ٹائر بدلوانا' } }],
    },
  },
  {
    intent: 'update',
    lang: 'ur',
    text: 'قرآن کلاس کی حاضری والے کام میں نوٹ ڈال دو کہ کل 23 بچے ہیں',
    fixture: MASJID,
    expect: { calls: [{ name: 'update_task', args: { task_id: 7, description: '*' } }] },
  },
  // edit (4)
  {
    intent: 'edit',
    lang: 'ur',
    text: 'اوون کی صفائی جمعے کی بجائے اب ہر اتوار کو ہوا کرے گی',
    fixture: BAKERY,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 4, recurrence: '*' } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'ٹیوب ویل کا بل پرسوں تک جمع کروانا ہے، آخری تاریخ بدل گئی ہے',
    fixture: KHET,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 2, due_date: '2032-06-17' }, absent: ['due_at'] }],
    },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: "کمیٹی کے حساب کتاب پر 'ضروری' کا ٹیگ بھی لگا دو",
    fixture: MASJID,
    expect: { calls: [{ name: 'set_task_details', args: { task_id: 5, tags: ['حساب', 'ضروری'] } }] },
  },
  {
    intent: 'edit',
    lang: 'ur',
    text: 'گیس کے بل کی ایک دن پہلے یاد دہانی لگا دو',
    fixture: BAKERY,
    expect: {
      calls: [{ name: 'set_task_details', args: { task_id: 10, reminders: [{ minutes_before: 1440 }] } }],
    },
  },
  // delete (2)
  {
    intent: 'delete',
    lang: 'ur',
    text: 'کھجور والے کیک کا کام مٹا دو، اب نہیں بنانا',
    fixture: BAKERY,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  {
    intent: 'delete',
    lang: 'ur',
    text: 'اسپیکر والا کام لسٹ سے نکال دو، نیا سسٹم لگ گیا ہے',
    fixture: MASJID,
    expect: { calls: [{ name: 'delete_task', args: { task_id: 12 } }] },
  },
  // skip (2)
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس پیر کو کپاس پر اسپرے نہیں ہوگا، بارش کی پیشگوئی ہے، اگلے ہفتے معمول کے مطابق',
    fixture: KHET,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 4 } }] },
  },
  {
    intent: 'skip',
    lang: 'ur',
    text: 'اس جمعرات صفیں نہیں دھلیں گی، اگلی دفعہ معمول کے مطابق',
    fixture: MASJID,
    expect: { calls: [{ name: 'skip_occurrence', args: { task_id: 3 } }] },
  },
  // move (2)
  {
    intent: 'move',
    lang: 'ur',
    text: 'ثنا کی کتاب والا کام گھر والی لسٹ میں ڈال دو',
    fixture: BAKERY,
    expect: { calls: [{ name: 'move_task', args: { task_id: 9, list: 'گھر' } }] },
  },
  {
    intent: 'move',
    lang: 'ur',
    text: 'ٹریکٹر کے ٹائر والا کام کھیت کی فہرست میں رکھ دو',
    fixture: KHET,
    expect: { calls: [{ name: 'move_task', args: { task_id: 13, list: 'کھیت' } }] },
  },
  // assign (1)
  {
    intent: 'assign',
    lang: 'ur',
    text: 'بچوں کی اسکول فیس سارہ جمع کروا دے گی، یہ کام اس کے ذمے کر دو',
    fixture: BAKERY,
    expect: { calls: [{ name: 'assign_task', args: { task_id: 7, assignee: '*' } }] },
  },
  // comment (1)
  {
    intent: 'comment',
    lang: 'ur',
    text: 'براہ کرم امی کی دوائی والے کام پر تبصرہ کر دیں کہ ڈاکٹر نے خوراک بدل دی ہے',
    fixture: MASJID,
    expect: { calls: [{ name: 'comment_on_task', args: { task_id: 11, body: '*' } }] },
  },
  // subtask (2)
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'مسز خان کے کیک کے نیچے ایک چھوٹا کام ڈال دو: فونڈنٹ کے پھول بنانا',
    fixture: BAKERY,
    expect: { calls: [{ name: 'add_subtask', args: { task_id: 1, title: 'فونڈنٹ کے پھول بنانا' } }] },
  },
  {
    intent: 'subtask',
    lang: 'ur',
    text: 'بیواؤں کے راشن بیگ والے کام کے اندر دو کام: آٹے کا حساب اور گھی کی خریداری',
    fixture: MASJID,
    expect: {
      calls: [
        { name: 'add_subtask', args: { task_id: 1, title: '*' } },
        { name: 'add_subtask', args: { task_id: 1, title: '*' } },
      ],
    },
  },
  // list (1)
  {
    intent: 'list',
    lang: 'ur',
    text: "'باغ' کے نام سے ایک نئی فہرست بنا دو، آم کے درختوں کے کام الگ رکھنے ہیں",
    fixture: KHET,
    expect: { calls: [{ name: 'create_list', args: { name: 'باغ' } }] },
  },
  // read (4)
  {
    intent: 'read',
    lang: 'ur',
    text: 'کون کون سے آرڈر ابھی باقی ہیں؟',
    fixture: BAKERY,
    expect: { reply: '(?=[\\s\\S]*سالگرہ)(?=[\\s\\S]*کپ)' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'اس ہفتے کھیت میں کیا کیا کرنا ہے؟',
    fixture: KHET,
    expect: { reply: 'پنیری' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'مسجد کے بجلی کے بل کی تاریخ کیا ہے؟',
    fixture: MASJID,
    expect: { reply: '20|۲۰|بیس|اتوار' },
  },
  {
    intent: 'read',
    lang: 'ur',
    text: 'کون سے کام رہ گئے ہیں جن کی تاریخ گزر چکی ہے؟',
    fixture: KHET,
    expect: { reply: 'بیج' },
  },
  // ask (3)
  {
    intent: 'ask',
    lang: 'ur',
    text: 'مسز خان والا آرڈر ہو گیا',
    fixture: BAKERY,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'ٹیوب ویل والا کام ہو گیا ہے',
    fixture: KHET,
    expect: { outcome: 'ask' },
  },
  {
    intent: 'ask',
    lang: 'ur',
    text: 'راشن بیگ والا کام اگلے ہفتے پر ڈال دو',
    fixture: MASJID,
    expect: { outcome: 'ask' },
  },
  // chat (2)
  {
    intent: 'chat',
    lang: 'ur',
    text: 'آپ بہت اچھے ہو، بہت شکریہ',
    fixture: BAKERY,
    expect: { outcome: 'help' },
  },
  {
    intent: 'chat',
    lang: 'ur',
    text: 'السلام علیکم، کیا حال ہے؟',
    fixture: KHET,
    expect: { outcome: 'help' },
  },
  // multi (3)
  {
    intent: 'multi',
    lang: 'ur',
    text: 'ڈلیوری والے کو پیسے دے دیے، اور اس جمعے اوون کی صفائی نہیں ہوگی',
    fixture: BAKERY,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 13 } },
        { name: 'skip_occurrence', args: { task_id: 4 } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'بھینس کا معائنہ ہو گیا، اور ونڈا ہفتے کی بجائے جمعے کو خریدنا ہے',
    fixture: KHET,
    expect: {
      calls: [
        { name: 'complete_task', args: { task_id: 5 } },
        { name: 'set_task_details', args: { task_id: 6, due_date: '2032-06-18' } },
      ],
    },
  },
  {
    intent: 'multi',
    lang: 'ur',
    text: 'مولانا صاحب کی تنخواہ والا کام مٹا دو، اب کمیٹی خود دیتی ہے۔ اور نیا کام: چھت کے پنکھے صاف کروانا',
    fixture: MASJID,
    expect: {
      calls: [
        { name: 'delete_task', args: { task_id: 13 } },
        { name: 'add_task', args: { title: 'چھت کے پنکھے صاف کروانا' } },
      ],
    },
  },
];
