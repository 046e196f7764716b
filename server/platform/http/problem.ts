// Serialises every error as RFC 9457 application/problem+json, and maps framework and database
// errors onto the one code table in ../errors.ts. Internal details go to the log, never the client.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  causeChain,
  collidedWithAnother,
  databaseUnavailable,
  ERROR_CODES,
  type ErrorCode,
  type FieldError,
  isConnectionFailure,
  isRolledBackForAnother,
  RETRY_AFTER_SECONDS,
} from '../errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI naming the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().describe('The request path'),
    error_code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    timestamp: z.iso.datetime(),
    request_id: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          location: z.enum(['body', 'query', 'params', 'headers']).optional(),
          message: z.string(),
        }),
      )
      .optional()
      .describe('Field errors, for VALIDATION_ERROR'),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof ProblemSchema>;

/** The error statuses every authenticated route can answer (404 is added where a resource is named). */
export const AUTHENTICATED_ERRORS = [400, 401, 403, 413, 422, 429, 500, 503] as const;

/** The OpenAPI security requirement of authenticated routes: any one of the doors. */
export const AUTHENTICATED: Record<string, string[]>[] = [
  { bearerAuth: [] },
  { apiKey: [] },
  { sessionCookie: [] },
];

/** Response schemas for the error statuses a route can answer, for route declarations and OpenAPI. */
export function problemResponses<S extends number>(...statuses: S[]): Record<S, typeof ProblemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema])) as Record<S, typeof ProblemSchema>;
}

const problemType = (code: ErrorCode) => `urn:doable:problem:${code.toLowerCase().replaceAll('_', '-')}`;

export function toProblem(error: AppError, request: FastifyRequest): Problem {
  return {
    type: problemType(error.code),
    title: ERROR_CODES[error.code].title,
    status: error.status,
    detail: error.message,
    instance: request.url.split('?')[0] ?? request.url,
    error_code: error.code,
    timestamp: new Date().toISOString(),
    request_id: request.id,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  reply.headers(error.headers);
  // Every 503 is worth retrying: say when, even where the raiser did not.
  if (error.status === 503 && !reply.hasHeader('retry-after')) {
    reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  }
  if (error.status === 401) {
    reply.header(
      'www-authenticate',
      error.code === 'AUTH_INVALID' ? 'Bearer error="invalid_token"' : 'Bearer realm="doable"',
    );
  }
  return reply.code(error.status).type(PROBLEM_CONTENT_TYPE).send(toProblem(error, reply.request));
}

const LOCATIONS: Record<string, FieldError['location']> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** Turns one request-validation failure into field errors, one per unknown key. */
function fieldErrors(error: FastifyError): FieldError[] {
  const location = LOCATIONS[String(error.validationContext)] ?? 'body';
  const out: FieldError[] = [];
  for (const v of error.validation ?? []) {
    const base = v.instancePath.split('/').filter(Boolean);
    const keys = (v.params as { keys?: unknown }).keys;
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const key of keys)
        out.push({ path: [...base, String(key)].join('.'), location, message: 'is not a known field' });
    } else if (base.length === 0 && v.keyword === 'invalid_type' && location === 'body') {
      out.push({ path: '', location, message: 'a JSON object body is required' });
    } else {
      out.push({ path: base.join('.'), location, message: v.message ?? 'is invalid' });
    }
  }
  return out;
}

/** Maps anything thrown while handling a request onto an AppError. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as FastifyError & { code?: string };
  if (hasZodFastifySchemaValidationErrors(e)) {
    const errors = fieldErrors(e);
    const named = errors.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
    return new AppError('VALIDATION_ERROR', `Invalid ${errors[0]?.location ?? 'request'}: ${named}`, {
      errors,
    });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts');
    case 'FST_ERR_BAD_URL':
      return new AppError('BAD_REQUEST', 'The path is not valid percent-encoded UTF-8');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('URI_TOO_LONG', 'A part of the path is longer than the server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('BAD_REQUEST', 'Unsupported Content-Type: send application/json');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('BAD_REQUEST', 'The request body is not valid JSON');
  }
  if (e.name === 'SyntaxError' || e.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') {
    return new AppError('BAD_REQUEST', 'The request body is not valid JSON');
  }
  if (causeChain(e).some(isConnectionFailure)) return databaseUnavailable(e);
  if (causeChain(e).some(isRolledBackForAnother)) return collidedWithAnother(e);
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 413)
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is larger than the server accepts');
  if (status === 404) return new AppError('NOT_FOUND', 'Not found');
  if (status >= 400 && status < 500)
    return new AppError('BAD_REQUEST', 'The request could not be understood');
  return new AppError('INTERNAL_ERROR', 'Internal server error', { cause: e });
}

/**
 * The router's own errors (Fastify's `frameworkErrors`: a path that is not valid percent-encoding,
 * a path parameter over `maxParamLength`), answered as every other error is.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // Answered before any hook runs: the request id header the hooks set is set here.
  reply.header('x-request-id', request.id);
  sendProblem(reply, toAppError(error));
}

/** Installs the one error handler and the not-found handler on the root instance. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: appError.cause ?? error, code: appError.code }, 'request failed');
    }
    return sendProblem(reply, appError);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      new AppError('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
}
