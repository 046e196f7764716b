import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import { DUE_NOW_MS, reminderText, shownByPush, showSystemNotification } from './notifications';

describe('what a reminder says', () => {
  const dueAt = '2026-03-10T12:00:00Z';
  const pay = task(1, 'Pay rent', { due_at: dueAt });

  it('says "Due now", not "Overdue", for a reminder at the due time that arrives a moment late', () => {
    const now = new Date(Date.parse(dueAt) + 1500);
    const text = reminderText(pay, 'Asia/Karachi', now);
    expect(text.body).toBe('Due now: Tuesday, March 10, 2026 at 5:00 PM');
    expect(text.short).toBe('Due now, Today 5:00 PM');
    expect(text.body).not.toMatch(/Overdue/);
  });

  it('still says "Overdue" once the due moment is well past, and "Due" before it', () => {
    const late = new Date(Date.parse(dueAt) + DUE_NOW_MS + 60_000);
    expect(reminderText(pay, 'UTC', late).short).toMatch(/^Overdue /);
    const early = new Date(Date.parse(dueAt) - 15 * 60_000);
    expect(reminderText(pay, 'UTC', early).body).toMatch(/^Due: /);
  });
});

describe('a reminder the service worker already shows', () => {
  function withWorker(tags: string[] | null) {
    const asked: string[] = [];
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: {
        getRegistration: async () =>
          tags === null
            ? undefined
            : {
                getNotifications: async ({ tag }: { tag: string }) => {
                  asked.push(tag);
                  return tags.filter((t) => t === tag).map((t) => ({ tag: t }));
                },
              },
      },
    });
    return asked;
  }

  it('is left alone: the tab does not show its own with the same tag over it', async () => {
    const asked = withWorker(['doable-reminder-u1:7@2026-11-27T09:00:00.000Z']);
    expect(await shownByPush('u1:7@2026-11-27T09:00:00.000Z')).toBe(true);
    expect(asked).toEqual(['doable-reminder-u1:7@2026-11-27T09:00:00.000Z']);
    expect(await shownByPush('u1:8@2026-11-27T09:00:00.000Z')).toBe(false);
  });

  it('is not assumed without a worker', async () => {
    withWorker(null);
    expect(await shownByPush('u1:7@2026-11-27T09:00:00.000Z')).toBe(false);
  });
});

describe('a reminder the tab shows', () => {
  it('is the service worker kind: the tag a push of it has, Complete and Snooze, the task to open', async () => {
    const calls: { title: string; options: NotificationOptions & { actions?: unknown } }[] = [];
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: {
        getRegistration: async () => ({
          getNotifications: async () => [],
          showNotification: async (title: string, options: NotificationOptions) => {
            calls.push({ title, options });
          },
        }),
      },
    });
    Object.defineProperty(window, 'Notification', {
      configurable: true,
      value: Object.assign(() => undefined, { permission: 'granted' }),
    });
    const shownNow = await showSystemNotification(
      task(7, 'Pay the rent', { due_at: '2026-11-27T09:00:00.000Z' }),
      'u1:7@2026-11-27T09:00:00.000Z',
      'UTC',
    );
    expect(shownNow).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.title).toBe('Pay the rent');
    expect(calls[0]?.options).toMatchObject({
      tag: 'doable-reminder-u1:7@2026-11-27T09:00:00.000Z',
      data: { taskId: 7, title: 'Pay the rent', url: `${window.location.origin}/?task=7` },
      actions: [
        { action: 'complete', title: 'Complete' },
        { action: 'snooze', title: 'Snooze 10 min' },
      ],
    });
  });
});
