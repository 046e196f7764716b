import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { applyDensity, applyTheme, savedDensity, savedTheme } from '../ui/theme';
import { AppearanceSection } from './AppearanceSection';

afterEach(() => {
  localStorage.clear();
  applyTheme('system');
  applyDensity('compact');
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

describe('the task rows’ density', () => {
  it('is compact until Comfortable is chosen; the choice applies at once and is kept in this browser', async () => {
    renderWithApp(<AppearanceSection />);
    expect(screen.getByRole('radio', { name: /^Compact/ })).toHaveProperty('checked', true);
    expect(document.documentElement.dataset.density).toBeUndefined();
    await userEvent.click(screen.getByRole('radio', { name: /^Comfortable/ }));
    expect(document.documentElement.dataset.density).toBe('comfortable');
    expect(savedDensity()).toBe('comfortable');
    await userEvent.click(screen.getByRole('radio', { name: /^Compact/ }));
    expect(document.documentElement.dataset.density).toBeUndefined();
    expect(savedDensity()).toBe('compact');
    localStorage.setItem('doable:density', 'tiny');
    expect(savedDensity()).toBe('compact');
  });
});
