// The typed client (clients/api/) for the configured server and key, with a deadline on every answer.
import { createDoableClient, type DoableClient } from '../api/index.js';
import type { Settings } from './config.js';
import { CliError, EXIT, TimeoutReached } from './errors.js';
import { t } from './speech.js';

export interface Connection {
  url: string;
  client: DoableClient;
}

const notConfigured = () => [
  t("Run 'doable login', or set DOABLE_URL and DOABLE_API_KEY."),
  t('An API key comes from the web app: Settings, API keys.'),
];

/**
 * A fetch that gives up when no answer (status and headers) has come within `seconds`. The body
 * is not timed: an export may take a while to stream.
 */
export function fetchWithin(seconds: number): (request: Request) => Promise<Response> {
  return async (request) => {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new TimeoutReached(seconds)), seconds * 1000);
    try {
      return await globalThis.fetch(request, { signal: deadline.signal });
    } catch (error) {
      throw deadline.signal.aborted ? deadline.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A client for `url` with `apiKey`, as the command line sends it (its own User-Agent). */
export function clientFor(
  url: string,
  apiKey: string,
  timeoutSeconds: number,
  version: string,
): DoableClient {
  return createDoableClient({
    baseUrl: url,
    apiKey,
    fetch: fetchWithin(timeoutSeconds),
    headers: { 'user-agent': `doable-cli/${version}` },
  });
}

/** The connection the settings describe, or exit code 3 saying how to configure one. */
export function connect(settings: Settings, version: string): Connection {
  if (!settings.url) throw new CliError(t('no server configured'), EXIT.auth, notConfigured());
  if (!settings.apiKey)
    throw new CliError(t('no API key for {url}', { url: settings.url }), EXIT.auth, notConfigured());
  return {
    url: settings.url,
    client: clientFor(settings.url, settings.apiKey, settings.timeoutSeconds, version),
  };
}
