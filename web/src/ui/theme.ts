// Light, dark, or as the system says, and compact or comfortable task rows: chosen in Settings, kept
// in this browser (localStorage), set as data-theme and data-density on <html> before the app
// renders (styles.css reads them).
import { useState } from 'react';

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: Theme[] = ['system', 'light', 'dark'];
const KEY = 'doable:theme';

export function savedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** The theme and a setter that applies and keeps it. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState(savedTheme);
  return [
    theme,
    (next) => {
      try {
        if (next === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, next);
      } catch {
        // Storage refused (private mode): the choice holds for this page only.
      }
      applyTheme(next);
      setTheme(next);
    },
  ];
}

/** How tall a task row is: one line (the default) or the taller rows with the description under the title. */
export type Density = 'compact' | 'comfortable';
export const DENSITY_KEY = 'doable:density';

export function savedDensity(): Density {
  try {
    return localStorage.getItem(DENSITY_KEY) === 'comfortable' ? 'comfortable' : 'compact';
  } catch {
    return 'compact';
  }
}

/** Sets data-density on <html> (styles.css reads it); compact is the attribute's absence. */
export function applyDensity(density: Density): void {
  if (density === 'compact') delete document.documentElement.dataset.density;
  else document.documentElement.dataset.density = density;
}
