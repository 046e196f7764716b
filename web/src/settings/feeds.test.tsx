import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, list, renderWithApp } from '../test/render';
import { CalendarFeedsSection } from './CalendarFeedsSection';

afterEach(() => vi.unstubAllGlobals());

describe('settings: calendar feeds', () => {
  it('makes a feed of one list, shows its address once with Copy and a webcal link, and lists it', async () => {
    const api = fakeApi();
    api.lists = [list(1, 'Home'), list(2, 'Errands')];
    renderWithApp(<CalendarFeedsSection />);
    expect(await screen.findByText('No calendar feeds yet.')).toBeDefined();
    await screen.findByRole('option', { name: 'Errands' });
    await userEvent.selectOptions(screen.getByLabelText('Feed of'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Make feed' }));
    await screen.findByText(/Copy it now/);
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ list_id: 2 });
    const address = screen.getByLabelText('Feed address') as HTMLInputElement;
    expect(address.value).toMatch(/^http:\/\/localhost\/feeds\/\d+\/first-secret\.ics$/);
    expect(screen.getByRole('link', { name: 'Open in calendar' }).getAttribute('href')).toMatch(
      /^webcal:\/\//,
    );
    expect(screen.getByRole('button', { name: 'Copy' })).toBeDefined();
    expect(await screen.findByText('never fetched', { exact: false })).toBeDefined();
    expect(screen.getAllByText('Errands').length).toBeGreaterThan(0);
    // Done hides the address; it is not shown again.
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByText(/first-secret/)).toBeNull();
  });

  it('regenerates after a confirmation, and deletes', async () => {
    const api = fakeApi();
    api.calendarFeeds = [
      { id: 7, list_id: null, list_name: null, created_at: new Date(0).toISOString(), last_fetched_at: null },
    ];
    renderWithApp(<CalendarFeedsSection />);
    await userEvent.click(await screen.findByRole('button', { name: /^Regenerate/ }));
    // Nothing is sent before the confirmation.
    expect(api.calls.some((c) => c.path.endsWith('/regenerate'))).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: /^Yes, regenerate/ }));
    await screen.findByText(/Copy it now/);
    expect((screen.getByLabelText('Feed address') as HTMLInputElement).value).toContain('second-secret');
    await userEvent.click(screen.getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(api.calendarFeeds).toHaveLength(0));
    expect(api.calls.some((c) => c.method === 'DELETE' && c.path === '/api/me/calendar-feeds/7')).toBe(true);
    expect(await screen.findByText('No calendar feeds yet.')).toBeDefined();
  });
});
