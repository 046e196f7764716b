// Connecting other apps, as a person does it in chromium: Settings → API keys makes an
// app password "For: CalDAV apps", which a CalDAV client (here PROPFIND from the test, as DAVx5 and
// Apple Reminders begin) then uses with the account's email; Settings → Calendar feeds makes a feed
// address, which a calendar app fetches (here the test) and which lists the task with a date.
// Regenerating the feed kills the old address. axe-core finds nothing on Settings.
import { describe, expect, it } from 'vitest';
import { browserSuite, expectAccessible, signUp } from './support.js';

const suite = browserSuite();

describe('connecting other apps from Settings', () => {
  it('a CalDAV app password from Settings signs a CalDAV client in; a feed address serves the dated tasks', async () => {
    const { page } = await suite.open({ width: 1366, height: 860 });
    const email = `connect.${Date.now()}@example.com`;
    await signUp(page, suite.url, 'Con Nect', email);
    // Ten days ahead: feeds hold 60 days back to a year ahead.
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.evaluate(async (due) => {
      const res = await fetch('/api/me/tasks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Dentist appointment', due_date: due }),
      });
      if (res.status !== 201) throw new Error(String(res.status));
    }, due);
    await page.goto(`${suite.url}/settings`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

    // An app password for CalDAV apps.
    await page.getByLabel('Key name', { exact: true }).fill('Phone reminders');
    await page.getByLabel('For', { exact: true }).selectOption('caldav');
    await page.getByRole('button', { name: 'Create key' }).click();
    const keyField = page.getByLabel('New API key');
    await keyField.waitFor();
    await page.getByText(/In your CalDAV app: server/).waitFor();
    const key = await keyField.inputValue();
    const basic = `Basic ${Buffer.from(`${email}:${key}`).toString('base64')}`;
    const discovery = await fetch(`${suite.url}/dav/`, {
      method: 'PROPFIND',
      headers: { authorization: basic, depth: '0', 'content-type': 'application/xml' },
      body: '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>',
    });
    expect(discovery.status).toBe(207);
    expect(await discovery.text()).toContain('current-user-principal');
    const wrong = await fetch(`${suite.url}/dav/`, {
      method: 'PROPFIND',
      headers: {
        authorization: `Basic ${Buffer.from(`${email}:not-the-key`).toString('base64')}`,
        depth: '0',
      },
    });
    expect(wrong.status).toBe(401);

    // A calendar feed of all tasks.
    await page.getByLabel('Feed of').selectOption('all');
    await page.getByRole('button', { name: 'Make feed' }).click();
    const feedField = page.getByLabel('Feed address');
    await feedField.waitFor();
    const address = await feedField.inputValue();
    const feed = await fetch(address);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await feed.text();
    expect(ics).toContain('SUMMARY:Dentist appointment');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${due.replaceAll('-', '')}`);
    await expectAccessible(page, 'Settings with a new key and a new feed');

    // Regenerating (confirmed) shows a new address; the old one answers 404.
    await page.getByRole('button', { name: /^Regenerate/ }).click();
    await page.getByRole('button', { name: /^Yes, regenerate/ }).click();
    await expect.poll(() => feedField.inputValue()).not.toBe(address);
    expect((await fetch(address)).status).toBe(404);
    expect((await fetch(await feedField.inputValue())).status).toBe(200);
  });
});
