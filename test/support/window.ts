// Fixed-window rate limits count per minute: a test that expects several requests to share one
// window starts with enough of the minute left, so a slow machine never straddles two windows.

/**
 * Waits, if needed, so that at least `ms` remain in the current minute (a test of a few requests
 * takes 1-3 s, in CI too).
 */
export async function roomInMinute(ms = 15_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
