// A real OpenID provider for the single sign-on suites: `oidc-provider` (the certified Node.js
// implementation) on loopback, with one client registered for Doable's callback, PKCE required, and
// its development login and consent pages (any password; the login names the account).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const OIDC_CLIENT_ID = 'doable-test';
export const OIDC_CLIENT_SECRET = 'doable-test-client-secret-0123456789';
/** A public client of the same provider: no secret, PKCE alone. */
export const OIDC_PUBLIC_CLIENT_ID = 'doable-public';

/** A person the provider knows, by login: what it says about them. */
export interface OidcPerson {
  email: string;
  email_verified: boolean;
  name: string;
  /** How the provider says it signed them in (RFC 8176), e.g. ['pwd', 'otp']; none when not given. */
  amr?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  /** The people it knows, by login; a test may add more. */
  people: Map<string, OidcPerson>;
  /** The env that points Doable at this provider. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the provider on 127.0.0.1 with two clients (confidential, public) redirecting only to `redirectUri`. */
export async function startOidcProvider(redirectUri: string): Promise<TestOidcProvider> {
  const people = new Map<string, OidcPerson>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
      {
        client_id: OIDC_PUBLIC_CLIENT_ID,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'none',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['oidc-test-cookie-key-0123456789'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, id) => {
      const person = people.get(id);
      if (!person) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...person }) };
    },
  });
  // Its warnings about development-only features are expected here.
  provider.on('server_error', (_ctx, error) => console.error('oidc-provider:', error));
  server.on('request', provider.callback());
  return {
    issuer,
    people,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET,
      OIDC_NAME: 'Test IdP',
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
