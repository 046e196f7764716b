// The one error model: stable codes, one code-to-status table. Framework-free, so the service
// layer, REST, MCP and chat all raise the same errors.

export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, title: 'Malformed request' },
  AUTH_MISSING: { status: 401, title: 'Authentication required' },
  AUTH_INVALID: { status: 401, title: 'Invalid credentials' },
  AUTH_FORBIDDEN: { status: 403, title: 'Forbidden' },
  NOT_FOUND: { status: 404, title: 'Not found' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  CONFLICT: { status: 409, title: 'Conflict' },
  PRECONDITION_FAILED: { status: 412, title: 'Precondition failed' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Request body too large' },
  URI_TOO_LONG: { status: 414, title: 'URI too long' },
  VALIDATION_ERROR: { status: 422, title: 'Validation failed' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL_ERROR: { status: 500, title: 'Internal server error' },
  DATABASE_ERROR: { status: 503, title: 'Database unavailable' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The other way round, for a status another component answered with (Better Auth's responses):
 * the code each status stands for; any other 4xx is BAD_REQUEST and any 5xx INTERNAL_ERROR.
 */
const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'AUTH_INVALID',
  403: 'AUTH_FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  422: 'VALIDATION_ERROR',
  429: 'RATE_LIMITED',
};

/** The code of an error answered with `status` elsewhere; see STATUS_CODES. */
export function codeForStatus(status: number): ErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}

export interface FieldError {
  /** The field, as a dotted path inside its location (e.g. `title`, `tags.2`). Empty for the whole input. */
  path: string;
  /** Where the field was: body, query, params or headers. */
  location?: 'body' | 'query' | 'params' | 'headers';
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  /** Response headers that belong to this error (e.g. Retry-After). */
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: FieldError[]; cause?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(detail, { cause: options.cause });
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);

export const invalid = (path: string, message: string, location?: FieldError['location']) =>
  new AppError('VALIDATION_ERROR', `${path} ${message}`, { errors: [{ path, message, location }] });

/** Seconds a client is asked to wait (Retry-After) before retrying a 503. */
export const RETRY_AFTER_SECONDS = 2;

/** SQLSTATEs of a lost or refused connection: class 08, admin/crash shutdown, cannot connect now, too many connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket-level failures reaching the database server. */
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/**
 * node-postgres, pg-pool and PGlite report a lost connection with a message and no code:
 * a killed backend or restarted server ("Connection terminated unexpectedly"), a client broken
 * by it, a pool that could not connect in time, a pool or PGlite already closed.
 */
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|timeout expired|Cannot use a pool after calling end on the pool|PGlite is clos(ed|ing))/;

/** The error and its causes (bounded: cause chains can be cyclic). */
export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    chain.push(e);
    e = (e as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * Whether `error` (one link of a cause chain) says the database cannot be reached right now, as
 * opposed to refusing a statement: such a request may simply be retried.
 */
export function isConnectionFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && code !== '') {
    return code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code);
  }
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
}

/**
 * SQLSTATEs of a transaction the database rolled back so that another could go on: a deadlock it
 * broke, a serialization failure. Nothing was written, and the same request may be sent again.
 */
const ROLLED_BACK_SQLSTATES = new Set(['40P01', '40001']);

/** Whether `error` (one link of a cause chain) is a transaction rolled back for another's sake. */
export function isRolledBackForAnother(error: unknown): boolean {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && ROLLED_BACK_SQLSTATES.has(code);
}

/** The 503 for a write that collided with another and was rolled back: worth sending again. */
export const collidedWithAnother = (cause: unknown) =>
  new AppError('DATABASE_ERROR', 'This change collided with another and was not made; try again', {
    cause,
    headers: { 'retry-after': '1' },
  });

/** The 503 for a database that cannot be reached: worth a retry shortly. */
export const databaseUnavailable = (cause: unknown) =>
  new AppError('DATABASE_ERROR', 'The database is unavailable; try again shortly', {
    cause,
    headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  });
