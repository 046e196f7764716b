// Language: the one Doable is shown in for this account, and its emails and push notifications
// written in (the settings' `language`). Each language is named in itself; "the browser's" clears
// the choice. A choice switches the app at once, before the server has answered.
import { chooseLanguage } from '#shared/i18n/languages.js';
import type { Schemas } from '../api/client';
import { language as activeLanguage, LANGUAGES, setLanguage, t, useLanguage } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { useSaveSettings, useSettings } from './api';
import { ErrorText, Section } from './Section';

/** A language's name in itself: "English", "اردو". */
const ownName = (code: string) => {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export function LanguageSection() {
  // Re-rendered in the new language as soon as it is loaded (the app renders anew too).
  useLanguage();
  const settings = useSettings();
  const save = useSaveSettings();
  const toast = useToast();
  const chosen = settings.data?.language;
  const choose = (code: string | null) => {
    const before = activeLanguage();
    // "The browser's" is kept as this browser's choice too, so the device follows its languages.
    void setLanguage(code ?? chooseLanguage(navigator.languages, LANGUAGES), true);
    save.mutate(
      // The API's type lists the languages of the build that generated it; LANGUAGES is the same list.
      { language: code as Schemas['SettingsPatchInput']['language'] },
      {
        onSuccess: () => toast({ message: t('Language saved') }),
        // Not saved: the app goes back to the language it was in.
        onError: () => void setLanguage(before),
      },
    );
  };
  return (
    <Section id="language-title" title={t('Language')}>
      <fieldset className="theme-choice">
        <legend>{t('Doable, its emails and its notifications in')}</legend>
        <label className="theme-option">
          <input
            type="radio"
            name="language"
            value=""
            checked={settings.data !== undefined && chosen === null}
            disabled={!settings.data || save.isPending}
            onChange={() => choose(null)}
          />{' '}
          {t("The browser's language")}
        </label>
        {LANGUAGES.map((code) => (
          <label key={code} className="theme-option" lang={code}>
            <input
              type="radio"
              name="language"
              value={code}
              checked={chosen === code}
              disabled={!settings.data || save.isPending}
              onChange={() => choose(code)}
            />{' '}
            {ownName(code)}
          </label>
        ))}
      </fieldset>
      {save.error && <ErrorText error={save.error} />}
    </Section>
  );
}
