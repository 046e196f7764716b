// Every component test: a fresh DOM, a fetch that tests answer themselves, and a stray
// console.error fails the test that caused it.
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// findBy/waitFor wait up to 5 s (the default 1 s is too short on a busy 2-core machine); a wait
// bounds a hang, it does not assert speed.
configure({ asyncUtilTimeout: 5000 });

// The test DOM (happy-dom) has no layout, so no scrolling: the virtualized task list
// (tasks/VirtualRows.tsx) scrolls the page to keep rows in place, which here moves nothing.
window.scrollTo = () => {};

// A request no test answers fails at once, as in a browser with no server, instead of going out to
// the network (web/src/test/render.tsx's fakeApi answers the API for the tests that need it).
beforeEach(() => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch: no server in component tests');
  });
});

const errors: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  errors.push(args);
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  // What one test folded or kept in the browser does not reach the next.
  localStorage.clear();
  if (errors.length > 0) {
    const seen = errors.splice(0).map((a) => a.map(String).join(' '));
    throw new Error(`console.error was called:\n${seen.join('\n')}`);
  }
});
