// CalDAV (RFC 4791 with VTODO, RFC 6578 sync-collection, RFC 6764 discovery) under /dav/: an
// encapsulated plugin with its own body parsers, limits and error bodies (WebDAV XML, never
// problem+json; 401 with a Basic challenge). Paths:
//   /.well-known/caldav                       301 to /dav/
//   /dav/                                     entry point (current-user-principal)
//   /dav/principals/<user>/                   the principal
//   /dav/calendars/<user>/                    the calendar home
//   /dav/calendars/<user>/<inbox|list>/       a calendar of VTODOs
//   /dav/calendars/<user>/<calendar>/<name>   a task
// docs/caldav.md is the user's side; caldav.service.ts the data; caldav.ical.ts the mapping.
// This file routes each method; caldav.request.ts is a request's context and paths, and the
// methods are answered in caldav.props.ts (PROPFIND), caldav.reports.ts (REPORT),
// caldav.objects.ts (GET, PUT, DELETE) and caldav.calendars.ts (MKCALENDAR, MKCOL, PROPPATCH).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../../platform/auth/authenticate.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { mkcalendar, proppatch } from './caldav.calendars.js';
import { FilterError } from './caldav.filter.js';
import { CalendarDataError } from './caldav.ical.js';
import { del, get, put } from './caldav.objects.js';
import { propfind } from './caldav.props.js';
import { report } from './caldav.reports.js';
import { type Ctx, DAV_HEADER, type Target, targetOf, XML_TYPE } from './caldav.request.js';
import { DavRefusal, findCollection, InvalidSyncToken, mayWrite } from './caldav.service.js';
import { errorBody, ResponseTooLarge, XmlError } from './caldav.xml.js';

/**
 * Largest request body of any kind: a first sync's multiget names every task of a calendar in one
 * request (vdirsyncer does), 10,000 hrefs being about 1 MiB.
 */
export const MAX_DAV_BODY = 4 * 1024 * 1024;

const DAV_METHODS = ['PROPFIND', 'PROPPATCH', 'REPORT', 'MKCALENDAR', 'MKCOL'];
/** WebDAV methods we do not do: answered 405 with Allow (clients fall back to PUT and DELETE). */
const REFUSED_METHODS = ['MOVE', 'COPY', 'LOCK', 'UNLOCK'];
const ALLOW_WRITE = 'OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT, MKCALENDAR, MKCOL';
const ALLOW_READ = 'OPTIONS, GET, HEAD, PROPFIND, REPORT';

export const caldavRoutes: FastifyPluginAsync<{ db: Database; authenticator: Authenticator }> = async (
  app,
  { db, authenticator },
) => {
  for (const method of [...DAV_METHODS, ...REFUSED_METHODS]) {
    if (!app.supportedMethods.includes(method)) app.addHttpMethod(method, { hasBody: true });
  }
  // Bodies as text whatever their type (XML, iCalendar or none), up to the limit.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: MAX_DAV_BODY }, (_request, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error, request, reply) => davError(error, request, reply));

  // RFC 6764: discovery redirects, for GET (python-caldav), PROPFIND (vdirsyncer) and OPTIONS; no sign-in needed.
  app.route({
    method: ['GET', 'HEAD', 'PROPFIND', 'OPTIONS'],
    url: '/.well-known/caldav',
    schema: { hide: true },
    handler: (_request, reply) => reply.code(301).header('location', '/dav/').send(),
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const userId = await authenticator.basic(request, reply);
    let target: Target;
    try {
      target = targetOf(request.url, userId);
    } catch {
      return reply.code(404).send();
    }
    const body = typeof request.body === 'string' ? request.body : '';
    const ctx: Ctx = { db, userId, request, reply, body };
    switch (request.method) {
      case 'OPTIONS':
        return options(ctx, target);
      case 'PROPFIND':
        return propfind(ctx, target);
      case 'REPORT':
        return report(ctx, target);
      case 'GET':
      case 'HEAD':
        return get(ctx, target);
      case 'PUT':
        return put(ctx, target);
      case 'DELETE':
        return del(ctx, target);
      case 'MKCALENDAR':
      case 'MKCOL':
        return mkcalendar(ctx, target);
      case 'PROPPATCH':
        return proppatch(ctx, target);
      default:
        return reply.code(405).header('allow', ALLOW_WRITE).send();
    }
  };
  const methods = [
    'OPTIONS',
    'GET',
    'HEAD',
    'PUT',
    'DELETE',
    'POST',
    'PATCH',
    ...DAV_METHODS,
    ...REFUSED_METHODS,
  ];
  // Not in the OpenAPI document: WebDAV is described by its RFCs and docs/caldav.md.
  app.route({ method: methods, url: '/dav', schema: { hide: true }, handler });
  app.route({ method: methods, url: '/dav/*', schema: { hide: true }, handler });
};

// --- Errors: DAV bodies, never problem+json. ---

function davError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const send = (code: number, precondition: string | null, message?: string, inner?: string) => {
    reply.code(code).header('dav', DAV_HEADER);
    if (precondition === null)
      return reply.header('content-type', 'text/plain; charset=utf-8').send(message ?? '');
    return reply.header('content-type', XML_TYPE).send(errorBody(precondition, message, inner));
  };
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
    if (error.status === 401) {
      return reply
        .code(401)
        .header('www-authenticate', 'Basic realm="Doable", charset="UTF-8"')
        .header('content-type', 'text/plain; charset=utf-8')
        .send(error.message);
    }
    if (error.status === 404) return send(404, null, error.message);
    if (error.status === 403) return send(403, 'd:need-privileges', error.message);
    if (error.status === 412) return send(412, null, error.message);
    if (error.status === 429) return send(429, null, error.message);
    if (error.status === 422 || error.status === 400) return send(400, null, error.message);
    if (error.status === 409) return send(409, null, error.message);
    if (error.status === 413) return send(413, 'c:max-resource-size', error.message);
    if (error.status >= 500) request.log.error({ err: error }, 'CalDAV request failed');
    return send(error.status, null, error.status >= 500 ? 'Try again later' : error.message);
  }
  if (error instanceof DavRefusal) return send(error.status, error.precondition, error.message, error.inner);
  if (error instanceof CalendarDataError) return send(403, `c:${error.precondition}`, error.message);
  if (error instanceof FilterError) return send(403, error.precondition, error.message);
  if (error instanceof InvalidSyncToken) return send(403, 'd:valid-sync-token', error.message);
  if (error instanceof XmlError) return send(400, null, error.message);
  if (error instanceof ResponseTooLarge) return send(507, 'd:number-of-matches-within-limits', error.message);
  const code = (error as { code?: string; statusCode?: number }).code;
  const statusCode = (error as { statusCode?: number }).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) {
    return send(413, null, `Request bodies are limited to ${MAX_DAV_BODY} bytes`);
  }
  if (statusCode !== undefined && statusCode >= 400 && statusCode < 500)
    return send(statusCode, null, 'Bad request');
  request.log.error({ err: error }, 'CalDAV request failed');
  return send(500, null, 'Try again later');
}

// --- OPTIONS ---

async function options(ctx: Ctx, target: Target) {
  let allow = ALLOW_WRITE;
  if (target.kind === 'collection' || target.kind === 'object') {
    const c = await findCollection(ctx.db, ctx.userId, target.segment);
    if (c && !mayWrite(c)) allow = ALLOW_READ;
  }
  return ctx.reply
    .code(200)
    .header('dav', DAV_HEADER)
    .header('allow', allow)
    .header('content-length', '0')
    .send();
}
