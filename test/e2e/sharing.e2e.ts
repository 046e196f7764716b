// Shared lists in chromium, as three people do it at once (three browser contexts, three accounts):
// the owner shares a list from its header, one person joins as editor and one as viewer through
// the invitation's one-time link (their addresses are not verified: email invitations wait for
// that), the sidebar then highlighting only the list shown; owner and editor each see the other's
// new task live, the owner assigns a task that shows under the editor's "Assigned to me", the
// editor comments, and the viewer can read but not change anything. axe-core with zero violations
// on the Share dialog. E2E_SCREENSHOTS=1 also writes docs/screenshots/share-desktop.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  browserSuite,
  newAccount,
  newListFromSidebar,
  shot,
  sidebar,
  type TestPage,
  titles,
} from './support.js';

const RUN = Date.now();
const email = (who: string) => `${who}.${RUN}@example.com`;

const suite = browserSuite();

const signUp = (name: string, who: string, size?: { width: number; height: number }) =>
  newAccount(suite, name, email(who), size);

async function addTask(page: Page, title: string) {
  await page.getByLabel('New task').fill(title);
  await page.getByLabel('New task').press('Enter');
  await page.getByRole('button', { name: `Rename ${title}`, exact: true }).waitFor();
}

/** The sidebar's links that look like the page shown (its background), by their text. */
const highlighted = (page: Page) =>
  sidebar(page)
    .getByRole('link')
    .evaluateAll((links) => {
      const current = links.find((a) => a.getAttribute('aria-current') === 'page');
      const look = (a: Element) => getComputedStyle(a).backgroundColor;
      return current ? links.filter((a) => look(a) === look(current)).map((a) => a.textContent) : [];
    });

/** Opens an invitation's link signed in: the app joins the list and opens it. */
async function acceptInvitation(page: Page, list: string, link: string) {
  await page.goto(link);
  await page.getByRole('heading', { name: list, level: 1 }).waitFor();
  expect(new URL(page.url()).search).not.toContain('invitation');
}

const links: Record<string, string> = {};

describe('a shared list in two browsers at once', () => {
  let owner: TestPage;
  let editor: TestPage;
  let viewer: TestPage;

  it('the owner shares a list with an editor and a viewer from its header', async () => {
    [owner, editor, viewer] = [
      await signUp('Olivia Owner', 'olivia'),
      await signUp('Eddie Editor', 'eddie'),
      await signUp('Vera Viewer', 'vera'),
    ];
    const { page } = owner;
    await newListFromSidebar(page, 'Trip');
    await addTask(page, 'Book hotel');

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share “Trip”' });
    await dialog.getByText('Olivia Owner').waitFor();
    await dialog.getByLabel('Invite by email').fill(email('eddie'));
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await dialog.getByText(`Invited ${email('eddie')} as editor.`).waitFor();
    links.eddie = await dialog.getByLabel('Invitation link').inputValue();
    await dialog.getByLabel('Invite by email').fill(email('vera'));
    await dialog.getByLabel('Role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await dialog.getByText(`Invited ${email('vera')} as viewer.`).waitFor();
    links.vera = await dialog.getByLabel('Invitation link').inputValue();
    await dialog.getByText('Invited, waiting for an answer').waitFor();
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await shot(page, 'share-desktop');
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('the editor accepts; each sees the other’s new task live', async () => {
    await acceptInvitation(editor.page, 'Trip', links.eddie!);
    await expect.poll(() => titles(editor.page)).toEqual(['Book hotel']);
    // One list looks current, the one shown, even with the pointer on another link: where it rests
    // after Accept in the sidebar, once the invitation's row has gone and the links moved up under it.
    await sidebar(editor.page).getByRole('link', { name: 'Inbox' }).hover();
    // The sidebar's lists arrive after the list's page (read again once the join is known).
    await expect.poll(() => highlighted(editor.page)).toEqual([expect.stringMatching(/^Trip/)]);
    // Both have the list open: one adds, the other sees it without reloading.
    await addTask(owner.page, 'Buy tickets');
    await expect.poll(() => titles(editor.page), { timeout: 15_000 }).toEqual(['Book hotel', 'Buy tickets']);
    await addTask(editor.page, 'Pack bags');
    await expect
      .poll(() => titles(owner.page), { timeout: 15_000 })
      .toEqual(['Book hotel', 'Buy tickets', 'Pack bags']);
    // The sidebar says the list is shared, on both sides.
    await expect
      .poll(() => sidebar(owner.page).getByRole('link', { name: /Trip/ }).textContent())
      .toMatch(/shared with 1/);
    await expect
      .poll(() => sidebar(editor.page).getByRole('link', { name: /Trip/ }).textContent())
      .toMatch(/shared with you as editor/);
  });

  it('the owner assigns a task to the editor, who finds it under Assigned to me and comments', async () => {
    const { page } = owner;
    await page.getByRole('button', { name: 'Edit Buy tickets' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await expect
      .poll(() => dialog.getByLabel('Assignee').locator('option').count(), { timeout: 10_000 })
      .toBe(3);
    await dialog.getByLabel('Assignee').selectOption({ label: `Eddie Editor (${email('eddie')})` });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Assigned to Eddie Editor').waitFor({ state: 'attached' });

    const other = editor.page;
    await sidebar(other).getByRole('link', { name: 'Assigned to me' }).click();
    await other.getByRole('heading', { name: 'Assigned to me', level: 1 }).waitFor();
    await expect.poll(() => titles(other), { timeout: 10_000 }).toEqual(['Buy tickets']);
    await other.getByRole('button', { name: 'Edit Buy tickets' }).click();
    const editorDialog = other.getByRole('dialog', { name: 'Edit task' });
    await editorDialog.getByLabel('Add a comment').fill('Train or plane?');
    await editorDialog.getByRole('button', { name: 'Comment' }).click();
    await editorDialog.getByText('Train or plane?').waitFor();
    await editorDialog.getByText('History').click();
    await editorDialog.getByText('Olivia Owner changed the assignee').waitFor();
    await editorDialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('the viewer accepts and can read the list, not change it', async () => {
    const { page } = viewer;
    await acceptInvitation(page, 'Trip', links.vera!);
    await expect.poll(() => titles(page)).toEqual(['Book hotel', 'Buy tickets', 'Pack bags']);
    await page.getByText('shared it with you as a viewer').waitFor();
    expect(await page.getByLabel('New task').count()).toBe(0);
    // The list's permissions arrive with the lists, which may answer after the tasks.
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Complete: Book hotel' }).isDisabled())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Delete Book hotel' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Open Buy tickets' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Task' });
    await dialog.getByText('Train or plane?').waitFor();
    expect(await dialog.getByLabel('Title').isDisabled()).toBe(true);
    expect(await dialog.getByLabel('Add a comment').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Done' }).click();
    for (const opened of [owner, editor, viewer]) expect(opened.errors).toEqual([]);
  });

  it('a list made or renamed elsewhere (another tab, the API) shows in every open sidebar at once', async () => {
    // The owner's other tab: the API, with the same session.
    const api = (method: string, path: string, body?: unknown) =>
      owner.page.evaluate(
        async ({ method, path, body }) => {
          const res = await fetch(path, {
            method,
            headers: body ? { 'content-type': 'application/json' } : {},
            body: body ? JSON.stringify(body) : undefined,
          });
          return res.json();
        },
        { method, path, body },
      );
    const { lists } = await api('GET', '/api/me/lists');
    const trip = lists.find((l: { name: string }) => l.name === 'Trip');
    await api('PATCH', `/api/me/lists/${trip.id}`, { name: 'Trip to Hunza' });
    await api('POST', '/api/me/lists', { name: 'Made elsewhere' });
    // Live (the stream's `lists` event), well before the sidebar's own 15 s refresh.
    for (const opened of [owner, editor, viewer])
      await expect
        .poll(
          () =>
            sidebar(opened.page)
              .getByRole('link', { name: /Trip to Hunza/ })
              .count(),
          { timeout: 5_000 },
        )
        .toBe(1);
    await expect
      .poll(
        () =>
          sidebar(owner.page)
            .getByRole('link', { name: /Made elsewhere/ })
            .count(),
        { timeout: 5_000 },
      )
      .toBe(1);
    expect(
      await sidebar(editor.page)
        .getByRole('link', { name: /Made elsewhere/ })
        .count(),
    ).toBe(0);
  });
});
