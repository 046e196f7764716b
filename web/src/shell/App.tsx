// The shell: who is signed in decides which screens exist; the header, help dialog and toasts wrap them.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { ConnectionStatus } from '../app/ConnectionStatus';
import { NotFound } from '../app/NotFound';
import { navigate, onLinkClick, screenOf, useLocation } from '../app/router';
import { boardListOf, scopeOf } from '../app/scope';
import { useMe } from '../auth/session';
import { forgetSavedQueries } from '../offline/persist';
import { useOfflineSync } from '../offline/sync';
import { useSettings } from '../settings/api';
import { TimeZoneOffer } from '../settings/TimeZoneOffer';
import { useInvitationLink } from '../sharing/inviteLink';
import { PendingDeletesProvider } from '../tasks/deletes';
import { useLiveUpdates } from '../tasks/live';
import { TasksScreen } from '../tasks/TasksScreen';
import { followAccount, msg, t } from '../ui/i18n';
import { later } from '../ui/later';
import { useShortcuts } from '../ui/shortcuts';
import { Sidebar } from './Sidebar';

// Administrators only: loaded when opened, so everyone else's first load stays as it was.
// Loaded right after the first load: the outbox's panel is empty until a change waits.
const PendingChanges = lazy(() =>
  import('../offline/PendingChanges').then((m) => ({ default: m.PendingChanges })),
);
const HelpDialog = lazy(() => import('../ui/HelpDialog').then((m) => ({ default: m.HelpDialog })));
const AdminScreen = lazy(() => import('../admin/AdminScreen').then((m) => ({ default: m.AdminScreen })));
// Screens away from the task list load when first opened, so the first load stays small; those of
// a signed-out visitor too (with Better Auth's client).
const SignIn = lazy(() => import('../auth/AuthScreens').then((m) => ({ default: m.SignIn })));
const SignUp = lazy(() => import('../auth/AuthScreens').then((m) => ({ default: m.SignUp })));
const ForgotPassword = lazy(() => import('../auth/AuthScreens').then((m) => ({ default: m.ForgotPassword })));
const ResetPassword = lazy(() => import('../auth/AuthScreens').then((m) => ({ default: m.ResetPassword })));
const SettingsScreen = lazy(() =>
  import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const TagsScreen = lazy(() => import('../tags/TagsScreen').then((m) => ({ default: m.TagsScreen })));
const RemindersScreen = lazy(() =>
  import('../reminders/RemindersScreen').then((m) => ({ default: m.RemindersScreen })),
);
const NotificationsScreen = lazy(() =>
  import('../notifications/NotificationsScreen').then((m) => ({ default: m.NotificationsScreen })),
);
// The calendar and its drag and drop load when first opened.
const CalendarScreen = lazy(() =>
  import('../calendar/CalendarScreen').then((m) => ({ default: m.CalendarScreen })),
);
// A list's board and its drag and drop too.
const BoardScreen = lazy(() => import('../board/BoardScreen').then((m) => ({ default: m.BoardScreen })));

// The header's bell and what the inbox does with a live event load beside the first rows.
const Bell = later(
  () => import('../notifications/Bell').then((m) => m.Bell),
  () => <span className="bell" />,
);
const onInboxEvent = (qc: QueryClient, data: unknown) =>
  void import('../notifications/api').then((m) => m.onInboxEvent(qc, data));

// The language switch of the signed-out pages (sign-in, sign-up, a forgotten password).
const LanguageSwitch = later(() => import('../ui/LanguageSwitch').then((m) => m.LanguageSwitch));
// Reminders missed while away are told once the rows are there.
const MissedReminders = later(() =>
  import('../reminders/missed').then((m) => ({ userId }: { userId: string | null }) => {
    m.useMissedReminders(userId);
    return null;
  }),
);

const TITLES = {
  tasks: msg('Tasks'),
  calendar: msg('Calendar'),
  board: msg('Board'),
  tags: msg('Tags'),
  reminders: msg('Reminders'),
  notifications: msg('Notifications'),
  settings: msg('Settings'),
  admin: msg('Admin'),
  signin: msg('Sign in'),
  signup: msg('Sign up'),
  forgot: msg('Forgot password'),
  reset: msg('New password'),
  notfound: msg('Not found'),
};

export function App() {
  const me = useMe();
  const location = useLocation();
  const screen = screenOf(location.pathname);
  const signedIn = Boolean(me.data);
  const [help, setHelp] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const header = useRef<HTMLElement>(null);
  const withSidebar = signedIn && (screen === 'tasks' || screen === 'calendar' || screen === 'board');
  const boardList = boardListOf(location.pathname);
  useDrawerEscape(drawer, () => {
    setDrawer(false);
    menuButton.current?.focus();
  });
  useHeaderHeight(header);
  useShortcuts({ '?': () => setHelp(true) });
  const qc = useQueryClient();
  useLiveUpdates(signedIn, { notifications: (data) => onInboxEvent(qc, data) });
  useOfflineSync(me.data?.id ?? null);
  useInvitationLink(signedIn);
  // The account's language once its settings are read (signed out: this browser's).
  const accountLanguage = useSettings(signedIn).data?.language;
  useEffect(() => {
    if (!signedIn || accountLanguage !== undefined) followAccount(signedIn ? accountLanguage : null);
  }, [signedIn, accountLanguage]);

  // Signed-out people land on sign-in; signed-in people never see the auth screens.
  useEffect(() => {
    if (me.isPending || me.isError) return;
    if (
      !signedIn &&
      (screen === 'tasks' ||
        screen === 'calendar' ||
        screen === 'board' ||
        screen === 'tags' ||
        screen === 'reminders' ||
        screen === 'notifications' ||
        screen === 'settings' ||
        screen === 'admin')
    )
      navigate('/signin', { replace: true });
    if (signedIn && (screen === 'signin' || screen === 'signup' || screen === 'forgot'))
      navigate('/', { replace: true });
  }, [me.isPending, me.isError, signedIn, screen]);

  useEffect(() => {
    document.title = `${t(TITLES[screen])} · Doable`;
  }, [screen]);

  let content: React.ReactNode;
  if (me.isPending)
    content = (
      <p role="status" className="state">
        {t('Loading Doable…')}
      </p>
    );
  // Offline, the profile kept from last time stands: the app opens with the last-known tasks.
  else if (me.isError && !me.data)
    content = (
      <div role="alert" className="state notice notice-error">
        <p>
          {t('Doable cannot reach its server.')} {describeError(me.error)}
        </p>
        <button type="button" className="button" onClick={() => me.refetch()}>
          {t('Try again')}
        </button>
      </div>
    );
  else if (screen === 'notfound')
    content = <NotFound title={t('Page not found')} back={{ href: '/', label: t('Go to your tasks') }} />;
  // A reset link works whoever is signed in on this browser: the token decides the account.
  else if (screen === 'reset') content = <ResetPassword token={location.searchParams.get('token')} />;
  else if (!signedIn)
    content = screen === 'signup' ? <SignUp /> : screen === 'forgot' ? <ForgotPassword /> : <SignIn />;
  else if (screen === 'settings') content = <SettingsScreen />;
  else if (screen === 'admin')
    content = <AdminScreen isAdmin={me.data?.is_admin ?? false} myId={me.data?.id ?? ''} />;
  else if (screen === 'calendar') content = <CalendarScreen />;
  else if (screen === 'board' && boardList !== null)
    content = <BoardScreen key={boardList} listId={boardList} />;
  else if (screen === 'tags') content = <TagsScreen />;
  else if (screen === 'reminders') content = <RemindersScreen />;
  else if (screen === 'notifications') content = <NotificationsScreen />;
  else content = <TasksScreen />;

  return (
    <PendingDeletesProvider>
      <a href="#main" className="skip-link">
        {t('Skip to content')}
      </a>
      <header className="app-header" ref={header}>
        {withSidebar && (
          <button
            ref={menuButton}
            type="button"
            className="button button-small button-quiet menu-toggle"
            aria-label={t('Views and lists')}
            aria-expanded={drawer}
            aria-controls="sidebar"
            onClick={() => setDrawer((open) => !open)}
          >
            ☰
          </button>
        )}
        <a href="/" className="brand" onClick={onLinkClick}>
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span className="brand-name">Doable</span>
        </a>
        {signedIn && (
          <AccountNav
            current={screen}
            isAdmin={me.data?.is_admin ?? false}
            email={me.data?.email ?? me.data?.id ?? ''}
            onHelp={() => setHelp(true)}
          />
        )}
      </header>
      <div className={withSidebar ? 'with-sidebar' : undefined}>
        {withSidebar && (
          <Sidebar
            scope={
              screen === 'calendar'
                ? undefined
                : boardList !== null
                  ? { kind: 'list', id: boardList }
                  : (scopeOf(location.pathname) ?? { kind: 'all' })
            }
            open={drawer}
            onClose={() => setDrawer(false)}
          />
        )}
        <main
          id="main"
          tabIndex={-1}
          aria-busy={me.isPending || undefined}
          className={
            screen === 'admin' || screen === 'calendar' || screen === 'board' ? 'main-wide' : undefined
          }
        >
          <ConnectionStatus />
          <MissedReminders userId={me.data?.id ?? null} />
          {signedIn && (
            <Suspense fallback={null}>
              <PendingChanges />
            </Suspense>
          )}
          {/* Settings has the full choice, with its own "Use <this zone>". */}
          {me.data && (screen === 'tasks' || screen === 'tags') && <TimeZoneOffer userId={me.data.id} />}
          {/* The screens loaded when first opened (lazy) show this meanwhile. */}
          <Suspense
            fallback={
              <p role="status" className="state">
                {t('Loading…')}
              </p>
            }
          >
            {content}
          </Suspense>
          {!signedIn && !me.isPending && <LanguageSwitch />}
        </main>
      </div>
      {help && (
        <Suspense fallback={null}>
          <HelpDialog onClose={() => setHelp(false)} />
        </Suspense>
      )}
    </PendingDeletesProvider>
  );
}

/** While the drawer is open, Escape anywhere (not taken by a dialog or a field inside) closes it. */
function useDrawerEscape(open: boolean, close: () => void) {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}

/** The sticky header's height as `--header-height`, so what sticks below it (sidebar, bulk bar) starts there. */
function useHeaderHeight(header: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = header.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--header-height', `${el.offsetHeight}px`),
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [header]);
}

function AccountNav({
  current,
  isAdmin,
  email,
  onHelp,
}: {
  current: string;
  isAdmin: boolean;
  email: string;
  onHelp: () => void;
}) {
  const qc = useQueryClient();
  const signOut = async () => {
    const { authClient } = await import('../auth/authClient');
    await authClient.signOut().catch(() => undefined);
    qc.clear();
    forgetSavedQueries();
    navigate('/signin', { replace: true });
  };
  // On a phone the pages fold behind one button, so the bell, help and sign-out fit beside the brand.
  // The menu closes like a row's: on Escape (focus back on its button), when focus leaves it, and on
  // a press anywhere else (Safari does not focus a pressed button, so blur alone would miss it).
  const [pagesOpen, setPagesOpen] = useState(false);
  const pagesRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const menu = pagesRef.current;
    if (!pagesOpen || !menu) return;
    const away = (e: PointerEvent) => {
      if (!menu.contains(e.target as Node | null)) setPagesOpen(false);
    };
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setPagesOpen(false);
      menu.querySelector<HTMLButtonElement>('.pages-toggle')?.focus();
    };
    const left = (e: FocusEvent) => {
      if (!menu.contains(e.relatedTarget as Node | null)) setPagesOpen(false);
    };
    document.addEventListener('pointerdown', away);
    menu.addEventListener('keydown', onEscape);
    menu.addEventListener('focusout', left);
    return () => {
      document.removeEventListener('pointerdown', away);
      menu.removeEventListener('keydown', onEscape);
      menu.removeEventListener('focusout', left);
    };
  }, [pagesOpen]);
  const follow = (e: React.MouseEvent<HTMLAnchorElement>) => {
    setPagesOpen(false);
    onLinkClick(e);
  };
  return (
    <nav aria-label={t('Main')} className="app-nav">
      <div ref={pagesRef} className="pages-menu">
        <button
          type="button"
          className="button button-small button-quiet pages-toggle"
          aria-expanded={pagesOpen}
          aria-controls="app-pages"
          aria-label={t('Pages')}
          onClick={() => setPagesOpen((open) => !open)}
        >
          <span aria-hidden="true">⋮</span>
        </button>
        <div id="app-pages" className="app-pages" data-open={pagesOpen || undefined}>
          <a href="/" onClick={follow} aria-current={current === 'tasks' ? 'page' : undefined}>
            {t('Tasks')}
          </a>
          <a href="/tags" onClick={follow} aria-current={current === 'tags' ? 'page' : undefined}>
            {t('Tags')}
          </a>
          <a href="/reminders" onClick={follow} aria-current={current === 'reminders' ? 'page' : undefined}>
            {t('Reminders')}
          </a>
          <a href="/settings" onClick={follow} aria-current={current === 'settings' ? 'page' : undefined}>
            {t('Settings')}
          </a>
          {isAdmin && (
            <a href="/admin" onClick={follow} aria-current={current === 'admin' ? 'page' : undefined}>
              {t('Admin')}
            </a>
          )}
        </div>
      </div>
      <Bell current={current === 'notifications'} />
      <span className="who" title={email}>
        {email}
      </span>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={onHelp}
        aria-label={t('Keyboard shortcuts')}
      >
        ?
      </button>
      <button type="button" className="button button-small" onClick={signOut}>
        {t('Sign out')}
      </button>
    </nav>
  );
}
