// The language switch: each language the app has, named in itself (English, اردو). On the sign-in
// pages it is this browser's choice; Settings also keeps it with the account (`onChange`).
import { LANGUAGES, setLanguage, t, useLanguage } from './i18n';

/** A language's own name for itself, as Intl knows it ("اردو" for ur). */
export function languageName(code: string): string {
  return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
}

export function LanguageSwitch({ onChange }: { onChange?: (code: string) => void }) {
  const active = useLanguage();
  return (
    <label className="language-switch">
      <span>{t('Language')}</span>{' '}
      <select
        value={LANGUAGES.includes(active) ? active : 'en'}
        onChange={(e) => {
          const code = e.target.value;
          onChange?.(code);
          void setLanguage(code, true);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
