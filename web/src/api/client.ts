// Typed calls to the Doable API: paths and shapes come from schema.d.ts, generated from the
// server's OpenAPI document (`npm run api:types`), never copied by hand.
import createClient from 'openapi-fetch';
import { trackedFetch } from '../app/connection';
import { problemText, t, translating } from '../ui/i18n';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  // Looked up per call, so tests can swap the global fetch; a failed connection shows as a status.
  fetch: (request) => trackedFetch(request),
});

/** An API answer other than 2xx, carrying the problem+json body the server sends. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export function toApiError(error: unknown, response: Response): ApiError {
  const problem = (error ?? {}) as Partial<Problem> & { message?: string };
  return new ApiError(
    response.status,
    problem.error_code ?? `HTTP_${response.status}`,
    problem.detail ?? problem.message ?? (response.statusText || 'The request failed'),
    problem.errors ?? [],
  );
}

/** The data of a successful call; any other answer throws an ApiError. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(error, response);
  return data as T;
}

/** A sentence for a person: what went wrong, and what to do about it. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('Your session has ended. Sign in again.');
    if (error.status === 429) return t('Too many requests. Wait a moment and try again.');
    if (error.status === 412) return t('This task changed elsewhere. Reload it and try again.');
    if (error.status >= 500) return t('The server could not do that right now. Try again in a moment.');
    // The server's detail is English (0178): in another language, the problem's code says it.
    if (!translating()) return error.message;
    return problemText(
      error.code,
      error.fieldErrors.map((f) => f.path),
    );
  }
  if (error instanceof TypeError) return t('Cannot reach the server. Check your connection and try again.');
  return error instanceof Error ? error.message : t('Something went wrong. Try again.');
}
