// A repeat in words in Urdu: the rule through the catalogs (shared/recurrence/describe.words.ts),
// Urdu plurals, ordinals, day and month names; English as before once switched back.
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../ui/i18n';
import { describeRule, describeRuleFully } from './recurrence';

afterEach(() => setLanguage('en'));

describe('a repeat in words', () => {
  it('in Urdu: how often, which days, how many times', async () => {
    await setLanguage('ur');
    expect(describeRuleFully('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO')).toBe('ہر 2 ہفتے پیر کو');
    expect(describeRuleFully('FREQ=DAILY')).toBe('روزانہ');
    expect(describeRuleFully('FREQ=DAILY;INTERVAL=3;COUNT=1')).toBe('ہر 3 روز، ایک بار');
    expect(describeRuleFully('FREQ=DAILY;COUNT=5')).toBe('روزانہ، 5 بار');
    expect(describeRuleFully('FREQ=MONTHLY;BYDAY=2TU')).toBe('ہر مہینے دوسرے منگل کو');
    expect(describeRuleFully('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toBe(
      'ہر مہینے آخری کاروباری دن کو',
    );
    expect(describeRuleFully('FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR')).toBe(
      'ہر مہینے 13 تاریخ کو اگر اس دن جمعہ ہو',
    );
    expect(describeRuleFully('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24')).toBe('ہر سال 24 دسمبر کو');
    expect(describeRuleFully('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toBe('ہر کاروباری دن');
    // A row names a weekly rule's days up front, and leaves out the count.
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4')).toBe('ہر پیر اور جمعرات');
    expect(describeRule('FREQ=SECONDLY')).toBe('اپنی ترتیب سے');
  });

  it('in English, as it always read', async () => {
    await setLanguage('ur');
    await setLanguage('en');
    expect(describeRuleFully('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO')).toBe('every 2 weeks on Monday');
    expect(describeRuleFully('FREQ=DAILY;COUNT=5')).toBe('daily, 5 times');
    expect(describeRule('FREQ=WEEKLY;BYDAY=MO,TH')).toBe('every Mon and Thu');
  });
});
