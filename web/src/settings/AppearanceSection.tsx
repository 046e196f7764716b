// Appearance: the theme and the task rows' density, for this browser (web/src/ui/theme.ts).
import { useState } from 'react';
import { msg, t } from '../ui/i18n';
import {
  applyDensity,
  DENSITY_KEY,
  type Density,
  savedDensity,
  THEMES,
  type Theme,
  useTheme,
} from '../ui/theme';
import { Section } from './Section';

const LABELS: Record<Theme, string> = {
  system: msg('As the system'),
  light: msg('Light'),
  dark: msg('Dark'),
};
const DENSITIES: Density[] = ['compact', 'comfortable'];
const DENSITY_LABELS: Record<Density, string> = {
  compact: msg('Compact: one line per task'),
  comfortable: msg('Comfortable: the description under the title'),
};

export function AppearanceSection() {
  const [theme, setTheme] = useTheme();
  const [density, setDensity] = useDensity();
  return (
    <Section id="appearance-title" title={t('Appearance')}>
      <fieldset className="theme-choice">
        <legend>{t('Theme (this browser)')}</legend>
        {THEMES.map((choice) => (
          <label key={choice} className="theme-option">
            <input
              type="radio"
              name="theme"
              value={choice}
              checked={theme === choice}
              onChange={() => setTheme(choice)}
            />{' '}
            {t(LABELS[choice])}
          </label>
        ))}
      </fieldset>
      <fieldset className="theme-choice">
        <legend>{t('Task rows (this browser)')}</legend>
        {DENSITIES.map((choice) => (
          <label key={choice} className="theme-option">
            <input
              type="radio"
              name="density"
              value={choice}
              checked={density === choice}
              onChange={() => setDensity(choice)}
            />{' '}
            {t(DENSITY_LABELS[choice])}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}

/** The density and a setter that applies it and keeps it in this browser. */
function useDensity(): [Density, (density: Density) => void] {
  const [density, setDensity] = useState(savedDensity);
  return [
    density,
    (next) => {
      try {
        if (next === 'compact') localStorage.removeItem(DENSITY_KEY);
        else localStorage.setItem(DENSITY_KEY, next);
      } catch {
        // Storage refused (private mode): the choice holds for this page only.
      }
      applyDensity(next);
      setDensity(next);
    },
  ];
}
