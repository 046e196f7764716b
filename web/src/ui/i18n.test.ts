// The web app's language (i18n.ts): Urdu's catalog loaded on demand, the page right to left,
// plurals and Intl in Urdu, arrows along the line.
import { afterEach, describe, expect, it } from 'vitest';
import { intlLocale, language, readingStep, setLanguage, t } from './i18n';

afterEach(() => setLanguage('en'));

describe('the language', () => {
  it('loads Urdu when chosen: its messages, lang and dir, Intl in Urdu; English again after', async () => {
    expect(t('Add a task')).toBe('Add a task');
    await setLanguage('ur');
    expect([language(), intlLocale(), document.documentElement.lang, document.documentElement.dir]).toEqual([
      'ur',
      'ur',
      'ur',
      'rtl',
    ]);
    expect(t('Add a task')).toBe('کام شامل کریں');
    expect(t('{count, plural, one {Deleted # task} other {Deleted # tasks}}', { count: 2 })).toBe(
      `${new Intl.NumberFormat('ur').format(2)} کام حذف کر دیے گئے`,
    );
    expect(readingStep('ArrowLeft')).toBe(1);
    await setLanguage('en');
    expect([t('Add a task'), document.documentElement.dir, readingStep('ArrowLeft')]).toEqual([
      'Add a task',
      'ltr',
      -1,
    ]);
  });
});
