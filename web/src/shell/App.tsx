// The shell: who is signed in decides which screens exist; the header, help dialog and toasts wrap them.
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/client';
import { ConnectionStatus } from '../app/ConnectionStatus';
import { NotFound } from '../app/NotFound';
import { navigate, onLinkClick, screenOf, useLocation } from '../app/router';
import { boardListOf, scopeOf } from '../app/scope';
import { useMe } from '../auth/session';
import { onInboxEvent } from '../notifications/api';
import { Bell } from '../notifications/Bell';
import { forgetSavedQueries } from '../offline/persist';
import { useOfflineSync } from '../offline/sync';
import { useMissedReminders } from '../reminders/missed';
import { TimeZoneOffer } from '../settings/TimeZoneOffer';
import { useInvitationLink } from '../sharing/inviteLink';
import { PendingDeletesProvider } from '../tasks/deletes';
import { useLiveUpdates } from '../tasks/live';
import { TasksScreen } from '../tasks/TasksScreen';
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

const TITLES = {
  tasks: 'Tasks',
  calendar: 'Calendar',
  board: 'Board',
  tags: 'Tags',
  reminders: 'Reminders',
  notifications: 'Notifications',
  settings: 'Settings',
  admin: 'Admin',
  signin: 'Sign in',
  signup: 'Sign up',
  forgot: 'Forgot password',
  reset: 'New password',
  notfound: 'Not found',
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
  useMissedReminders(me.data?.id ?? null);
  useInvitationLink(signedIn);

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
    document.title = `${TITLES[screen]} · Doable`;
  }, [screen]);

  let content: React.ReactNode;
  if (me.isPending)
    content = (
      <p role="status" className="state">
        Loading Doable…
      </p>
    );
  // Offline, the profile kept from last time stands: the app opens with the last-known tasks.
  else if (me.isError && !me.data)
    content = (
      <div role="alert" className="state notice notice-error">
        <p>Doable cannot reach its server. {describeError(me.error)}</p>
        <button type="button" className="button" onClick={() => me.refetch()}>
          Try again
        </button>
      </div>
    );
  else if (screen === 'notfound')
    content = <NotFound title="Page not found" back={{ href: '/', label: 'Go to your tasks' }} />;
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
        Skip to content
      </a>
      <header className="app-header" ref={header}>
        {withSidebar && (
          <button
            ref={menuButton}
            type="button"
            className="button button-small button-quiet menu-toggle"
            aria-label="Views and lists"
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
                Loading…
              </p>
            }
          >
            {content}
          </Suspense>
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
    <nav aria-label="Main" className="app-nav">
      <div ref={pagesRef} className="pages-menu">
        <button
          type="button"
          className="button button-small button-quiet pages-toggle"
          aria-expanded={pagesOpen}
          aria-controls="app-pages"
          aria-label="Pages"
          onClick={() => setPagesOpen((open) => !open)}
        >
          <span aria-hidden="true">⋮</span>
        </button>
        <div id="app-pages" className="app-pages" data-open={pagesOpen || undefined}>
          <a href="/" onClick={follow} aria-current={current === 'tasks' ? 'page' : undefined}>
            Tasks
          </a>
          <a href="/tags" onClick={follow} aria-current={current === 'tags' ? 'page' : undefined}>
            Tags
          </a>
          <a href="/reminders" onClick={follow} aria-current={current === 'reminders' ? 'page' : undefined}>
            Reminders
          </a>
          <a href="/settings" onClick={follow} aria-current={current === 'settings' ? 'page' : undefined}>
            Settings
          </a>
          {isAdmin && (
            <a href="/admin" onClick={follow} aria-current={current === 'admin' ? 'page' : undefined}>
              Admin
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
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
      <button type="button" className="button button-small" onClick={signOut}>
        Sign out
      </button>
    </nav>
  );
}
