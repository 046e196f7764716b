// The answer to "which one?" by a word of one of the tasks the question numbered: "Chaudhry walon
// ko" to "1. Chaudhry family ko menu bhejna 2. Sheikh family ko menu bhejna", "کلٹس والے", "the
// Brightpath one". The question kept the request's action and change (state.ts: the which ask);
// the answer's words, less the closed class around a name (lang/focus.json choiceWords), must meet
// the words of exactly one numbered title. Anything else is read as usual.
import type { HistoryMessage } from '../../../server/features/assistant/agent.js';
import data from '../lang/focus.json' with { type: 'json' };
import { words, wordsMeet } from '../language.js';
import type { Change } from '../meaning.js';
import { type Ask, lastAsked, shownIn } from '../state.js';
import { type Action, WHICH, whichTo } from '../turn.js';
import type { readAbout } from './about.js';

const AROUND = new Set([...data.choiceWords.en, ...data.choiceWords.roman, ...data.choiceWords.ur]);
const ACTIONS = new Set<Action>(['complete', 'delete', 'reopen', 'update', 'skip']);
/** An answer naming a task is a few words. */
const AT_MOST = 4;

/** The task an answer to "which one?" names among those numbered, with what the request asked done to it. */
export function chosenOfShown(
  history: HistoryMessage[],
  message: string,
): { id: number; action: Action; change: Change | null; request: string } | null {
  const asked = lastAsked(history);
  const which = asked?.asks.find((a) => a.kind === 'which');
  const last = history.at(-1);
  if (!asked || which?.kind !== 'which' || !which.action || !ACTIONS.has(which.action) || !last) return null;
  const change = which.change ?? null;
  if (which.action === 'update' && (typeof change !== 'object' || change === null)) return null;
  const named = words(message).filter((w) => !AROUND.has(w));
  if (named.length === 0 || named.length > AT_MOST) return null;
  const shown = shownIn(last) ?? [];
  const meeting = shown.filter((t) => {
    const title = words(t.title);
    return named.every((w) => title.some((t) => wordsMeet(w, t)));
  });
  return meeting.length === 1
    ? { id: meeting[0]!.id, action: which.action, change, request: asked.request }
    : null;
}

/**
 * What the answer to "which one?" about news of several tasks carries out: the news read as done, a
 * note, a skip or a change with its own day (a time alone is placed on the chosen task's day only
 * when it is one task); a thing called off is never completed on a name alone.
 */
export function whichOfNews(read: ReturnType<typeof readAbout>, text: string): Ask {
  if (read.kind === 'done') return /\bcancell?ed\b/iu.test(text) ? WHICH : whichTo('complete');
  if (read.kind === 'skip') return whichTo('skip');
  if (read.kind === 'note') return whichTo('update', { description: read.description });
  if (read.kind === 'change' && !read.timeOnly) return whichTo('update', read.change);
  return WHICH;
}
