// Web Push in a real chromium: the server sends a reminder to a local push service (which
// checks the VAPID signature and decrypts it as a browser would); that very payload is handed to the
// page's service worker through the DevTools protocol (ServiceWorker.deliverPushMessage: chromium
// here cannot reach a real push service), and the worker shows the notification with the task and
// its actions. Complete and Snooze 10 min then run the worker's own notificationclick handler, with
// the session cookie, and the server has the task completed and the reminder moved on.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PushMessage, pushService } from '../support/push-service.js';
import {
  clickAction,
  launchBrowser,
  openPage,
  type RunningServer,
  serviceWorker,
  shown,
  startServer,
} from './support.js';

const PASSWORD = 'correct horse battery';

let server: RunningServer;
let browser: Browser;
let push: Awaited<ReturnType<typeof pushService>>;

beforeAll(async () => {
  push = await pushService();
  server = await startServer({
    PUSH_ALLOW_PRIVATE: 'true',
    PUSH_POLL_SECONDS: '0.5',
    VAPID_SUBJECT: 'mailto:ops@example.com',
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await push?.close();
});

describe('Web Push in chromium', () => {
  it('shows the pushed reminder with its task and actions; Complete and Snooze 10 min work from it', async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await context.grantPermissions(['notifications'], { origin: server.url });
      await page.goto(`${server.url}/signup`);
      await page.getByLabel('Name').fill('Petra Push');
      await page.getByLabel('Email').fill('petra@example.com');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });

      // This device's subscription, as PushSubscription.toJSON() gives it, at the local push service.
      const headers = { origin: server.url };
      const saved = await page.request.post(`${server.url}/api/me/push-subscriptions`, {
        data: { ...push.device('chromium'), name: 'Headless chromium' },
        headers,
      });
      expect(saved.status(), await saved.text()).toBe(201);
      const me = (await (await page.request.get(`${server.url}/api/me`)).json()) as { id: string };
      // The open tab announces reminders too, with the same kind of notification (tasks/
      // notifications.ts); turned off here, what shows below is the push's alone.
      const quiet = await page.request.patch(`${server.url}/api/me/settings`, {
        data: { in_app_reminders: false },
        headers,
      });
      expect(quiet.status(), await quiet.text()).toBe(200);
      await page.reload();
      await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

      // Two tasks whose reminders ("at the due time") fire in a few seconds.
      const due = new Date(Date.now() + 3000).toISOString();
      const ids: Record<string, number> = {};
      for (const title of ['Pay the rent', 'Call the plumber']) {
        const made = await page.request.post(`${server.url}/api/me/tasks`, {
          data: { title, due_at: due, reminders: [{ minutes_before: 0 }] },
          headers,
        });
        expect(made.status(), await made.text()).toBe(201);
        ids[title] = ((await made.json()) as { id: number }).id;
      }
      const sentFor = (id: number) => push.messages.find((m) => m.json.task?.id === id);
      await expect.poll(() => Object.values(ids).every((id) => sentFor(id)), { timeout: 30_000 }).toBe(true);
      const messages = Object.values(ids).map((id) => sentFor(id) as PushMessage);
      // The payload the server really sends (docs/push.md), as the worker reads it.
      for (const m of messages) {
        expect(m.json).toMatchObject({
          type: 'reminder',
          user_id: me.id,
          task: { id: expect.any(Number), title: expect.any(String), due_at: due },
          reminder: { minutes_before: 0, fire_at: due },
          url: `${server.url}/?task=${m.json.task.id}`,
        });
      }

      // Handed to the page's service worker as the push service would.
      const cdp = await context.newCDPSession(page);
      const registrations = new Promise<string>((resolve) => {
        cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
          const live = registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(server.url));
          if (live) resolve(live.registrationId);
        });
      });
      await cdp.send('ServiceWorker.enable');
      const registrationId = await registrations;
      // One at a time, each shown before the next; what shows is compared whole (tag and title), so
      // a failure says which notification is missing or what showed instead.
      const seen = async () => (await shown(page)).map((n) => `${n.tag} ${n.title}`).sort();
      const expected = await seen();
      for (const m of messages) {
        await cdp.send('ServiceWorker.deliverPushMessage', {
          origin: server.url,
          registrationId,
          data: JSON.stringify(m.json),
        });
        expected.push(`doable-reminder-${me.id}:${m.json.task.id}@${due} ${m.json.task.title}`);
        await expect.poll(seen, { timeout: 15_000 }).toEqual([...expected].sort());
      }
      const notifications = await shown(page);
      for (const [title, id] of Object.entries(ids)) {
        const n = notifications.find((x) => x.data.taskId === id);
        expect(n).toMatchObject({
          title,
          body: expect.stringMatching(/^Due /),
          tag: `doable-reminder-${me.id}:${id}@${due}`,
          actions: [
            { action: 'complete', title: 'Complete' },
            { action: 'snooze', title: 'Snooze 10 min' },
          ],
          data: { taskId: id, title, url: `${server.url}/?task=${id}` },
        });
      }

      // The actions, through the worker's own handler: the server has the results.
      const worker = await serviceWorker(context);
      await clickAction(worker, ids['Pay the rent']!, 'complete');
      await clickAction(worker, ids['Call the plumber']!, 'snooze');
      const task = async (id: number) =>
        (await (await page.request.get(`${server.url}/api/me/tasks/${id}`)).json()) as { completed: boolean };
      expect((await task(ids['Pay the rent']!)).completed).toBe(true);
      expect((await task(ids['Call the plumber']!)).completed).toBe(false);
      const pending = (await (
        await page.request.get(`${server.url}/api/me/reminders?state=pending`)
      ).json()) as {
        reminders: { task_id: number; fire_at: string }[];
      };
      const snoozed = pending.reminders.find((r) => r.task_id === ids['Call the plumber']);
      expect(snoozed).toBeDefined();
      const inMinutes = (Date.parse(snoozed!.fire_at) - Date.now()) / 60_000;
      expect(inMinutes).toBeGreaterThan(9);
      expect(inMinutes).toBeLessThanOrEqual(10.1);
      // Each action closes its notification, and nothing said it failed.
      expect(await shown(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
