// One way for the account screens (sign-in, its second step, two-factor settings) to run a request:
// whether it is under way, and what went wrong in words.
import { useState } from 'react';
import { msg, t } from '../ui/i18n';

export const UNREACHABLE = msg('Cannot reach the server. Check your connection and try again.');

/** Runs `work`, keeping its error in words (a network failure says so) and whether it is under way. */
export function useAttempt<A extends unknown[]>(work: (...args: A) => Promise<void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      await work(...args);
    } catch (e) {
      setError(e instanceof TypeError ? t(UNREACHABLE) : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}
