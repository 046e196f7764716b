// The pseudo-locale (PSEUDO_LANGUAGE): made from the English text as it is shown, so it needs no
// catalog. Kept apart so only a run in the pseudo-locale loads it.
import { parseMessage } from './message.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

/**
 * A message in the pseudo-locale: its text accented (no ASCII letter left, so text that did not
 * come from a catalog stands out), its arguments kept, and about 30% longer.
 */
export function pseudoMessage(message: string): string {
  let letters = 0;
  const accent = (text: string) =>
    text.replace(/[A-Za-z]/g, (c) => {
      letters++;
      return ACCENTED[PLAIN.indexOf(c)]!;
    });
  const write = (parts: ReturnType<typeof parseMessage>): string =>
    parts
      .map((p) => {
        if (typeof p === 'string') return accent(p);
        if (p === 0) return '#';
        if (!p.cases) return `{${p.arg}}`;
        const cases = Object.entries(p.cases).map(([k, c]) => `${k} {${write(c)}}`);
        return `{${p.arg}, ${p.kind}, ${cases.join(' ')}}`;
      })
      .join('');
  const text = write(parseMessage(message));
  // The added length in words of ten at most: a long message's would be one word wider than a phone.
  const dots = Math.ceil(letters * 0.3);
  const words = Array.from({ length: Math.ceil(dots / 10) }, (_, i) =>
    '·'.repeat(Math.min(10, dots - i * 10)),
  );
  return `${text}${words.join(' ')}`;
}
