// Appearance: the theme, for this browser (web/src/ui/theme.ts).
import { THEMES, type Theme, useTheme } from '../ui/theme';
import { Section } from './Section';

const LABELS: Record<Theme, string> = { system: 'As the system', light: 'Light', dark: 'Dark' };

export function AppearanceSection() {
  const [theme, setTheme] = useTheme();
  return (
    <Section id="appearance-title" title="Appearance">
      <fieldset className="theme-choice">
        <legend>Theme (this browser)</legend>
        {THEMES.map((choice) => (
          <label key={choice} className="theme-option">
            <input
              type="radio"
              name="theme"
              value={choice}
              checked={theme === choice}
              onChange={() => setTheme(choice)}
            />{' '}
            {LABELS[choice]}
          </label>
        ))}
      </fieldset>
    </Section>
  );
}
