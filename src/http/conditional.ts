// Conditional requests (RFC 9110): strong ETags from a resource's version, If-Match for writes,
// If-None-Match for reads.
import type { FastifyRequest } from 'fastify';

export const etagOf = (version: number) => `"${version}"`;

const tagsOf = (header: string) => header.split(',').map((t) => t.trim());

/**
 * The versions If-Match allows, or undefined when any version may be written (no header, or `*`).
 * Weak tags never match (If-Match compares strongly); tags we did not issue match nothing.
 */
export function ifMatchVersions(request: FastifyRequest): number[] | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  return tagsOf(header)
    .map((tag) => /^"(\d{1,9})"$/.exec(tag)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
}

/** Whether If-None-Match names the current version (weak comparison, `*` matches anything). */
export function ifNoneMatchHits(request: FastifyRequest, version: number): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return tagsOf(header).some((tag) => tag.replace(/^W\//, '') === etagOf(version));
}
