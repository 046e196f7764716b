// A list's board as a person uses it in chromium: switch a list to its board,
// drag a card to another column with the mouse (still there after a reload, and the list opens as
// a board again), move one with Alt+arrows, add a card from a column's quick add; a viewer sees the
// board without grips or add boxes and cannot drag; on a phone (390x844) a column is most of the
// screen's width and they snap sideways. axe-core finds nothing on either.
// E2E_SCREENSHOTS=1 also writes docs/screenshots/board-desktop.png and board-phone.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, browserSuite, expectAccessible, settled, shot, signUp, type TestPage } from './support.js';

const suite = browserSuite();

/** Drags with the mouse in small steps, as a hand does (dnd-kit starts after 6 px), once settled. */
async function drag(page: Page, from: Locator, to: Locator) {
  await settled(page);
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name},`) });
const cardTitles = (page: Page, name: string) => column(page, name).locator('.card-title').allInnerTexts();

describe('a list’s board in a browser', () => {
  let owner: TestPage;
  const email = `board.${Date.now()}@example.com`;
  let listId: number;
  const sections: Record<string, number> = {};
  const ids: Record<string, number> = {};
  const sectionOf = async (page: Page, title: string) =>
    (await apiCall(page, 'GET', `/api/me/tasks/${ids[title]}`)).section_id;

  it('switches a list to its board; a card dragged to another column stays there after a reload', async () => {
    owner = await suite.open({ width: 1366, height: 860 });
    const { page } = owner;
    await signUp(page, suite.url, 'Bo Ard', email);
    listId = (await apiCall(page, 'POST', '/api/me/lists', { name: 'Launch' })).id;
    for (const name of ['Doing', 'Done'])
      sections[name] = (await apiCall(page, 'POST', '/api/me/sections', { list_id: listId, name })).id;
    for (const [title, body] of [
      ['Sketch the page', { priority: 'high', tags: ['design'] }],
      ['Write the copy', { section_id: sections.Doing, due_date: '2030-01-15' }],
      ['Book the venue', { section_id: sections.Doing }],
    ] as const) {
      ids[title] = (await apiCall(page, 'POST', '/api/me/tasks', { title, list_id: listId, ...body })).id;
    }
    await page.goto(`${suite.url}/lists/${listId}`);
    await page.getByRole('heading', { name: 'Launch', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Board' }).click();
    await page.waitForURL(`**/lists/${listId}/board`);
    await column(page, 'No section').getByRole('button', { name: 'Sketch the page' }).waitFor();
    expect(await cardTitles(page, 'No section')).toEqual(['Sketch the page']);
    expect(await cardTitles(page, 'Doing')).toEqual(['Write the copy', 'Book the venue']);

    await drag(page, column(page, 'No section').getByText('Sketch the page'), column(page, 'Done'));
    await column(page, 'Done').getByRole('button', { name: 'Sketch the page' }).waitFor();
    await expect.poll(() => sectionOf(page, 'Sketch the page'), { timeout: 10_000 }).toBe(sections.Done);
    await page.reload();
    await column(page, 'Done').getByRole('button', { name: 'Sketch the page' }).waitFor();
    // The sidebar opens the list as a board in this browser from now on; Back shows the list again.
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('link', { name: /^Launch/ }).click();
    await page.waitForURL(`**/lists/${listId}/board`);
    await column(page, 'Done').getByRole('button', { name: 'Sketch the page' }).waitFor();
  });

  it('Alt+arrows move a card between and within columns, announced; a column’s quick add adds there', async () => {
    const { page } = owner;
    await settled(page);
    await column(page, 'Doing').getByRole('button', { name: 'Book the venue' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByText('Moved “Book the venue” above “Write the copy”').waitFor({ state: 'attached' });
    await expect
      .poll(() => cardTitles(page, 'Doing'), { timeout: 10_000 })
      .toEqual(['Book the venue', 'Write the copy']);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByText('Moved “Book the venue” to no section').waitFor({ state: 'attached' });
    await expect.poll(() => sectionOf(page, 'Book the venue'), { timeout: 10_000 }).toBe(null);
    await column(page, 'No section').getByRole('button', { name: 'Book the venue' }).waitFor();

    await page.getByLabel('New task in Doing').fill('Order badges !high');
    await page.getByLabel('New task in Doing').press('Enter');
    await column(page, 'Doing').getByRole('button', { name: 'Order badges' }).waitFor();
    await settled(page);
    const added = (await apiCall(page, 'GET', `/api/me/tasks?list_id=${listId}&q=badges`)).tasks[0];
    expect([added.section_id, added.priority]).toEqual([sections.Doing, 'high']);
    await expectAccessible(page, 'the board');
    await shot(page, 'board-desktop');
  });

  it('a viewer sees the board without grips or add boxes, and a drag changes nothing', async () => {
    const invite = await apiCall(owner.page, 'POST', `/api/me/lists/${listId}/members`, {
      email: `viewer.${email}`,
      role: 'viewer',
    });
    const viewer = await suite.open({ width: 1366, height: 860 });
    const { page } = viewer;
    await signUp(page, suite.url, 'Vi Ewer', `viewer.${email}`);
    const link = new URL(invite.link);
    await apiCall(page, 'POST', `/api/me/invitations/${link.searchParams.get('invitation')}/accept`, {
      token: link.hash.slice(1),
    });
    await page.goto(`${suite.url}/lists/${listId}/board`);
    await column(page, 'Doing').getByRole('button', { name: 'Order badges' }).waitFor();
    await page.getByText('shared it with you as a viewer').waitFor();
    expect(await page.locator('.drag-grip').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await drag(page, column(page, 'Doing').getByText('Order badges'), column(page, 'Done'));
    await page.waitForTimeout(300);
    expect(await cardTitles(page, 'Done')).toEqual(['Sketch the page']);
    expect(await cardTitles(page, 'Doing')).toContain('Order badges');
    expect(viewer.errors).toEqual([]);
  });

  it('on a phone a column is most of the width and the columns snap sideways', async () => {
    // The owner's page at a phone's size (no second sign-in).
    const { page } = owner;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await column(page, 'Doing').getByRole('button', { name: 'Order badges' }).waitFor();
    const width = (await column(page, 'Doing').boundingBox())!.width;
    expect(width / 390).toBeGreaterThan(0.75);
    expect(width / 390).toBeLessThan(0.9);
    expect(await page.locator('.board').evaluate((el) => getComputedStyle(el).scrollSnapType)).toMatch(
      /x mandatory/,
    );
    await expectAccessible(page, 'the board on a phone');
    await shot(page, 'board-phone');
    for (const opened of suite.pages) expect(opened.errors).toEqual([]);
  });
});
