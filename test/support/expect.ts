// Shared assertions on what a client sees.
import { expect } from 'vitest';
import type { ApiResponse } from './server.js';

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const PROBLEM = /^application\/problem\+json/;

/** An RFC 9457 problem with every field the contract promises, and the given status and code. */
export function expectProblem(res: ApiResponse, status: number, code: string): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(PROBLEM);
  expect(res.body).toMatchObject({
    type: expect.stringMatching(/^urn:doable:problem:/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    instance: expect.stringMatching(/^\/api\//),
    error_code: code,
    timestamp: expect.stringMatching(ISO),
    request_id: res.headers.get('x-request-id'),
  });
}

/**
 * A rate limit's answer: 429 as a problem+json with Retry-After (1-60 s) that its detail repeats,
 * and no cookie set.
 */
export function expectRateLimited(res: ApiResponse, detail: RegExp): void {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(PROBLEM);
  expect(res.body).toMatchObject({ status: 429, error_code: 'RATE_LIMITED', title: 'Too many requests' });
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.body.detail).toMatch(detail);
  expect(res.body.detail).toContain(`try again in ${retryAfter} s`);
  expect(res.headers.get('set-cookie')).toBeNull();
}
