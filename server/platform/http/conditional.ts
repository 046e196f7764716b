// Conditional requests (RFC 9110): strong ETags from a resource's version, If-Match for writes,
// If-None-Match for reads.
import type { FastifyRequest } from 'fastify';

/**
 * A task's ETag: its version, and for a parent its subtask counts too ("7.2.5": version 7, 2 of 5
 * open), since those are part of its JSON but change without a new version of the parent.
 */
export const etagOf = (version: number, subtasks?: { open: number; total: number }) =>
  subtasks && subtasks.total > 0 ? `"${version}.${subtasks.open}.${subtasks.total}"` : `"${version}"`;

const tagsOf = (header: string) => header.split(',').map((t) => t.trim());

/**
 * The versions If-Match allows, or undefined when any version may be written (no header, or `*`).
 * Weak tags never match (If-Match compares strongly); tags we did not issue match nothing. A
 * parent's tag counts by its version alone: a write protects the task's own fields, which its
 * subtasks' progress is not part of.
 */
export function ifMatchVersions(request: FastifyRequest): number[] | undefined {
  const header = request.headers['if-match'];
  if (header === undefined || header.trim() === '*') return undefined;
  return tagsOf(header)
    .map((tag) => /^"(\d{1,9})(?:\.\d{1,9}\.\d{1,9})?"$/.exec(tag)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
}

/** Whether If-None-Match names the current ETag (weak comparison, `*` matches anything). */
export function ifNoneMatchHits(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return tagsOf(header).some((tag) => tag.replace(/^W\//, '') === etag);
}
