// Every screen in the account's language (docs/translating.md): with the account's
// language Urdu, each screen, view and dialog of the app at desktop (1280x800) and phone (390x844)
// size is right to left (`dir=rtl`, `lang=ur`), shows no word in English letters outside what the
// person wrote (the seeded content is Urdu, so any Latin word left is a string outside the
// catalogs), passes axe, is no wider than the screen and cuts no heading's Nastaliq letters; then
// the same screens in the pseudo-locale (en-XA: every catalog message accented), at both sizes, show
// no plain English word either. Besides the screens: sign-up by invitation, the two-factor steps, a
// toast with Undo, the question before a list is deleted, the assistant's reply and the offline
// banner. One server, one browser, one page per pass. E2E_SCREENSHOTS=1 writes each Urdu screen to
// docs/screenshots/urdu-<screen>-<size>.png.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatMessage, type Vars } from '../../shared/i18n/message.js';
import { pseudoMessage } from '../../shared/i18n/pseudo.js';
import { cutText, type Language, latinWords, layout } from './every-screen.checks.js';
import { apiCall, axeViolations, browserSuite, newAccount, PASSWORD, shot, totp } from './support.js';

const suite = browserSuite();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const catalog = (part: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../shared/i18n/catalogs/ur/${part}.json`, import.meta.url), 'utf8'));
const URDU = { ...catalog('app'), ...catalog('screens') };

/** A message as the page shows it in `language` (to find a control by its words). */
const say = (language: Language, message: string, vars?: Vars): string =>
  language === 'ur'
    ? formatMessage(URDU[message] ?? message, vars, 'ur', 'ur')
    : formatMessage(pseudoMessage(message), vars, 'en');

/** What the person wrote: Urdu, so a word in English letters on screen is the app's own. */
const CONTENT = {
  name: 'سارہ خان',
  list: 'گھر کے کام',
  section: 'اس ہفتے',
  call: 'امی کو فون کرنا',
  bill: 'بجلی کا بل ادا کرنا',
  filter: 'ضروری کام',
  report: 'رپورٹ بھیجنا',
};

interface Seeded {
  email: string;
  listId: number;
  /** A list someone else shares with the account. */
  sharedId: number;
  /** The path of an administrator's invitation link to sign up (never used, so every pass opens it). */
  invitation: string;
}
let seeded: Seeded;

beforeAll(async () => {
  const email = `every.screen.${Date.now()}@example.com`;
  // The first account of a fresh server: its administrator, so Admin is a screen too.
  const { page, context } = await newAccount(suite, CONTENT.name, email, DESKTOP);
  const list = await apiCall(page, 'POST', '/api/me/lists', { name: CONTENT.list });
  await apiCall(page, 'POST', '/api/me/sections', { list_id: list.id, name: CONTENT.section });
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await apiCall(page, 'POST', '/api/me/tasks', {
    title: CONTENT.call,
    list_id: list.id,
    due_date: today,
    priority: 'high',
    tags: ['گھر'],
    description: 'شام کو **ضرور** فون کرنا',
  });
  await apiCall(page, 'POST', '/api/me/tasks', { title: CONTENT.bill, list_id: list.id, due_date: later });
  await apiCall(page, 'POST', '/api/me/tasks/quick', { text: 'ہر پیر کو ورزش کرنا' });
  await apiCall(page, 'POST', '/api/me/tasks/quick', { text: 'سبزی خریدنا کل' });
  await apiCall(page, 'POST', '/api/me/filters', { name: CONTENT.filter, query: 'priority:high' });
  // Someone else shares a list with the account (a link it accepts), assigns it a task there and
  // comments on it: a shared list, and notifications.
  const other = await newAccount(suite, 'احمد علی', `every.other.${Date.now()}@example.com`, DESKTOP);
  const theirs = await apiCall(other.page, 'POST', '/api/me/lists', { name: 'دفتر کے کام' });
  const invitation = await apiCall(other.page, 'POST', `/api/me/lists/${theirs.id}/members`, {
    email,
    role: 'editor',
  });
  const token = new URL(invitation.link).hash.slice(1);
  await apiCall(page, 'POST', `/api/me/invitations/${invitation.id}/accept`, { token });
  const assigned = await apiCall(other.page, 'POST', '/api/me/tasks', {
    title: CONTENT.report,
    list_id: theirs.id,
    assignee_id: list.owner_id,
    due_date: later,
  });
  await apiCall(other.page, 'POST', `/api/me/tasks/${assigned.id}/comments`, { body: 'جمعہ تک بھیج دیں' });
  await other.context.close();
  const signup = await apiCall(page, 'POST', '/api/admin/invitations', { note: 'ثنا', days: 7 });
  const link = new URL(signup.link);
  await apiCall(page, 'PATCH', '/api/me/settings', { language: 'ur' });
  await context.close();
  seeded = {
    email,
    listId: list.id,
    sharedId: theirs.id,
    invitation: `${link.pathname}${link.search}${link.hash}`,
  };
}, 120_000);

/** One screen: how to reach it from where the page is, and what shows it is drawn. */
interface Screen {
  name: string;
  /** Only on a phone (a menu a desktop always shows). */
  phone?: boolean;
  open(page: Page, language: Language): Promise<void>;
}

/** Goes to `path` and waits for the main heading and for nothing still loading. */
const visit =
  (path: string | (() => string), ready?: string) =>
  async (page: Page): Promise<void> => {
    await page.goto(`${suite.url}${typeof path === 'string' ? path : path()}`);
    await page
      .locator(ready ?? 'main h1')
      .first()
      .waitFor();
    await page.waitForFunction(() => !document.querySelector('main [role="status"].state'));
    await page.waitForTimeout(250);
  };

/** On a phone the screen's options (search, views, sharing, the assistant) fold behind one button. */
async function shownOnPhone(page: Page, language: Language, control: string): Promise<void> {
  const head = page.locator('.screen-head, .toolbar').getByText(control, { exact: true }).first();
  if (await head.isVisible()) return;
  const toggle = page.getByRole('button', { name: say(language, 'View options') });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true')
    await toggle.click();
}

/** Opens the task editor of `title`: its Edit button, behind the row's actions on a phone. */
async function editTask(page: Page, language: Language, title: string): Promise<void> {
  const edit = page.getByRole('button', { name: say(language, 'Edit {title}', { title }), exact: true });
  if (!(await edit.isVisible()))
    await page.getByRole('button', { name: say(language, 'Actions for {title}', { title }) }).click();
  await edit.click();
  await page.locator('dialog[open]').waitFor();
  await page.waitForTimeout(250);
}

/** The two-factor key of the setup under way (the settings' steps turn it on, then off again). */
let twoFactorKey = '';

/** The two-factor section of Settings. */
const twoFactor = (page: Page, language: Language) =>
  page.getByRole('region', { name: say(language, 'Two-factor sign-in') });

/** Waits a moment for what was opened to be drawn, and brings `target` into view. */
async function shown(target: ReturnType<Page['locator']>): Promise<void> {
  await target.waitFor();
  await target.scrollIntoViewIfNeeded();
  await target.page().waitForTimeout(250);
}

const SIGNED_OUT: Screen[] = [
  { name: 'signin', open: visit('/signin', '.auth-card h1') },
  { name: 'signup', open: visit('/signup', '.auth-card h1') },
  { name: 'forgot-password', open: visit('/forgot-password', '.auth-card h1') },
  { name: 'reset-password', open: visit('/reset-password?token=expired', '.auth-card h1') },
  { name: 'signup-invitation', open: visit(() => seeded.invitation, '.auth-card h1') },
];

const SIGNED_IN: Screen[] = [
  { name: 'today', open: visit('/') },
  { name: 'upcoming', open: visit('/upcoming') },
  { name: 'inbox', open: visit('/inbox') },
  { name: 'all', open: visit('/all') },
  { name: 'assigned', open: visit('/assigned') },
  { name: 'list', open: visit(() => `/lists/${seeded.listId}`) },
  { name: 'shared-list', open: visit(() => `/lists/${seeded.sharedId}`) },
  {
    name: 'discussion',
    open: async (page, language) => {
      await editTask(page, language, CONTENT.report);
      await page.locator('dialog[open]').getByText('جمعہ تک بھیج دیں').scrollIntoViewIfNeeded();
    },
  },
  { name: 'search', open: visit('/all?q=%D8%A8%D9%84') },
  {
    name: 'editor',
    open: async (page, language) => {
      await visit(() => `/lists/${seeded.listId}`)(page);
      await editTask(page, language, CONTENT.call);
    },
  },
  {
    name: 'repeat-builder',
    open: async (page, language) => {
      await page
        .locator('dialog[open]')
        .getByLabel(say(language, 'Repeat'), { exact: true })
        .selectOption('custom');
      await page.locator('dialog[open] .rule-builder, dialog[open] fieldset').first().waitFor();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'share',
    open: async (page, language) => {
      await visit(() => `/lists/${seeded.listId}`)(page);
      await shownOnPhone(page, language, say(language, 'Share'));
      await page.getByRole('button', { name: say(language, 'Share'), exact: true }).click();
      await page.locator('dialog[open]').waitFor();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'bulk',
    open: async (page, language) => {
      await visit(() => `/lists/${seeded.listId}`)(page);
      for (const title of [CONTENT.call, CONTENT.bill])
        await page
          .locator('[data-task-id]', { hasText: title })
          .locator('.task-body')
          .click({ modifiers: ['Control'] });
      await page.getByRole('region', { name: say(language, 'Selected tasks') }).waitFor();
      await page.waitForTimeout(250);
    },
  },
  { name: 'saved-filter', open: visit('/all?filter=priority%3Ahigh') },
  {
    name: 'filter-help',
    open: async (page, language) => {
      await shownOnPhone(page, language, say(language, 'Filter help'));
      await page.getByText(say(language, 'Filter help'), { exact: true }).click();
      await page.locator('.filter-help[open] :is(dl, ul, table)').first().waitFor();
      await page.waitForTimeout(250);
    },
  },
  { name: 'board', open: visit(() => `/lists/${seeded.listId}/board`, '.board-cards li') },
  { name: 'calendar-month', open: visit('/calendar', '.calendar-body .chip') },
  { name: 'calendar-week', open: visit('/calendar?mode=week', '.calendar-body .chip') },
  { name: 'tags', open: visit('/tags') },
  { name: 'reminders', open: visit('/reminders') },
  { name: 'notifications', open: visit('/notifications') },
  { name: 'settings', open: visit('/settings') },
  {
    name: 'import-preview',
    open: async (page) => {
      // From Settings as the screen before left it (its checks only read the page).
      if (new URL(page.url()).pathname !== '/settings') await visit('/settings')(page);
      await page.locator('.import-field input[type="file"]').setInputFiles({
        name: 'کام.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({ format: 'doable-export', version: 1, tasks: [{ title: 'درزی سے کپڑے لینا' }] }),
        ),
      });
      await page.locator('.import-preview').waitFor();
      await page.locator('.import-preview').scrollIntoViewIfNeeded();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'caldav-key',
    open: async (page, language) => {
      await visit('/settings')(page);
      await page.getByLabel(say(language, 'Key name'), { exact: true }).fill('فون');
      await page.getByLabel(say(language, 'For'), { exact: true }).selectOption('caldav');
      await page.getByRole('button', { name: say(language, 'Create key') }).click();
      await page.getByLabel(say(language, 'New API key')).waitFor();
      await page.getByLabel(say(language, 'New API key')).scrollIntoViewIfNeeded();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'calendar-feed',
    open: async (page, language) => {
      await page.getByLabel(say(language, 'Feed of')).selectOption('all');
      await page.getByRole('button', { name: say(language, 'Make feed') }).click();
      // The first pass makes the feed of every task; the later ones are refused it (one such feed
      // an account), which says so in the language too.
      const shown = page.locator('#new-feed-url, .notice-error').first();
      await shown.waitFor();
      await shown.scrollIntoViewIfNeeded();
      await page.waitForTimeout(250);
    },
  },
  { name: 'admin', open: visit('/admin') },
  { name: 'not-found', open: visit('/no-such-page') },
  {
    name: 'assistant',
    open: async (page, language) => {
      await visit('/')(page);
      await shownOnPhone(page, language, say(language, 'Assistant'));
      await page.getByRole('button', { name: say(language, 'Assistant'), exact: true }).click();
      await page.locator('.assistant-panel, [role="dialog"], dialog[open]').first().waitFor();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'pages-menu',
    phone: true,
    open: async (page, language) => {
      await visit('/')(page);
      await page.getByRole('button', { name: say(language, 'Pages') }).click();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'drawer',
    phone: true,
    open: async (page, language) => {
      await visit('/')(page);
      await page.getByRole('button', { name: say(language, 'Views and lists') }).click();
      await page.getByRole('navigation', { name: say(language, 'Views and lists') }).waitFor();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'shortcuts',
    open: async (page, language) => {
      await visit('/')(page);
      await page
        .getByRole('button', { name: say(language, 'Keyboard shortcuts') })
        .first()
        .click();
      await page.locator('dialog[open]').waitFor();
      await page.waitForTimeout(250);
    },
  },
  {
    name: 'confirm-delete-list',
    open: async (page, language) => {
      await visit(() => `/lists/${seeded.listId}`)(page);
      const drawer = page.getByRole('button', { name: say(language, 'Views and lists') });
      if (await drawer.isVisible()) await drawer.click();
      await page
        .getByRole('button', { name: say(language, 'More for {name}', { name: CONTENT.list }) })
        .click();
      await page.getByRole('button', { name: say(language, 'Delete…') }).click();
      await shown(page.getByRole('button', { name: say(language, 'Move to Inbox') }));
    },
  },
  {
    name: 'toast-undo',
    open: async (page, language) => {
      // A task of its own, deleted from the list: the toast says so and offers Undo.
      const title = 'پرانے کاغذ پھینکنا';
      await apiCall(page, 'POST', '/api/me/tasks', { title, list_id: seeded.listId });
      await visit(() => `/lists/${seeded.listId}`)(page);
      const remove = page.getByRole('button', {
        name: say(language, 'Delete {title}', { title }),
        exact: true,
      });
      if (!(await remove.isVisible()))
        await page.getByRole('button', { name: say(language, 'Actions for {title}', { title }) }).click();
      await remove.click();
      await shown(page.locator('.toasts').getByRole('button', { name: say(language, 'Undo') }));
    },
  },
  {
    name: 'assistant-reply',
    open: async (page, language) => {
      await visit('/')(page);
      await shownOnPhone(page, language, say(language, 'Assistant'));
      await page.getByRole('button', { name: say(language, 'Assistant'), exact: true }).click();
      const box = page.getByRole('textbox', { name: say(language, 'Message the assistant') });
      await box.fill('کل دھوبی سے کپڑے لینا شامل کرو');
      await page.getByRole('button', { name: say(language, 'Send'), exact: true }).click();
      const log = page.getByRole('log', { name: say(language, 'Messages') });
      await shown(log.locator('.bubble-assistant:not([aria-busy])').last());
    },
  },
  {
    name: 'two-factor-setup',
    open: async (page, language) => {
      await visit('/settings')(page);
      const section = twoFactor(page, language);
      await section.getByLabel(say(language, 'Your password, to set it up')).fill(PASSWORD);
      await section.getByRole('button', { name: say(language, 'Set up two-factor sign-in') }).click();
      await section.locator('code').waitFor();
      twoFactorKey = (await section.locator('code').textContent())?.trim() ?? '';
      await shown(
        section.getByRole('img', { name: say(language, 'QR code of the key for your authenticator app') }),
      );
    },
  },
  {
    name: 'two-factor-codes',
    open: async (page, language) => {
      const section = twoFactor(page, language);
      await section.getByLabel(say(language, 'Code from the app')).fill(totp(twoFactorKey));
      await section.getByRole('button', { name: say(language, 'Turn on') }).click();
      await shown(section.getByRole('list', { name: say(language, 'Backup codes') }));
    },
  },
  {
    name: 'two-factor-signin',
    open: async (page, language) => {
      await twoFactor(page, language)
        .getByRole('button', { name: say(language, 'I have saved them') })
        .click();
      await apiCall(page, 'POST', '/api/auth/sign-out', {});
      await page.goto(`${suite.url}/signin`);
      await page.locator('input[type="email"]').fill(seeded.email);
      await page.locator('input[type="password"]').fill(PASSWORD);
      await page.getByRole('button', { name: say(language, 'Sign in'), exact: true }).click();
      await shown(page.getByLabel(say(language, 'Code from your authenticator app')));
    },
  },
  {
    name: 'two-factor-off',
    open: async (page, language) => {
      // The code signs in; Settings turns it off again (the next pass signs in with the password).
      await page.getByLabel(say(language, 'Code from your authenticator app')).fill(totp(twoFactorKey));
      await page.getByRole('button', { name: say(language, 'Verify') }).click();
      await page.waitForURL((url) => url.pathname !== '/signin');
      await page.locator('.app-header').waitFor();
      await visit('/settings')(page);
      const section = twoFactor(page, language);
      await section.getByRole('button', { name: say(language, 'Turn off two-factor sign-in') }).waitFor();
      await section.getByLabel(say(language, 'Your password, to turn it off')).fill(PASSWORD);
      await section.getByRole('button', { name: say(language, 'Turn off two-factor sign-in') }).click();
      await shown(page.locator('.toasts').getByText(say(language, 'Two-factor sign-in is off')));
    },
  },
  {
    name: 'offline',
    open: async (page) => {
      await visit('/')(page);
      await page.context().setOffline(true);
      await shown(page.locator('.notice-warn').first());
    },
  },
];

/** Signs `email` in on the sign-in page (any language: by its fields' types). */
async function signIn(page: Page, language: Language, email: string): Promise<void> {
  await page.goto(`${suite.url}/signin`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: say(language, 'Sign in'), exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.locator('.app-header').waitFor();
}

/** Opens every screen in `language` at `size`, signed out then signed in; everything each check found. */
async function everyScreen(language: Language, size: 'desktop' | 'phone'): Promise<string[]> {
  const { page, context } = await suite.open({ ...(size === 'desktop' ? DESKTOP : PHONE), locale: 'ur' });
  // Signed out, Urdu comes from the browser's language; the pseudo-locale is set by hand.
  if (language === 'en-XA')
    await context.addInitScript(() => localStorage.setItem('doable:language', 'en-XA'));
  // A screen that does not open is reported with the rest, not after the file's whole time.
  page.setDefaultTimeout(15_000);
  const found: string[] = [];
  const check = async (name: string) => {
    const where = `${language} ${size} ${name}`;
    const { lang, dir, over, wide } = await layout(page);
    if (lang !== language || dir !== 'rtl') found.push(`${where}: lang=${lang} dir=${dir}`);
    if (over > 0) found.push(`${where}: ${over} px wider than the screen (${wide.join(', ')})`);
    for (const words of await latinWords(page, language)) found.push(`${where}: English: ${words}`);
    if (language === 'ur') {
      for (const v of await axeViolations(page)) found.push(`${where}: axe ${v.id}: ${v.nodes.join(' | ')}`);
      for (const cut of await cutText(page)) found.push(`${where}: cut: ${cut}`);
      await shot(page, `urdu-${name}-${size}`);
    }
  };
  const run = async (screens: Screen[]) => {
    for (const screen of screens) {
      if (screen.phone && size !== 'phone') continue;
      try {
        await screen.open(page, language);
        await check(screen.name);
      } catch (error) {
        found.push(`${language} ${size} ${screen.name}: could not open: ${String(error).split('\n')[0]}`);
      }
    }
  };
  await run(SIGNED_OUT);
  await signIn(page, language, seeded.email);
  await run(SIGNED_IN);
  await context.setOffline(false);
  await context.close();
  return found;
}

describe('every screen in Urdu, right to left', () => {
  for (const size of ['desktop', 'phone'] as const) {
    it(`at ${size} size: Urdu text, no English outside what the person wrote, axe clean, nothing wider than the screen`, async () => {
      expect(await everyScreen('ur', size)).toEqual([]);
    }, 300_000);
  }
});

describe('every screen in the pseudo-locale', () => {
  for (const size of ['desktop', 'phone'] as const) {
    it(`at ${size} size: no string outside the catalogs`, async () => {
      expect(await everyScreen('en-XA', size)).toEqual([]);
    }, 300_000);
  }
});
