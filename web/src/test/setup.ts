// Every component test: a fresh DOM, a fetch that tests answer themselves, and a stray
// console.error fails the test that caused it.
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

const errors: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  errors.push(args);
});

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  if (errors.length > 0) {
    const seen = errors.splice(0).map((a) => a.map(String).join(' '));
    throw new Error(`console.error was called:\n${seen.join('\n')}`);
  }
});
