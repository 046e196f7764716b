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
  VALIDATION_ERROR: { status: 422, title: 'Validation failed' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  INTERNAL_ERROR: { status: 500, title: 'Internal server error' },
  DATABASE_ERROR: { status: 503, title: 'Database unavailable' },
  SERVICE_UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

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
