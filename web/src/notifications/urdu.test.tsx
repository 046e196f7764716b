// The inbox in Urdu: the heading, each sentence in Urdu word order with its names filled in, the
// unread count, the buttons, and the time through Intl in the Urdu locale; the page right to left.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { setLanguage } from '../ui/i18n';
import { NotificationsScreen } from './NotificationsScreen';

afterEach(async () => {
  vi.unstubAllGlobals();
  await setLanguage('en');
});

describe('the inbox in Urdu', () => {
  it('says each notification in Urdu, right to left', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({
        notifications: [
          {
            id: 1,
            kind: 'comment',
            actor: { id: 'u2', name: 'Bilal' },
            task_id: 11,
            list_id: 3,
            comment_id: null,
            subject: 'پودوں کو پانی',
            excerpt: null,
            read: false,
            read_at: null,
            created_at: '2026-11-20T10:00:00.000Z',
          },
        ],
        unread_count: 1,
        next_offset: null,
      }),
    );
    await setLanguage('ur');
    expect(document.documentElement.dir).toBe('rtl');
    renderWithApp(<NotificationsScreen />);
    expect(await screen.findByRole('heading', { name: 'اطلاعات' })).toBeTruthy();
    expect(await screen.findByText('Bilal نے “پودوں کو پانی” پر تبصرہ کیا')).toBeTruthy();
    expect(screen.getByText('1 نئی')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'سب کو پڑھا ہوا کریں' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'پڑھا ہوا کریں: Bilal نے “پودوں کو پانی” پر تبصرہ کیا' }),
    ).toBeTruthy();
    // 20 November in Urdu month names.
    expect(screen.getByText(/نومبر/)).toBeTruthy();
  });
});
