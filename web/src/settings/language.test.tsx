// Settings → Language: the account's language (PATCH language), which switches the app at once,
// the page's lang and dir with it; a refused change switches it back.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { setLanguage } from '../ui/i18n';
import { LanguageSection } from './LanguageSection';

afterEach(async () => {
  vi.unstubAllGlobals();
  localStorage.clear();
  await setLanguage('en');
});

/** A settings API answering `language`; PATCH sets it unless `refuse`. */
function settingsApi(language: string | null, refuse = false) {
  const patches: unknown[] = [];
  let current = language;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request) => {
      const body = input.method === 'PATCH' ? await input.json() : undefined;
      if (body) patches.push(body);
      if (body && refuse)
        return new Response(JSON.stringify({ status: 422, error_code: 'VALIDATION_ERROR', detail: 'no' }), {
          status: 422,
          headers: { 'content-type': 'application/problem+json' },
        });
      if (body) current = (body as { language: string | null }).language;
      return Response.json({ time_zone: 'UTC', language: current, date_order: 'mdy' });
    }),
  );
  return patches;
}

describe('settings: language', () => {
  it('offers the browser’s language and each language by its own name; a choice switches the app at once', async () => {
    const patches = settingsApi(null);
    renderWithApp(<LanguageSection />);
    const browsers = await screen.findByRole('radio', { name: "The browser's language" });
    await waitFor(() => expect(browsers).toHaveProperty('checked', true));
    expect(screen.getByRole('radio', { name: 'English' })).toHaveProperty('checked', false);
    await userEvent.click(screen.getByRole('radio', { name: 'اردو' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('ur'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(patches).toEqual([{ language: 'ur' }]);
    // The section itself now reads in Urdu.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'زبان' })).toBeTruthy());
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(patches).toEqual([{ language: 'ur' }, { language: 'en' }]);
    await userEvent.click(screen.getByRole('radio', { name: "The browser's language" }));
    await waitFor(() =>
      expect(patches).toEqual([{ language: 'ur' }, { language: 'en' }, { language: null }]),
    );
  });

  it('goes back to the language it was in when the server refuses the change', async () => {
    settingsApi('en', true);
    renderWithApp(<LanguageSection />);
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'English' })).toHaveProperty('checked', true),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'اردو' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });
});
