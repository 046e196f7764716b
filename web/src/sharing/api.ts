// Shared lists on the server: a list's people and pending invitations, the invitations waiting for
// your answer, a task's comments and history. Kept under the 'tasks' query key where a task write
// can change them (the history), under 'sharing' where only sharing writes do.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, describeError, type Schemas, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import type { List } from '../lists/api';
import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';

export { initials } from './initials';

export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
export type ReceivedInvitation = Schemas['ReceivedInvitation'];
export type Comment = Schemas['Comment'];
export type Activity = Schemas['Activity'];
export type Role = List['role'];
export type MemberRole = Invitation['role'];

const ME = { user_id: 'me' };

export const sharingKeys = {
  all: ['sharing'] as const,
  members: (listId: number) => ['sharing', 'members', listId] as const,
  received: ['sharing', 'invitations'] as const,
  comments: (taskId: number) => ['sharing', 'comments', taskId] as const,
  /** Under 'tasks': every task write adds to it. */
  activity: (taskId: number) => ['tasks', 'activity', taskId] as const,
};

export const ROLE_LABELS: Record<Role, string> = {
  owner: msg('Owner'),
  editor: msg('Editor'),
  viewer: msg('Viewer'),
};

/** Whether a list has people besides its owner (or is someone else's, shared with you). */
export function isShared(list: Pick<List, 'member_count' | 'role'> | undefined): boolean {
  return list !== undefined && (list.member_count > 0 || list.role !== 'owner');
}

export function fetchMembers(listId: number, signal?: AbortSignal) {
  return unwrap(
    api.GET('/api/{user_id}/lists/{id}/members', {
      params: { path: { ...ME, id: String(listId) } },
      signal,
    }),
  );
}

/** The owner and members of a list (and, for its owner, the pending invitations). */
export function useMembers(listId: number | null, enabled = true) {
  return useQuery({
    queryKey: sharingKeys.members(listId ?? 0),
    queryFn: ({ signal }) => fetchMembers(listId as number, signal),
    enabled: enabled && listId !== null,
    // Joining and leaving are not live events: a dialog or picker that opens asks again.
    refetchOnMount: 'always',
  });
}

/**
 * Everyone in the given lists by user id, for the assignee badges on task rows: one query over the
 * shared lists, each list's members read through its own cached query (the Share dialog's).
 */
export function usePeople(lists: List[]): Map<string, Member> {
  const qc = useQueryClient();
  const ids = lists.filter(isShared).map((list) => list.id);
  const members = useQuery({
    queryKey: [...sharingKeys.all, 'people', ...ids],
    queryFn: ({ signal }) =>
      Promise.all(
        ids.map((id) =>
          qc.fetchQuery({
            queryKey: sharingKeys.members(id),
            queryFn: () => fetchMembers(id, signal),
            staleTime: 60_000,
          }),
        ),
      ),
    enabled: ids.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const people = new Map<string, Member>();
  for (const list of members.data ?? []) for (const m of list.members) people.set(m.user_id, m);
  return people;
}

/** Invitations to your email waiting for an answer; asked again now and then (they are not live). */
export function useReceivedInvitations() {
  return useQuery({
    queryKey: sharingKeys.received,
    queryFn: ({ signal }) => unwrap(api.GET('/api/{user_id}/invitations', { params: { path: ME }, signal })),
    select: (data) => data.invitations,
    refetchInterval: 60_000,
  });
}

export function invite(listId: number, email: string, role: MemberRole) {
  return unwrap(
    api.POST('/api/{user_id}/lists/{id}/members', {
      params: { path: { ...ME, id: String(listId) } },
      body: { email, role },
    }),
  );
}

export function changeRole(listId: number, memberId: string, role: MemberRole) {
  return unwrap(
    api.PATCH('/api/{user_id}/lists/{id}/members/{member_id}', {
      params: { path: { ...ME, id: String(listId), member_id: memberId } },
      body: { role },
    }),
  );
}

/** Removes a member; with your own id, leaves the list. */
export function removeMember(listId: number, memberId: string) {
  return unwrap(
    api.DELETE('/api/{user_id}/lists/{id}/members/{member_id}', {
      params: { path: { ...ME, id: String(listId), member_id: memberId } },
    }),
  );
}

export function withdrawInvitation(listId: number, invitationId: number) {
  return unwrap(
    api.DELETE('/api/{user_id}/lists/{id}/invitations/{invitation_id}', {
      params: { path: { ...ME, id: String(listId), invitation_id: String(invitationId) } },
    }),
  );
}

/** Answers an invitation to your verified address, or (with `token`) the one its link opens. */
export function answerInvitation(id: number, answer: 'accept' | 'decline', token?: string) {
  const params = { params: { path: { ...ME, id: String(id) } }, body: token === undefined ? {} : { token } };
  return answer === 'accept'
    ? unwrap(api.POST('/api/{user_id}/invitations/{id}/accept', params))
    : unwrap(api.POST('/api/{user_id}/invitations/{id}/decline', params)).then(() => null);
}

export function useComments(taskId: number) {
  return useQuery({
    queryKey: sharingKeys.comments(taskId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/{user_id}/tasks/{id}/comments', {
          params: { path: { ...ME, id: String(taskId) } },
          signal,
        }),
      ),
    select: (data) => data.comments,
  });
}

export function addComment(taskId: number, body: string) {
  return unwrap(
    api.POST('/api/{user_id}/tasks/{id}/comments', {
      params: { path: { ...ME, id: String(taskId) } },
      body: { body },
    }),
  );
}

export function editComment(taskId: number, commentId: number, body: string) {
  return unwrap(
    api.PATCH('/api/{user_id}/tasks/{id}/comments/{comment_id}', {
      params: { path: { ...ME, id: String(taskId), comment_id: String(commentId) } },
      body: { body },
    }),
  );
}

export function deleteComment(taskId: number, commentId: number) {
  return unwrap(
    api.DELETE('/api/{user_id}/tasks/{id}/comments/{comment_id}', {
      params: { path: { ...ME, id: String(taskId), comment_id: String(commentId) } },
    }),
  );
}

export function useTaskActivity(taskId: number) {
  return useQuery({
    queryKey: sharingKeys.activity(taskId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/{user_id}/tasks/{id}/activity', {
          params: { path: { ...ME, id: String(taskId) }, query: { limit: 50 } },
          signal,
        }),
      ),
    select: (data) => data.activity,
  });
}

/**
 * What went wrong with a sharing request, for a person: the server's problem detail names the
 * rule (the hourly invitation limit, the 100 people of a list), a field error says which field.
 */
export function sharingErrorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 422 && error.fieldErrors.length > 0) {
      const field = error.fieldErrors[0];
      if (field?.path === 'email') return t('Enter a valid email address, such as ana@example.com.');
      return field?.message ?? error.message;
    }
    // The server's sentences name the rule: 30 invitations an hour, 100 people a list, owner only.
    if (error.status === 429 || error.status === 409 || error.status === 403)
      return error.message.replace(/([^.])$/, '$1.');
    if (error.status === 404) return t('This list is no longer shared with you.');
  }
  return describeError(error);
}

/**
 * A sharing write that refreshes sharing and task queries afterwards and toasts what went wrong.
 * `done` runs on success even when the row that started it has gone meanwhile (an answered
 * invitation, a removed person): mutate's own callbacks would not.
 */
export function useSharingWrite<A, R>(
  write: (args: A) => Promise<R>,
  /** A msg() sentence: "Could not change the role." */
  failed: string,
  done?: (result: R, args: A) => void | Promise<void>,
) {
  const qc = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: write,
    onSuccess: done,
    onError: (error) => toast({ message: `${t(failed)} ${sharingErrorText(error)}`, tone: 'error' }),
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: sharingKeys.all });
      await qc.invalidateQueries({ queryKey: tasksRoot });
    },
  });
}
