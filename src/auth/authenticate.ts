// The request hook that turns `Authorization: Bearer <token>` into the caller's user id and
// checks the `{user_id}` path segment against it (`me` stands for the caller).
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import type { TokenVerifier } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller; set by `authenticate` before any handler of a protected route runs. */
    userId: string;
  }
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i;

export function authenticator(verifier: TokenVerifier) {
  return async function authenticate(request: FastifyRequest): Promise<void> {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      throw new AppError('AUTH_MISSING', 'Send an Authorization: Bearer <token> header');
    }
    const token = BEARER.exec(header)?.[1];
    if (!token) throw new AppError('AUTH_INVALID', 'The Authorization header must be "Bearer <token>"');
    const { userId } = await verifier.verify(token);
    request.userId = userId;
    const pathUser = (request.params as { user_id?: string } | undefined)?.user_id;
    if (pathUser !== undefined && pathUser !== 'me' && pathUser !== userId) {
      throw new AppError('AUTH_FORBIDDEN', 'The user in the path is not the authenticated user');
    }
  };
}
