// `@` in a comment in chromium: the owner of a shared list types `@` and a few letters in a task's
// comment box, the list's other person is offered (a list the keyboard drives), Enter inserts
// `@Name`, and that person finds the mention among their notifications. Someone outside the list
// is never offered. axe-core finds nothing with the list of people open.
import { describe, expect, it } from 'vitest';
import { apiCall, axeViolations, browserSuite, newAccount } from './support.js';

const RUN = Date.now();
const email = (who: string) => `${who}.${RUN}@example.com`;
const suite = browserSuite();

describe('@ in a comment', () => {
  it('offers the list’s people, inserts the one chosen and notifies them', async () => {
    const owner = await newAccount(suite, 'Olivia Owner', email('olivia'));
    const editor = await newAccount(suite, 'Eddie Editor', email('eddie'));
    // Someone with an account who is not in the list: never offered.
    await newAccount(suite, 'Edna Outsider', email('edna'));
    const list = await apiCall(owner.page, 'POST', '/api/me/lists', { name: 'Trip' });
    await apiCall(owner.page, 'POST', '/api/me/tasks', { title: 'Buy tickets', list_id: list.id });
    const invited = await apiCall(owner.page, 'POST', `/api/me/lists/${list.id}/members`, {
      email: email('eddie'),
      role: 'editor',
    });
    await editor.page.goto(invited.link);
    await editor.page.getByRole('heading', { name: 'Trip', level: 1 }).waitFor();

    const { page } = owner;
    await page.goto(`${suite.url}/lists/${list.id}`);
    await page.getByRole('button', { name: 'Edit Buy tickets' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    const box = dialog.getByRole('textbox', { name: 'Add a comment' });
    await box.click();
    await box.pressSequentially('Train or plane, @ed');
    const people = dialog.getByRole('listbox', { name: 'People to mention' });
    await people.waitFor();
    expect(await people.getByRole('option').allTextContents()).toEqual([`Eddie Editor${email('eddie')}`]);
    expect(await box.getAttribute('aria-activedescendant')).toBe(
      await people.getByRole('option').first().getAttribute('id'),
    );
    expect(await axeViolations(page)).toEqual([]);

    await box.press('Enter');
    expect(await box.inputValue()).toBe('Train or plane, @Eddie Editor ');
    expect(await people.isHidden()).toBe(true);
    // Escape closes the people, not the task's dialog.
    await box.pressSequentially('@');
    await people.waitFor();
    await box.press('Escape');
    expect(await people.isHidden()).toBe(true);
    expect(await dialog.isVisible()).toBe(true);
    await box.press('Backspace');
    await box.pressSequentially('?');
    await dialog.getByRole('button', { name: 'Comment' }).click();
    await dialog.locator('.comments').getByText('Train or plane, @Eddie Editor ?').waitFor();
    expect(await box.inputValue()).toBe('');

    await expect
      .poll(async () => {
        const inbox = await apiCall(editor.page, 'GET', '/api/me/notifications');
        return inbox.notifications.map((n: { kind: string; subject: string }) => `${n.kind}: ${n.subject}`);
      })
      .toContain('mention: Buy tickets');
  });
});
