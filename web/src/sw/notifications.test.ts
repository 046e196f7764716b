// The service worker's push handlers with a fake `self`: what a reminder push shows, and what
// Complete, Snooze and a click do. (A real push needs a push service; these are the handlers.)
import { describe, expect, it, vi } from 'vitest';
import { handleNotificationClick, showPush } from './notifications';
import type { WorkerScope } from './types';

function fakeScope(answer: () => Promise<Response> = async () => new Response(null, { status: 200 })) {
  const shown: { title: string; options: Record<string, unknown> | undefined }[] = [];
  const fetch = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => answer());
  const navigate = vi.fn(async () => null);
  const openWindow = vi.fn(async () => null);
  const scope = {
    location: { origin: 'https://tasks.example.com' },
    registration: {
      showNotification: async (title: string, options?: Record<string, unknown>) => {
        shown.push({ title, options });
      },
    },
    clients: { matchAll: async () => [], openWindow, claim: async () => {} },
    fetch,
  } as unknown as WorkerScope;
  return { scope, shown, fetch, navigate, openWindow };
}

const push = {
  type: 'reminder',
  event_id: 812,
  user_id: 'u1',
  task: {
    id: 42,
    title: 'Call the dentist',
    due_date: null,
    due_at: '2999-11-24T09:00:00.000Z',
    list_id: null,
  },
  reminder: { minutes_before: 15, fire_at: '2999-11-24T08:45:00.000Z' },
  url: 'https://tasks.example.com/?task=42',
};

const click = (action: string, data: unknown) => ({
  action,
  notification: { data, close: vi.fn() } as unknown as Notification & { data: unknown },
});

describe('the service worker', () => {
  it('shows a push it cannot read as a plain reminder, in the language the app stored on the device', async () => {
    for (const [stored, body] of [
      [undefined, 'You have a reminder.'],
      ['ur', 'آپ کے لیے ایک یاد دہانی ہے۔'],
    ] as const) {
      const { scope, shown } = fakeScope();
      (scope as unknown as { caches: unknown }).caches = {
        open: async () => ({
          match: async () => (stored === undefined ? undefined : new Response(stored)),
        }),
      };
      await showPush(scope, { something: 'else' });
      expect(shown).toHaveLength(1);
      expect(shown[0]!.title).toBe('Doable');
      expect(shown[0]!.options).toMatchObject({ body, tag: 'doable-push' });
    }
  });

  it('shows an inbox notification with its sentence and excerpt; a click opens its task, never another origin', async () => {
    const { scope, shown, openWindow } = fakeScope();
    await showPush(scope, {
      type: 'notification',
      user_id: 'u1',
      notification: {
        id: 7,
        kind: 'mention',
        text: 'Bob mentioned you on “Prune hedge”',
        excerpt: 'Could @Alice help?',
      },
      url: 'https://tasks.example.com/?task=42',
    });
    expect(shown).toEqual([
      {
        title: 'Bob mentioned you on “Prune hedge”',
        options: expect.objectContaining({
          body: 'Could @Alice help?',
          tag: 'doable-notification-u1:7',
          data: { url: 'https://tasks.example.com/?task=42' },
        }),
      },
    ]);
    await handleNotificationClick(scope, click('', shown[0]!.options!.data));
    expect(openWindow).toHaveBeenLastCalledWith('https://tasks.example.com/?task=42');
    await showPush(scope, {
      type: 'notification',
      notification: { id: 8, kind: 'joined', text: 'Bob joined your list “Garden”', excerpt: null },
      url: 'https://evil.example.net/phish',
    });
    expect(shown[1]!.options!.data).toEqual({ url: 'https://tasks.example.com/notifications' });
  });

  it('shows a reminder push with its title, due moment and the Complete and Snooze actions', async () => {
    const { scope, shown } = fakeScope();
    await showPush(scope, push);
    expect(shown[0]?.title).toBe('Call the dentist');
    expect(shown[0]?.options).toMatchObject({
      // The tag the open tab gives the same reminder (tasks/live.ts): shown once.
      tag: 'doable-reminder-u1:42@2999-11-24T08:45:00.000Z',
      data: { taskId: 42, url: 'https://tasks.example.com/?task=42' },
      actions: [
        { action: 'complete', title: 'Complete' },
        { action: 'snooze', title: 'Snooze 10 min' },
      ],
    });
    expect(String(shown[0]?.options?.body)).toMatch(/^Due /);
    // A url on another origin is not followed; anything else still shows a notification.
    await showPush(scope, { ...push, url: 'https://evil.example/' });
    expect(shown[1]?.options?.data).toMatchObject({ url: 'https://tasks.example.com/?task=42' });
    await showPush(scope, 'garbage');
    expect(shown[2]?.title).toBe('Doable');
  });

  it('completes and snoozes from the notification with same-origin requests', async () => {
    const { scope, fetch, shown } = fakeScope();
    const data = { taskId: 42, title: 'Call the dentist', url: 'https://tasks.example.com/?task=42' };
    await handleNotificationClick(scope, click('complete', data));
    expect(fetch).toHaveBeenCalledWith(
      '/api/me/tasks/42/complete',
      expect.objectContaining({ method: 'PATCH' }),
    );
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({ completed: true });
    expect(fetch.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
    await handleNotificationClick(scope, click('snooze', data));
    expect(fetch).toHaveBeenLastCalledWith(
      '/api/me/tasks/42/snooze',
      expect.objectContaining({ method: 'POST' }),
    );
    expect(JSON.parse(String(fetch.mock.calls[1]?.[1]?.body))).toEqual({ minutes: 10 });
    expect(shown).toEqual([]);
  });

  it('says so when an action fails, and a click opens the task', async () => {
    const { scope, shown, openWindow } = fakeScope(async () => new Response(null, { status: 401 }));
    const data = { taskId: 42, title: 'Call the dentist', url: 'https://tasks.example.com/?task=42' };
    await handleNotificationClick(scope, click('complete', data));
    expect(String(shown[0]?.options?.body)).toMatch(/Could not complete/);
    await handleNotificationClick(scope, click('', data));
    expect(openWindow).toHaveBeenCalledWith('https://tasks.example.com/?task=42');
  });

  it('shows a push in the recipient’s language with the server’s texts, and says a failure in it', async () => {
    const { scope, shown } = fakeScope(async () => new Response(null, { status: 401 }));
    await showPush(scope, {
      ...push,
      lang: 'ur',
      texts: {
        body: 'آخری تاریخ منگل، 24 نومبر، 02:00 PM',
        complete: 'مکمل کریں',
        snooze: '10 منٹ بعد یاد دلائیں',
        complete_failed: 'یہاں سے مکمل نہیں ہو سکا۔ Doable کھولیں۔',
        snooze_failed: 'یہاں سے مؤخر نہیں ہو سکا۔ Doable کھولیں۔',
      },
    });
    expect(shown[0]?.options).toMatchObject({
      body: 'آخری تاریخ منگل، 24 نومبر، 02:00 PM',
      lang: 'ur',
      dir: 'auto',
      actions: [
        { action: 'complete', title: 'مکمل کریں' },
        { action: 'snooze', title: '10 منٹ بعد یاد دلائیں' },
      ],
    });
    await handleNotificationClick(scope, click('snooze', shown[0]!.options!.data));
    expect(shown[1]?.options?.body).toBe('یہاں سے مؤخر نہیں ہو سکا۔ Doable کھولیں۔');
    await showPush(scope, {
      type: 'notification',
      lang: 'ur',
      notification: { id: 9, kind: 'comment', text: 'Bob نے “باغ” پر تبصرہ کیا', excerpt: null },
    });
    expect(shown[2]).toMatchObject({
      title: 'Bob نے “باغ” پر تبصرہ کیا',
      options: { lang: 'ur', dir: 'auto' },
    });
    // A language that is not a language tag is left out.
    await showPush(scope, { ...push, lang: '<script>' });
    expect(shown[3]?.options).not.toHaveProperty('lang');
  });
});
