import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the description in Markdown', () => {
  it('has a folded preview in the editor, formatted, links safe, markup as text', async () => {
    fakeApi([
      task(1, 'Plan trip', {
        description: '**Book** the [hotel](https://example.com/h) <b onclick="x()">now</b>',
      }),
    ]);
    renderWithApp(<TasksScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Plan trip' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
    const preview = (await within(dialog).findByText('Preview')).closest('details')!;
    expect(preview.querySelector('strong')?.textContent).toBe('Book');
    const link = within(preview).getByRole('link', { name: 'hotel' });
    expect(link.getAttribute('rel')).toBe('noopener nofollow noreferrer');
    expect(preview.querySelector('b')).toBeNull();
    expect(preview.textContent).toContain('<b onclick="x()">now</b>');
    // Cleared, there is nothing to preview.
    await userEvent.clear(within(dialog).getByLabelText('Description'));
    expect(within(dialog).queryByText('Preview')).toBeNull();
  });

  it('is previewed in the task row as the words it reads, without its marks', async () => {
    fakeApi([
      task(1, 'Plan trip', { description: '**Book** the [hotel](https://example.com/h) _now_' }),
      task(2, 'رپورٹ', { description: '__ضرور__ کل تک' }),
    ]);
    renderWithApp(<TasksScreen />);
    const preview = await screen.findByText('Book the hotel now');
    expect(preview.classList.contains('task-description')).toBe(true);
    // Plain text: no link and no formatting in a row.
    expect(preview.querySelector('a, strong, em')).toBeNull();
    expect(await screen.findByText('ضرور کل تک')).toBeTruthy();
  });
});
