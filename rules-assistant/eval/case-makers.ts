// Makers of eval cases shared by the round files (rules-assistant/eval/round12.ts on): a case that must make
// exactly these changes, and one that must ask (a question, no change).
import type { FixtureTask } from './memory-tools.js';
import type { ExpectedCall, Utterance } from './utterances.js';

export const does = (
  intent: string,
  lang: Utterance['lang'],
  fixture: FixtureTask[],
  text: string,
  calls: ExpectedCall[],
): Utterance => ({ intent, lang, fixture, text, expect: { calls } });

export const asks = (
  intent: string,
  lang: Utterance['lang'],
  fixture: FixtureTask[],
  text: string,
): Utterance => ({
  intent,
  lang,
  fixture,
  text,
  expect: { calls: [], outcome: 'ask' },
});
