// Why quick add kept a piece of the line in the title: the parse's English reason is one of the
// messages of shared/quickadd/quickadd.reasons.ts, read back with its names and said in Urdu
// through the catalog; anything else is said as it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../shared/i18n/message.js';
import { type Reason, readReason, reasonText, sayReason } from '../shared/quickadd/quickadd.reasons.js';

const urdu = JSON.parse(
  readFileSync(new URL('../shared/i18n/catalogs/ur/shared.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const inUrdu = (message: string, vars?: Record<string, string | number>) =>
  formatMessage(urdu[message] ?? message, vars, 'ur', 'ur');

describe('quick add’s reasons', () => {
  const cases: [Reason, Record<string, string>, string, string][] = [
    [
      'noSection',
      { list: 'Side Project', name: 'Q3 plans' },
      'Side Project has no section named Q3 plans',
      'Side Project میں Q3 plans نام کا کوئی حصہ نہیں',
    ],
    [
      'inboxNoSection',
      { name: 'Garden' },
      'the Inbox has no section named Garden',
      'ان باکس میں Garden نام کا کوئی حصہ نہیں',
    ],
    [
      'noMember',
      { list: 'Family', name: 'bob' },
      'no member of Family is called bob',
      'Family کے کسی رکن کا نام bob نہیں',
    ],
    ['notShared', { list: 'گھر' }, 'گھر is not shared', 'گھر کسی کے ساتھ شیئر نہیں کی گئی'],
    ['inboxNotShared', {}, 'the Inbox is not shared', 'ان باکس کسی کے ساتھ شیئر نہیں ہوتا'],
  ];
  it.each(cases)('%s: English for the API, read back and said in Urdu', (reason, vars, english, said) => {
    expect(reasonText(reason, vars)).toBe(english);
    expect(readReason(english)).toEqual({ reason, vars });
    expect(sayReason(english, inUrdu)).toBe(said);
  });

  it('says a reason it does not know as it is', () => {
    expect(sayReason('a reason from a newer server', inUrdu)).toBe('a reason from a newer server');
  });
});
