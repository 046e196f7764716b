import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { applyTheme, savedTheme } from '../ui/theme';
import { AppearanceSection } from './AppearanceSection';

afterEach(() => {
  localStorage.clear();
  applyTheme('system');
});

describe('the theme', () => {
  it('follows the system until chosen; a choice applies at once and is kept in this browser', async () => {
    renderWithApp(<AppearanceSection />);
    expect(screen.getByRole('radio', { name: 'As the system' })).toHaveProperty('checked', true);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(savedTheme()).toBe('dark');
    await userEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    await userEvent.click(screen.getByRole('radio', { name: 'As the system' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(savedTheme()).toBe('system');
  });

  it('reads a saved choice back, and ignores anything else stored', () => {
    localStorage.setItem('doable:theme', 'dark');
    expect(savedTheme()).toBe('dark');
    localStorage.setItem('doable:theme', 'purple');
    expect(savedTheme()).toBe('system');
  });
});
