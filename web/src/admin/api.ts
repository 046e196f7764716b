// The administrators' API (/api/admin): the accounts page by page, the log of actions, the
// actions on one account, and the backups. Every action refreshes the accounts and the log.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';
import { meKey } from '../auth/session';

export type AdminUser = Schemas['AdminUser'];
export type AdminAction = Schemas['AdminAction'];
export type AdminBackupList = Schemas['AdminBackupList'];
export type AdminSignup = Schemas['AdminSignup'];
export type AdminInvitation = Schemas['AdminInvitation'];
export type SignupMode = AdminSignup['mode'];
export type SharedLists = 'transfer' | 'delete';

export const adminKeys = {
  all: ['admin'] as const,
  users: (email: string) => ['admin', 'users', email] as const,
  actions: ['admin', 'actions'] as const,
  backups: ['admin', 'backups'] as const,
  signup: ['admin', 'signup'] as const,
  model: ['admin', 'model'] as const,
};

const PAGE = 50;

/** The accounts whose email starts with `email` (all of them when empty), oldest first, 50 a page. */
export function useAdminUsers(email: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: adminKeys.users(email),
    enabled,
    // While a new search is asked, the last answer stays (no empty flash between keystrokes).
    placeholderData: keepPreviousData,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/users', {
          params: {
            query: { limit: PAGE, ...(email ? { email } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

/** The log of administrator actions, newest first, 50 a page. */
export function useAdminActions(enabled = true) {
  return useInfiniteQuery({
    queryKey: adminKeys.actions,
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/admin/actions', {
          params: { query: { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export type AccountAction =
  | { kind: 'disable' | 'enable' | 'password-reset' | 'verification' }
  | { kind: 'admin'; isAdmin: boolean }
  | { kind: 'delete'; sharedLists: SharedLists };

function send(user: AdminUser, action: AccountAction): Promise<unknown> {
  const path = { id: user.id };
  switch (action.kind) {
    case 'disable':
      return unwrap(api.POST('/api/admin/users/{id}/disable', { params: { path } }));
    case 'enable':
      return unwrap(api.POST('/api/admin/users/{id}/enable', { params: { path } }));
    case 'password-reset':
      return unwrap(api.POST('/api/admin/users/{id}/password-reset', { params: { path } }));
    case 'verification':
      return unwrap(api.POST('/api/admin/users/{id}/verification', { params: { path } }));
    case 'admin':
      return unwrap(
        api.POST('/api/admin/users/{id}/admin', { params: { path }, body: { is_admin: action.isAdmin } }),
      );
    case 'delete':
      return unwrap(
        api.DELETE('/api/admin/users/{id}', {
          params: { path, query: { shared_lists: action.sharedLists } },
        }),
      );
  }
}

/** One action on one account; the accounts and the log are asked again after it (and `me`, for oneself). */
export function useAccountAction(user: AdminUser, self: boolean) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (action: AccountAction) => send(user, action),
    onSuccess: async (_, action) => {
      if (self && action.kind === 'admin') await qc.invalidateQueries({ queryKey: meKey });
      await qc.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
}

/** The backups in BACKUP_DIR, newest first, and their schedule. */
export function useBackups(enabled = true) {
  return useQuery({
    queryKey: adminKeys.backups,
    enabled,
    queryFn: () => unwrap(api.GET('/api/admin/backups')),
  });
}

/** Writes a backup now; the backups and the log are asked again after it. */
export function useBackUpNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/backups')),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** The sign-up mode (the administrators' or SIGNUP's) and the invitation links. */
export function useSignupSettings(enabled = true) {
  return useQuery({
    queryKey: adminKeys.signup,
    enabled,
    queryFn: () => unwrap(api.GET('/api/admin/signup')),
  });
}

/** Sets the sign-up mode (null: back to SIGNUP's). */
export function useSetSignupMode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mode: SignupMode | null) => unwrap(api.PUT('/api/admin/signup', { body: { mode } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** Makes an invitation link to sign up; its link is in the answer only. */
export function useCreateInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { note?: string; days: number }) =>
      unwrap(api.POST('/api/admin/invitations', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

export function useRevokeInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE('/api/admin/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** The assistant's model on this server: the administrators', else OPENAI_*, else none. */
export function useServerModel() {
  return useQuery({ queryKey: adminKeys.model, queryFn: () => unwrap(api.GET('/api/admin/model')) });
}

export interface ServerModelForm {
  base_url: string;
  model: string;
  mode: 'auto' | 'agent' | 'plan';
  /** Undefined keeps the stored key; null removes it. */
  api_key?: string | null;
}

/** Sets the server's model; its key is sent once and never shown again. */
export function useSetServerModel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ServerModelForm) => unwrap(api.PUT('/api/admin/model', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** Clears the administrators' model: OPENAI_* (or the built-in assistant) answers again. */
export function useClearServerModel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/admin/model')),
    onSuccess: () => qc.invalidateQueries({ queryKey: adminKeys.all }),
  });
}
