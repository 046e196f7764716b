// REST adapter for sharing, mounted at /api/:user_id: a list's members and invitations, the
// caller's invitations, and comments on tasks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/client.js';
import { UserParamsSchema } from '../../platform/http/params.js';
import { AUTHENTICATED, AUTHENTICATED_ERRORS, problemResponses } from '../../platform/http/problem.js';
import { toListJson } from '../lists/lists.presenter.js';
import { ListParamsSchema, ListSchema } from '../lists/lists.schema.js';
import { getList } from '../lists/lists.service.js';
import { TaskParamsSchema } from '../tasks/tasks.schema.js';
import { listActivity, taskActivityOf } from './activity.service.js';
import * as comments from './comments.service.js';
import { type InvitationMail, invitationLink, queueInvitationEmail } from './invitation.email.js';
import {
  AcceptBodySchema,
  ActivityPageSchema,
  ActivityQuerySchema,
  CommentBodySchema,
  CommentListSchema,
  CommentParamsSchema,
  CommentSchema,
  CreatedInvitationSchema,
  INVITATIONS_PER_HOUR,
  InvitationParamsSchema,
  InviteSchema,
  ListInvitationParamsSchema,
  MAX_MEMBERS,
  MemberParamsSchema,
  MemberPatchSchema,
  MemberSchema,
  MembersSchema,
  ReceivedInvitationsSchema,
} from './sharing.schema.js';
import * as sharing from './sharing.service.js';

const security = AUTHENTICATED;
const always = AUTHENTICATED_ERRORS;
const sharingTags = ['Sharing'];
const commentTags = ['Comments'];
const noContent = (what: string) => z.undefined().describe(what);

export const sharingRoutes: FastifyPluginAsyncZod<{
  db: Database;
  /** Where the web app is: invitation links open it. */
  appUrl: string;
  /** Email on: an invitation emails its link to the invited address. */
  mail?: InvitationMail;
}> = async (app, { db, appUrl, mail }) => {
  app.get(
    '/lists/:id/members',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'listMembers',
        summary: 'Who a list is shared with',
        description:
          'The owner and the members, for anyone in the list; pending invitations for the owner only. 404 for ' +
          'anyone else.',
        params: ListParamsSchema,
        response: { 200: MembersSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => sharing.membersOf(db, request.userId, request.params.id),
  );

  app.post(
    '/lists/:id/members',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'inviteMember',
        summary: 'Invite someone to a list by email',
        description:
          'Owner only. Creates an invitation the person sees once signed in with that email address, verified, ' +
          'and accepts or declines; the answer is the same whether or not an account has that email. When the ' +
          "server sends email, the address gets an email with the invitation's link, in the language of the " +
          "account with that address, else the inviter's. The answer carries the same one-time link for the " +
          'owner to pass on instead (for a server without email). Inviting a pending address again changes ' +
          'its role and makes a new link (an earlier email not sent yet is not sent). At ' +
          `most ${MAX_MEMBERS} people per list (409) and ${INVITATIONS_PER_HOUR} invitations per hour (429).`,
        params: ListParamsSchema,
        body: InviteSchema,
        response: { 202: CreatedInvitationSchema, ...problemResponses(...always, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { token, ...invitation } = await sharing.invite(
        db,
        request.userId,
        request.params.id,
        request.body,
        mail &&
          ((tx, id, secret) =>
            queueInvitationEmail(tx, mail.links, {
              invitationId: id,
              inviter: request.userId,
              link: invitationLink(appUrl, id, secret),
            })),
      );
      mail?.signal.wake();
      return reply.code(202).send({ ...invitation, link: invitationLink(appUrl, invitation.id, token) });
    },
  );

  app.delete(
    '/lists/:id/invitations/:invitation_id',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'cancelInvitation',
        summary: 'Withdraw a pending invitation',
        description: 'Owner only.',
        params: ListInvitationParamsSchema,
        response: { 204: noContent('Withdrawn'), ...problemResponses(...always, 403, 404) },
      },
    },
    async (request, reply) => {
      await sharing.cancelInvitation(db, request.userId, request.params.id, request.params.invitation_id);
      return reply.code(204).send();
    },
  );

  app.patch(
    '/lists/:id/members/:member_id',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'updateMember',
        summary: "Change a member's role",
        description: 'Owner only.',
        params: MemberParamsSchema,
        body: MemberPatchSchema,
        response: { 200: MemberSchema, ...problemResponses(...always, 403, 404) },
      },
    },
    async (request) =>
      sharing.setRole(db, request.userId, request.params.id, request.params.member_id, request.body.role),
  );

  app.delete(
    '/lists/:id/members/:member_id',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'removeMember',
        summary: 'Remove a member, or leave a list',
        description:
          'The owner removes anyone; a member removes themselves (leaves). Access ends at once; tasks of the ' +
          'list assigned to them are unassigned.',
        params: MemberParamsSchema,
        response: { 204: noContent('Removed'), ...problemResponses(...always, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await sharing.removeMember(db, request.userId, request.params.id, request.params.member_id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/invitations',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'listInvitations',
        summary: 'Invitations waiting for your answer',
        description: 'Invitations to your account’s email address, newest first.',
        params: UserParamsSchema,
        response: { 200: ReceivedInvitationsSchema, ...problemResponses(...always) },
      },
    },
    async (request) => ({ invitations: await sharing.receivedInvitations(db, request.userId) }),
  );

  app.post(
    '/invitations/:id/accept',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'acceptInvitation',
        summary: 'Accept an invitation',
        description:
          'You become a member of the list with the invitation’s role; answers the list. Either the invitation ' +
          'was sent to your email address, verified (403 while it is not), or the body carries the secret of ' +
          'its one-time link (after "#" in the link), which any signed-in account may use once.',
        params: InvitationParamsSchema,
        body: AcceptBodySchema,
        response: { 200: ListSchema, ...problemResponses(...always, 403, 404) },
      },
    },
    async (request) => {
      const listId = await sharing.answerInvitation(
        db,
        request.userId,
        request.params.id,
        'accepted',
        request.body?.token ?? undefined,
      );
      return toListJson(await getList(db, request.userId, listId));
    },
  );

  app.post(
    '/invitations/:id/decline',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'declineInvitation',
        summary: 'Decline an invitation',
        description:
          'As accepting: an invitation to your verified address, or one whose link secret you give.',
        params: InvitationParamsSchema,
        body: AcceptBodySchema,
        response: { 204: noContent('Declined'), ...problemResponses(...always, 403, 404) },
      },
    },
    async (request, reply) => {
      await sharing.answerInvitation(
        db,
        request.userId,
        request.params.id,
        'declined',
        request.body?.token ?? undefined,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/tasks/:id/comments',
    {
      schema: {
        tags: commentTags,
        security,
        operationId: 'listComments',
        summary: 'Comments on a task',
        description: 'For anyone who can read the task, oldest first.',
        params: TaskParamsSchema,
        response: { 200: CommentListSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => ({ comments: await comments.listComments(db, request.userId, request.params.id) }),
  );

  app.post(
    '/tasks/:id/comments',
    {
      schema: {
        tags: commentTags,
        security,
        operationId: 'addComment',
        summary: 'Comment on a task',
        description: `The task's owner and the editors of its list (403 for a viewer); at most ${comments.MAX_COMMENTS} per task.`,
        params: TaskParamsSchema,
        body: CommentBodySchema,
        response: { 201: CommentSchema, ...problemResponses(...always, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const comment = await comments.addComment(db, request.userId, request.params.id, request.body.body);
      reply.header(
        'location',
        `/api/${encodeURIComponent(request.userId)}/tasks/${comment.task_id}/comments/${comment.id}`,
      );
      return reply.code(201).send(comment);
    },
  );

  app.patch(
    '/tasks/:id/comments/:comment_id',
    {
      schema: {
        tags: commentTags,
        security,
        operationId: 'updateComment',
        summary: 'Edit your comment',
        params: CommentParamsSchema,
        body: CommentBodySchema,
        response: { 200: CommentSchema, ...problemResponses(...always, 403, 404) },
      },
    },
    async (request) =>
      comments.editComment(
        db,
        request.userId,
        request.params.id,
        request.params.comment_id,
        request.body.body,
      ),
  );

  app.delete(
    '/tasks/:id/comments/:comment_id',
    {
      schema: {
        tags: commentTags,
        security,
        operationId: 'deleteComment',
        summary: 'Delete your comment',
        params: CommentParamsSchema,
        response: { 204: noContent('Deleted'), ...problemResponses(...always, 403, 404) },
      },
    },
    async (request, reply) => {
      await comments.deleteComment(db, request.userId, request.params.id, request.params.comment_id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/lists/:id/activity',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'listActivity',
        summary: "A shared list's history",
        description:
          'Who created, completed, reopened, moved, edited (which fields) and deleted which task, newest first; ' +
          'recorded while the list is shared. For its owner and members.',
        params: ListParamsSchema,
        querystring: ActivityQuerySchema,
        response: { 200: ActivityPageSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => listActivity(db, request.userId, request.params.id, request.query),
  );

  app.get(
    '/tasks/:id/activity',
    {
      schema: {
        tags: sharingTags,
        security,
        operationId: 'taskActivity',
        summary: "A task's history in shared lists",
        description: 'The same entries for one task, for those who can read it, newest first.',
        params: TaskParamsSchema,
        querystring: ActivityQuerySchema,
        response: { 200: ActivityPageSchema, ...problemResponses(...always, 404) },
      },
    },
    async (request) => taskActivityOf(db, request.userId, request.params.id, request.query),
  );
};
