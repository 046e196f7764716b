// The key check (scripts/i18n-keys.ts): every message the code uses is in every language's catalog
// of its part, with the same {names} and plural/select arguments, and no catalog keeps a message
// the code no longer uses (docs/translating.md).
import { describe, expect, it } from 'vitest';
import {
  catalogLanguages,
  catalogProblems,
  translationProblem,
  usedMessages,
} from '../../scripts/i18n-keys.js';

describe('message catalogs', () => {
  it('Urdu is a complete language', () => {
    expect(catalogLanguages()).toContain('ur');
  });

  it('every catalog has every message its part uses, and no other', () => {
    expect(catalogProblems()).toEqual([]);
  });

  it('reports a message a catalog lacks, one it keeps for nothing and one built at run time', () => {
    const used = usedMessages();
    const app = used.get('app')!;
    const [first] = [...app.messages.keys()];
    const messages = new Map(app.messages);
    messages.set('A message no catalog has', 'here.ts:1');
    if (first !== undefined) messages.delete(first);
    const problems = catalogProblems(new Map([...used, ['app', { messages, built: ['there.ts:3'] }]]));
    expect(problems).toContain('there.ts:3: a message built at run time; write {names} and pass values');
    expect(problems).toContain(
      'shared/i18n/catalogs/ur/app.json: lacks "A message no catalog has" (here.ts:1)',
    );
    if (first !== undefined) {
      expect(problems).toContain(
        `shared/i18n/catalogs/ur/app.json: keeps ${JSON.stringify(first)}, which the code no longer uses`,
      );
    }
  });
});

describe('a translation', () => {
  it('keeps the message’s {names} and plural arguments', () => {
    expect(translationProblem('Moved to {list}', '{list} میں منتقل')).toBeUndefined();
    expect(translationProblem('Moved to {list}', '{فہرست} میں منتقل')).toBe('has {فہرست}, not {list}');
    const tasks = '{count, plural, one {# task} other {# tasks}}';
    expect(translationProblem(tasks, '{count, plural, one {# کام} other {# کام}}')).toBeUndefined();
    expect(translationProblem(tasks, '{count} کام')).toBe('its plural or select arguments differ');
    expect(translationProblem(tasks, '{count, plural, one {# کام}}')).toBe("a plural needs an 'other' case");
  });
});
