// The message format of docs/translating.md (shared/i18n/message.ts), the language chooser and the
// pseudo-locale.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, directionOf } from '../../shared/i18n/languages.js';
import { formatMessage, messageArgs, messageCases } from '../../shared/i18n/message.js';
import { pseudoMessage } from '../../shared/i18n/pseudo.js';

const TASKS = '{count, plural, =0 {No tasks} one {# task in {list}} other {# tasks in {list}}}';

describe('messages', () => {
  it('fills in values, plurals by the language and choices', () => {
    expect(formatMessage('Moved to {list}', { list: 'Work' }, 'en')).toBe('Moved to Work');
    expect(formatMessage(TASKS, { count: 0, list: 'Inbox' }, 'en')).toBe('No tasks');
    expect(formatMessage(TASKS, { count: 1, list: 'Inbox' }, 'en')).toBe('1 task in Inbox');
    expect(formatMessage(TASKS, { count: 1200, list: 'Inbox' }, 'en', 'en')).toBe('1,200 tasks in Inbox');
    expect(formatMessage('{count, plural, one {# کام} other {# کام}} باقی', { count: 3 }, 'ur', 'ur')).toBe(
      `${new Intl.NumberFormat('ur').format(3)} کام باقی`,
    );
    expect(formatMessage('{k, select, list {A list} other {A tag}}', { k: 'list' }, 'en')).toBe('A list');
    expect(formatMessage('{k, select, list {A list} other {A tag}}', { k: 'x' }, 'en')).toBe('A tag');
    expect(formatMessage("Don't lose {x}", undefined, 'en')).toBe("Don't lose {x}");
  });

  it('says ordinals by the language’s ordinal rules (selectordinal)', () => {
    const nth = '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}';
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => formatMessage(nth, { n }, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
    // Urdu has one ordinal category: the exact cases name the first few.
    const urdu = '{n, selectordinal, =1 {پہلے} =2 {دوسرے} other {#ویں}}';
    expect([1, 2, 7].map((n) => formatMessage(urdu, { n }, 'ur', 'ur'))).toEqual(['پہلے', 'دوسرے', '7ویں']);
    expect(messageCases(nth)).toEqual(['n:selectordinal']);
  });

  it('names the values and the cases a message has', () => {
    expect(messageArgs(TASKS)).toEqual(['count', 'list']);
    expect(messageCases(TASKS)).toEqual(['count:plural']);
    expect(messageArgs('Plain')).toEqual([]);
  });
});

describe('languages', () => {
  it('chooses the first language available, by its primary subtag too, else English', () => {
    expect(chooseLanguage(['ur-PK', 'en-GB'], ['en', 'ur'])).toBe('ur');
    expect(chooseLanguage(['de-DE', 'fr'], ['en', 'ur'])).toBe('en');
    expect(chooseLanguage([null, 'en-US'], ['en', 'ur'])).toBe('en');
  });

  it('writes Urdu and the pseudo-locale right to left, English left to right', () => {
    expect([directionOf('ur'), directionOf('en-XA'), directionOf('en'), directionOf('ar-EG')]).toEqual([
      'rtl',
      'rtl',
      'ltr',
      'rtl',
    ]);
  });

  it('makes the pseudo-locale accented and longer, its values and cases kept', () => {
    const pseudo = pseudoMessage(TASKS);
    expect(pseudo).not.toMatch(/No tasks|task in/);
    expect(pseudo).toMatch(/^\{count, plural, =0 \{Ñö ţàšķš\} one \{# ţàšķ îñ \{list\}\}/);
    expect(messageArgs(pseudo)).toEqual(messageArgs(TASKS));
    const text = formatMessage(pseudoMessage('Add task'), undefined, 'en');
    expect(text.length).toBeGreaterThanOrEqual(Math.ceil('Add task'.length * 1.3));
    expect(text).not.toMatch(/[A-Za-z]/);
  });
});
