// Starts the real server in a child process and a headless chromium, and gives tests a page
// that records console errors and can run axe-core.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { createServerDatabase } from '../support/server-database.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where E2E_SCREENSHOTS=1 writes the screenshots of docs/screenshots/. */
const SHOTS =
  process.env.E2E_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
    : null;

/** Every account the suites make has this password. */
export const PASSWORD = 'correct horse battery';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * `npm start`'s entry point on a fresh data directory; the browser uses APP_URL's origin
 * (localhost). Its database: with TEST_DATABASE_URL set (as in CI), a new database on that Postgres
 * server copied from the migrated template global-setup.ts made; otherwise the embedded database
 * in the data directory, as `npm start` makes it. `env` adds to or overrides the environment; its
 * PORT, when given, is the port.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'doable-e2e-'));
  const url = `http://localhost:${port}`;
  const template = inject('e2eServerTemplate');
  const database =
    process.env.TEST_DATABASE_URL && template
      ? await createServerDatabase(process.env.TEST_DATABASE_URL, template, 'doable_e2e')
      : undefined;
  const child: ChildProcess = spawn(process.execPath, ['server/launch/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      APP_URL: url,
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT: '100',
      DATABASE_URL: database?.url ?? '',
      REDIS_URL: '',
      // Reminders are looked for every second, so the reminder test waits seconds, not minutes.
      REMINDER_POLL_SECONDS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  // A start takes seconds; the margin is for two cores shared with other work (CI's 60 s setup
  // limits ran out there).
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the server ${child.exitCode !== null ? 'exited' : 'did not answer /health'}:\n${log}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop };
}

export async function launchBrowser(): Promise<Browser> {
  // launch() gives every run a fresh temporary profile (user-data-dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export async function openPage(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    timezoneId?: string;
    /** The browser's language (navigator.languages, Intl's default). */
    locale?: string;
  } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return { context, page, errors };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays on.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Fails with axe-core's findings when the page as it is now has any. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Saves a screenshot to docs/screenshots/ when E2E_SCREENSHOTS=1. */
export async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png` });
}

/** Waits until no optimistic write is still on its way (temporary rows are aria-busy). */
export async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(50);
  await page.waitForFunction(() => !document.querySelector('[aria-busy]'));
}

/**
 * Signed in, the app opens on Today; many tests are about every task, at /all. Waits for the task
 * screen and goes there when it is not there already (keeping the address's filters when it is).
 */
export async function allTasks(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /^(Today|All tasks)$/ }).waitFor();
  if (new URL(page.url()).pathname !== '/all') await page.goto(`${new URL(page.url()).origin}/all`);
  await page.getByRole('heading', { level: 1, name: 'All tasks' }).waitFor();
}

/** Fills and sends the sign-up form of the server at `origin`. */
async function sendSignUp(page: Page, origin: string, name: string, email: string): Promise<void> {
  await page.goto(`${origin}/signup`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Signs a new account up on the server at `origin` and waits for every task (`allTasks`). */
export async function signUp(page: Page, origin: string, name: string, email: string): Promise<void> {
  await sendSignUp(page, origin, name, email);
  await allTasks(page);
}

/** A new page of `suite` where a new account has just signed up: the app on Today. */
export async function newAccount(
  suite: BrowserSuite,
  name: string,
  email: string,
  size?: Parameters<BrowserSuite['open']>[0],
): Promise<TestPage> {
  const opened = await suite.open(size);
  await sendSignUp(opened.page, suite.url, name, email);
  await opened.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  return opened;
}

/** Types a line into the quick-add box and presses Enter. */
export async function submitTask(page: Page, text: string): Promise<void> {
  await page.getByLabel('New task').fill(text);
  await page.getByLabel('New task').press('Enter');
}

/** Adds a task by its plain title and waits for its row. */
export async function addTask(page: Page, title: string): Promise<void> {
  await submitTask(page, title);
  await page.getByRole('button', { name: `Rename ${title}`, exact: true }).waitFor();
}

/** The titles in the list, top to bottom. */
export const titles = (page: Page): Promise<string[]> => page.locator('.task-title').allInnerTexts();

/**
 * The titles of the task rows under a heading of the list (a section's, an Upcoming day's,
 * "Overdue", "Completed"): the rows after it up to the next heading, in order. The headings are
 * rows of the one list (0160); `name` is matched against the heading's words (not its count).
 */
export const titlesUnder = (page: Page, name: string | RegExp): Promise<string[]> =>
  page.evaluate(
    ({ source, flags, exact }) => {
      const wanted = (text: string) =>
        exact === null ? new RegExp(source, flags).test(text) : text === exact;
      const rows = Array.from(document.querySelectorAll<HTMLElement>('#task-rows > li')).sort(
        (a, b) => Number(a.dataset.index ?? 0) - Number(b.dataset.index ?? 0),
      );
      const out: string[] = [];
      let inside = false;
      for (const row of rows) {
        const heading = row.querySelector('h2');
        if (row.classList.contains('row-heading')) {
          if (!heading) continue;
          const words = heading.cloneNode(true) as HTMLElement;
          words.querySelectorAll('[aria-hidden="true"], .section-count').forEach((extra) => {
            extra.remove();
          });
          inside = wanted((words.textContent ?? '').trim());
        } else if (inside) out.push(row.querySelector('.task-title')?.textContent ?? '');
      }
      return out;
    },
    typeof name === 'string'
      ? { source: '', flags: '', exact: name }
      : { source: name.source, flags: name.flags, exact: null },
  );

/** One browser suite's server and chromium, started before its tests and stopped after them. */
export interface BrowserSuite {
  /** The server's origin, as the browser uses it. */
  readonly url: string;
  /** Opens a page in a context of its own, whose errors `pages` keeps. */
  open(options?: Parameters<typeof openPage>[1]): Promise<TestPage>;
  /** Every page opened so far. */
  readonly pages: TestPage[];
}

/** Registers the hooks that start a server (`env` added to its environment) and chromium. */
export function browserSuite(env: Record<string, string> = {}): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const pages: TestPage[] = [];
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started yet');
    return value;
  };
  return {
    get url() {
      return started(server).url;
    },
    async open(options) {
      const opened = await openPage(started(browser), options);
      pages.push(opened);
      return opened;
    },
    pages,
  };
}

/** A system notification as the page's service worker registration lists it. */
export interface Shown {
  title: string;
  body: string;
  tag: string;
  actions: { action: string; title: string }[];
  data: { taskId: number; title: string; url: string };
}

/** The notifications shown through this origin's service worker (all its tabs share them). */
export const shown = (page: Page): Promise<Shown[]> =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      // Chromium exposes the actions it shows; the DOM types do not list them yet.
      actions: ((n as unknown as { actions?: { action: string; title: string }[] }).actions ?? []).map(
        (a) => ({
          action: a.action,
          title: a.title,
        }),
      ),
      data: n.data,
    }));
  });

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * A click on a notification's action, as the system would make it: a notificationclick in the
 * worker, handled by its own listener. (A script-made event cannot extend its life with
 * waitUntil, so this one collects the promises and waits for them itself.)
 */
export function clickAction(worker: Worker, taskId: number, action: string): Promise<void> {
  return worker.evaluate(
    async ({ taskId, action }) => {
      const scope = globalThis as unknown as {
        registration: { getNotifications(): Promise<{ data: { taskId: number } }[]> };
        dispatchEvent(event: Event): boolean;
      };
      const notification = (await scope.registration.getNotifications()).find(
        (n) => n.data.taskId === taskId,
      );
      if (!notification) throw new Error(`no notification for task ${taskId}`);
      const Click = (
        globalThis as unknown as { NotificationEvent: new (type: string, init: object) => Event }
      ).NotificationEvent;
      const event = new Click('notificationclick', { notification, action });
      const pending: Promise<unknown>[] = [];
      Object.defineProperty(event, 'waitUntil', { value: (p: Promise<unknown>) => pending.push(p) });
      scope.dispatchEvent(event);
      await Promise.all(pending);
    },
    { taskId, action },
  );
}

/** The app's sidebar: views, saved filters and lists. */
export const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Views and lists' });

/** Makes a list from the sidebar and opens it (its heading shown). */
export async function newListFromSidebar(page: Page, name: string): Promise<void> {
  await sidebar(page).getByRole('button', { name: 'New list' }).click();
  await page.getByLabel('New list name').fill(name);
  await page.getByRole('button', { name: 'Add list' }).click();
  await sidebar(page)
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

/** Calls the API as the signed-in page (its session cookie). */
export async function apiCall(page: Page, method: string, path: string, body?: unknown): Promise<any> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return res.status === 204 ? null : res.json();
    },
    { method, path, body },
  );
}

/** An authenticator app's code: RFC 6238 (HMAC-SHA1, 30 s, 6 digits) for a base32 key. */
export { totpOfKey as totp } from '../support/totp.js';
