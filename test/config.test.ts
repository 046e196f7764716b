// Configuration from the environment, the development auth secret, and `npm run token`.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAuthSecret, SECRET_FILE } from '../server/platform/auth/secret.js';
import { ConfigError, ENV_VARIABLES, loadConfig } from '../server/platform/config.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'doable-config-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 3000,
      logLevel: 'info',
      databaseUrl: undefined,
      corsOrigins: [],
      trustProxy: false,
      auth: {
        secret: undefined,
        jwksUrl: undefined,
        issuer: undefined,
        audience: undefined,
        clockSkewSeconds: 30,
      },
    });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir).toBe(path.resolve('data'));
  });

  it('resolves a relative DATA_DIR to an absolute path and keeps an absolute one', () => {
    expect(loadConfig({ DATA_DIR: 'some/dir' }).dataDir).toBe(path.join(process.cwd(), 'some/dir'));
    expect(loadConfig({ DATA_DIR: '/var/lib/doable' }).dataDir).toBe('/var/lib/doable');
  });

  it('runs the embedded database on its worker thread unless DATABASE_EMBEDDED_THREAD=main', () => {
    expect(loadConfig({}).databaseEmbeddedThread).toBe('worker');
    expect(loadConfig({ DATABASE_EMBEDDED_THREAD: 'main' }).databaseEmbeddedThread).toBe('main');
    expect(() => loadConfig({ DATABASE_EMBEDDED_THREAD: 'both' })).toThrow(/DATABASE_EMBEDDED_THREAD/);
  });

  it('uses the Postgres server only when DATABASE_URL is set', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/doable' }).databaseUrl).toBe(
      'postgres://u:p@db:5432/doable',
    );
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/doable' }).databaseUrl).toBe('postgresql://db/doable');
  });

  it('reads the documented variables', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      APP_URL: 'https://doable.example.com',
      HOST: '0.0.0.0',
      PORT: '8080',
      LOG_LEVEL: 'warn',
      BETTER_AUTH_SECRET: 's'.repeat(32),
      JWKS_URL: 'https://auth.example.com/api/auth/jwks',
      JWT_ISSUER: 'https://auth.example.com',
      JWT_AUDIENCE: 'doable',
      JWT_CLOCK_SKEW_SECONDS: '5',
      TOKEN_CACHE_SIZE: '0',
      TRUST_PROXY: 'true',
    });
    expect(config).toMatchObject({
      env: 'production',
      host: '0.0.0.0',
      port: 8080,
      logLevel: 'warn',
      trustProxy: true,
      auth: {
        secret: 's'.repeat(32),
        jwksUrl: 'https://auth.example.com/api/auth/jwks',
        issuer: 'https://auth.example.com',
        audience: 'doable',
        clockSkewSeconds: 5,
        cacheSize: 0,
      },
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['JWKS_URL', 'not-a-url'],
    ['JWKS_URL', 'ftp://keys.example.com/jwks'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['BETTER_AUTH_SECRET', 'too-short'],
    ['JWT_CLOCK_SKEW_SECONDS', '3600'],
    ['TOKEN_CACHE_SIZE', 'lots'],
    ['TRUST_PROXY', 'yes'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(new RegExp(`^\\s*${name}: `, 'm'));
    // Only the bad variable is named.
    expect(error.message.match(/^\s*[A-Z_]+: /gm)).toHaveLength(1);
  });

  it('takes DATABASE_DIRECT_URL only beside DATABASE_URL', () => {
    const both = {
      DATABASE_URL: 'postgres://pgbouncer:6432/doable',
      DATABASE_DIRECT_URL: 'postgres://db:5432/doable',
    };
    expect(loadConfig(both).databaseDirectUrl).toBe('postgres://db:5432/doable');
    expect(loadConfig({}).databaseDirectUrl).toBeUndefined();
    expect(configError({ DATABASE_DIRECT_URL: 'postgres://db:5432/doable' }).message).toMatch(
      /^\s*DATABASE_DIRECT_URL: needs DATABASE_URL/m,
    );
    expect(configError({ ...both, DATABASE_DIRECT_URL: 'mysql://x' }).message).toMatch(
      /DATABASE_DIRECT_URL: must be/,
    );
  });

  it('takes a VAPID pair whole, a subject, and the OTLP endpoint', () => {
    const pair = { VAPID_PUBLIC_KEY: `B${'a'.repeat(86)}`, VAPID_PRIVATE_KEY: 'k'.repeat(43) };
    expect(loadConfig(pair).push.vapid).toEqual({
      publicKey: pair.VAPID_PUBLIC_KEY,
      privateKey: pair.VAPID_PRIVATE_KEY,
    });
    expect(loadConfig({}).push.vapid).toBeUndefined();
    expect(loadConfig({}).push.subject).toBe('mailto:doable@localhost');
    expect(loadConfig({ APP_URL: 'https://tasks.example.com' }).push.subject).toBe(
      'https://tasks.example.com',
    );
    expect(configError({ VAPID_PUBLIC_KEY: pair.VAPID_PUBLIC_KEY }).message).toMatch(
      /VAPID_PRIVATE_KEY: .*go together/,
    );
    expect(configError({ ...pair, VAPID_PRIVATE_KEY: 'short' }).message).toMatch(
      /VAPID_PRIVATE_KEY: must be/,
    );
    expect(configError({ VAPID_SUBJECT: 'http://example.com' }).message).toMatch(/VAPID_SUBJECT: must be/);
    // The private key is a secret: never echoed.
    expect(configError({ ...pair, VAPID_PRIVATE_KEY: 'secret-private-value' }).message).not.toContain(
      'secret-private',
    );
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'doable',
    });
    expect(configError({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }).message).toMatch(
      /OTEL_EXPORTER_OTLP_ENDPOINT:/,
    );
  });

  it('names every bad variable at once', () => {
    const error = configError({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL']) expect(error.message).toMatch(`${name}:`);
  });

  it('does not echo a rejected secret', () => {
    expect(configError({ BETTER_AUTH_SECRET: 'hunter2-secret' }).message).not.toContain('hunter2');
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['31 characters', 'x'.repeat(31)],
  ])('refuses production with BETTER_AUTH_SECRET %s', (_name, secret) => {
    const error = configError({ NODE_ENV: 'production', BETTER_AUTH_SECRET: secret });
    expect(error.message).toMatch(/BETTER_AUTH_SECRET: .*production/);
  });

  it('accepts production with a 32-character secret, and development without one', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', BETTER_AUTH_SECRET: 'x'.repeat(32), APP_URL: 'https://d.example' })
        .env,
    ).toBe('production');
    const noUrl = configError({ NODE_ENV: 'production', BETTER_AUTH_SECRET: 'x'.repeat(32) });
    expect(noUrl.message).toContain('APP_URL');
    expect(noUrl.message).not.toContain('BETTER_AUTH_SECRET');
    expect(loadConfig({ NODE_ENV: 'development' }).auth.secret).toBeUndefined();
    expect(loadConfig({ BETTER_AUTH_SECRET: 'x'.repeat(16) }).auth.secret).toBe('x'.repeat(16));
  });

  it('parses CORS_ORIGINS as a comma-separated list, ignoring blanks and spaces', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example:8443 ,,http://localhost:5173' })
        .corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example:8443', 'http://localhost:5173']);
    expect(loadConfig({ CORS_ORIGINS: 'https://only.example' }).corsOrigins).toEqual([
      'https://only.example',
    ]);
  });

  // A compose file or .env with `PORT=` must mean "use the default", not "port 0" or an error.
  const VARIABLES = [
    'NODE_ENV',
    'HOST',
    'PORT',
    'LOG_LEVEL',
    'DATABASE_URL',
    'DATABASE_POOL_MAX',
    'DATA_DIR',
    'DATABASE_EMBEDDED_THREAD',
    'BETTER_AUTH_SECRET',
    'JWKS_URL',
    'JWT_ISSUER',
    'JWT_AUDIENCE',
    'JWT_CLOCK_SKEW_SECONDS',
    'TOKEN_CACHE_SIZE',
    'CORS_ORIGINS',
    'TRUST_PROXY',
    'BODY_LIMIT_BYTES',
    'SHUTDOWN_TIMEOUT_MS',
  ];
  it.each(VARIABLES)('treats an empty %s as unset', (name) => {
    const defaults = loadConfig({});
    expect(loadConfig({ [name]: '' })).toEqual(defaults);
  });
});

describe('resolveAuthSecret', () => {
  it('returns a configured secret as-is and writes nothing', async () => {
    const dataDir = await tempDir();
    const secret = 'configured-secret-0123456789-abcdefghij';
    const config = loadConfig({ BETTER_AUTH_SECRET: secret, DATA_DIR: dataDir });
    await expect(resolveAuthSecret(config)).resolves.toEqual({ secret, generated: false });
    await expect(stat(path.join(dataDir, SECRET_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('generates a secret once in DATA_DIR in development (mode 0600) and reuses it', async () => {
    const dataDir = path.join(await tempDir(), 'nested', 'data');
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const first = await resolveAuthSecret(config);
    expect(first.generated).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);

    const file = path.join(dataDir, SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.secret);

    const second = await resolveAuthSecret(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }));
    expect(second).toEqual({ secret: first.secret, generated: false });
  });

  it('agrees on one secret when several processes start at once', async () => {
    const dataDir = await tempDir();
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const results = await Promise.all([1, 2, 3, 4].map(() => resolveAuthSecret(config)));
    expect(new Set(results.map((r) => r.secret)).size).toBe(1);
    expect(results.filter((r) => r.generated)).toHaveLength(1);
  });

  it.each([
    ['too short', 'short\n'],
    ['empty', ''],
  ])('never signs with a secret file that is %s', async (_name, contents) => {
    const dataDir = await tempDir();
    await writeFile(path.join(dataDir, SECRET_FILE), contents, { mode: 0o600 });
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    // Replacing it or refusing to start are both fine; signing with the bad secret is not.
    const outcome = await resolveAuthSecret(config).then(
      (r) => r.secret,
      () => null,
    );
    if (outcome !== null) expect(outcome.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses to generate a secret in production', async () => {
    const dataDir = await tempDir();
    const config = { ...loadConfig({ DATA_DIR: dataDir }), env: 'production' as const };
    await expect(resolveAuthSecret(config)).rejects.toThrow(/BETTER_AUTH_SECRET/);
    await expect(stat(path.join(dataDir, SECRET_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe.concurrent('npm run token', () => {
  const SECRET = 'known-secret-for-the-token-script-012345';
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDir();
  });

  const token = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['server/launch/cli.mjs', 'token', ...args], {
      cwd: ROOT,
      // A clean environment: nothing from the test runner (NODE_ENV=test, DATABASE_URL...) leaks in.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, ...env },
      timeout: 90_000,
    });

  it('prints an HS256 token for the user, signed with the configured secret, valid for 24 h', async () => {
    expect(SECRET).toHaveLength(40);
    const { stdout } = await token(['alice', '--new-user'], {
      BETTER_AUTH_SECRET: SECRET,
      NODE_ENV: 'development',
    });
    const printed = stdout.trim();
    expect(printed).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(decodeProtectedHeader(printed).alg).toBe('HS256');
    const { payload } = await jwtVerify(printed, new TextEncoder().encode(SECRET), { algorithms: ['HS256'] });
    expect(payload.sub).toBe('alice');
    const now = Date.now() / 1000;
    expect(payload.exp! - now).toBeGreaterThan(24 * 3600 - 120);
    expect(payload.exp! - now).toBeLessThanOrEqual(24 * 3600 + 5);
    await expect(
      jwtVerify(printed, new TextEncoder().encode(`${SECRET}x`), { algorithms: ['HS256'] }),
    ).rejects.toThrow();
  });

  it('honours --expires-in', async () => {
    const { stdout } = await token(['bob', '--expires-in', '1h', '--new-user'], {
      BETTER_AUTH_SECRET: SECRET,
    });
    const { payload } = await jwtVerify(stdout.trim(), new TextEncoder().encode(SECRET));
    expect(payload.sub).toBe('bob');
    expect(payload.exp! - Date.now() / 1000).toBeGreaterThan(3600 - 120);
    expect(payload.exp! - Date.now() / 1000).toBeLessThanOrEqual(3600 + 5);
  });

  it('without a configured secret, signs with the one generated in DATA_DIR', async () => {
    const dir = await tempDir();
    const { stdout } = await token(['carol', '--new-user'], { DATA_DIR: dir, NODE_ENV: 'development' });
    const generated = (await readFile(path.join(dir, SECRET_FILE), 'utf8')).trim();
    const { payload } = await jwtVerify(stdout.trim(), new TextEncoder().encode(generated));
    expect(payload.sub).toBe('carol');
  });

  it('exits non-zero with a usage line when no user is given', async () => {
    const failure = await token([], { BETTER_AUTH_SECRET: SECRET }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).not.toBeNull();
    expect(failure!.code).not.toBe(0);
    expect(failure!.stderr).toMatch(/^Usage: .*<user-id or email>/m);
    expect(failure!.stdout).toBe('');
  });

  it('exits non-zero naming the variable when the configuration is invalid', async () => {
    const failure = await token(['alice'], { BETTER_AUTH_SECRET: SECRET, PORT: 'abc' }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/PORT/);
    expect(failure?.stdout).toBe('');
  });
});

describe('the assistant model and the docs', () => {
  it('uses the built-in assistant unless a key or base URL is set; a local server needs no key', () => {
    expect(loadConfig({}).model).toBeUndefined();
    expect(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1/' }).model).toEqual({
      apiKey: undefined,
      baseUrl: 'http://127.0.0.1:11434/v1',
      name: 'gpt-4o-mini',
      timeoutMs: 30_000,
      mode: 'auto',
      stream: 'auto',
      numCtx: undefined,
    });
    expect(
      loadConfig({
        OPENAI_API_KEY: 'sk-x',
        OPENAI_MODEL: 'llama3.1',
        ASSISTANT_TIMEOUT_MS: '5000',
        MODEL_MODE: 'plan',
        MODEL_STREAM: 'off',
        MODEL_NUM_CTX: '8192',
      }).model,
    ).toEqual({
      apiKey: 'sk-x',
      baseUrl: 'https://api.openai.com/v1',
      name: 'llama3.1',
      timeoutMs: 5000,
      mode: 'plan',
      stream: 'off',
      numCtx: 8192,
    });
    expect(loadConfig({}).modelAllowPrivate).toBe(false);
    expect(loadConfig({ MODEL_ALLOW_PRIVATE: 'true' }).modelAllowPrivate).toBe(true);
    expect(() => loadConfig({ OPENAI_BASE_URL: 'ftp://x' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => loadConfig({ ASSISTANT_TIMEOUT_MS: '10' })).toThrow(/ASSISTANT_TIMEOUT_MS/);
    expect(() => loadConfig({ MODEL_MODE: 'fast' })).toThrow(/MODEL_MODE/);
    expect(() => loadConfig({ MODEL_STREAM: 'yes' })).toThrow(/MODEL_STREAM/);
    expect(() => loadConfig({ MODEL_NUM_CTX: '100' })).toThrow(/MODEL_NUM_CTX/);
    expect(() => loadConfig({ MODEL_ALLOW_PRIVATE: 'yes' })).toThrow(/MODEL_ALLOW_PRIVATE/);
  });

  it('turns single sign-on on with OIDC_ISSUER and OIDC_CLIENT_ID, and refuses half or bad settings', () => {
    expect(loadConfig({}).sso).toBeUndefined();
    expect(loadConfig({ OIDC_ISSUER: 'https://id.example/realms/x/', OIDC_CLIENT_ID: 'doable' }).sso).toEqual(
      {
        issuer: 'https://id.example/realms/x',
        clientId: 'doable',
        clientSecret: undefined,
        name: 'single sign-on',
        scopes: ['openid', 'email', 'profile'],
        signup: 'policy',
        link: 'confirm',
      },
    );
    const full = loadConfig({
      OIDC_ISSUER: 'https://accounts.google.com',
      OIDC_CLIENT_ID: 'id',
      OIDC_CLIENT_SECRET: 'shh-secret',
      OIDC_NAME: 'Google',
      OIDC_SCOPES: 'openid  email',
      OIDC_SIGNUP: 'open',
    }).sso;
    expect(full).toMatchObject({
      clientSecret: 'shh-secret',
      name: 'Google',
      scopes: ['openid', 'email'],
      signup: 'open',
    });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'x' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ OIDC_NAME: 'Keycloak' })).toThrow(/OIDC_NAME/);
    expect(() => loadConfig({ OIDC_CLIENT_SECRET: 'shh-secret' })).toThrow(/OIDC_CLIENT_SECRET/);
    const sso = { OIDC_ISSUER: 'https://id.example', OIDC_CLIENT_ID: 'x' };
    expect(() => loadConfig({ ...sso, OIDC_ISSUER: 'ftp://id.example' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ ...sso, OIDC_SCOPES: 'email profile' })).toThrow(
      /OIDC_SCOPES: must include openid/,
    );
    expect(() => loadConfig({ ...sso, OIDC_SIGNUP: 'maybe' })).toThrow(/OIDC_SIGNUP/);
    expect(loadConfig({ ...sso, OIDC_LINK: 'verified-email' }).sso?.link).toBe('verified-email');
    expect(() => loadConfig({ ...sso, OIDC_LINK: 'always' })).toThrow(/OIDC_LINK/);
    expect(() => loadConfig({ ...sso, OIDC_NAME: '<b>x</b>' })).toThrow(/OIDC_NAME/);
    const production = {
      NODE_ENV: 'production',
      BETTER_AUTH_SECRET: 'x'.repeat(32),
      APP_URL: 'https://d.example',
    };
    expect(() => loadConfig({ ...production, ...sso, OIDC_ISSUER: 'http://id.example' })).toThrow(
      /OIDC_ISSUER: must be an https: URL in production/,
    );
    expect(loadConfig({ ...production, ...sso, OIDC_ISSUER: 'http://127.0.0.1:8080' }).sso?.issuer).toBe(
      'http://127.0.0.1:8080',
    );
    // The secret is never echoed back in an error.
    expect(configError({ OIDC_CLIENT_SECRET: 'hunter2-secret' }).message).not.toContain('hunter2');
  });

  it('turns the event bus on with EVENTS_NATS_URL, credentials kept out of the server list', () => {
    expect(loadConfig({ EVENTS_NATS_PREFIX: 'x' }).eventBus).toBeUndefined();
    expect(loadConfig({ EVENTS_NATS_URL: 'nats://127.0.0.1' }).eventBus).toEqual({
      servers: ['127.0.0.1:4222'],
      user: undefined,
      pass: undefined,
      token: undefined,
      tls: false,
      prefix: 'doable',
      stream: 'DOABLE_EVENTS',
      pollMs: 5000,
    });
    expect(
      loadConfig({
        EVENTS_NATS_URL: 'tls://relay:p%40ss@nats-1:4443, tls://nats-2:4443',
        EVENTS_NATS_PREFIX: 'acme.todo',
        EVENTS_NATS_POLL_SECONDS: '0.5',
      }).eventBus,
    ).toMatchObject({
      servers: ['nats-1:4443', 'nats-2:4443'],
      user: 'relay',
      pass: 'p@ss',
      token: undefined,
      tls: true,
      stream: 'ACME_TODO_EVENTS',
      pollMs: 500,
    });
    expect(
      loadConfig({ EVENTS_NATS_URL: 'nats://s3cret@nats:4222', EVENTS_NATS_STREAM: 'TODO' }).eventBus,
    ).toMatchObject({ servers: ['nats:4222'], user: undefined, token: 's3cret', stream: 'TODO' });
    for (const url of ['http://nats:4222', 'nats://', 'nats://a:4222/path', 'nats://a b']) {
      expect(() => loadConfig({ EVENTS_NATS_URL: url }), url).toThrow(/EVENTS_NATS_URL/);
    }
    expect(() => loadConfig({ EVENTS_NATS_PREFIX: 'a.*' })).toThrow(/EVENTS_NATS_PREFIX/);
    expect(() => loadConfig({ EVENTS_NATS_PREFIX: 'a..b' })).toThrow(/EVENTS_NATS_PREFIX/);
    expect(() => loadConfig({ EVENTS_NATS_STREAM: 'A.B' })).toThrow(/EVENTS_NATS_STREAM/);
    const error = configError({ EVENTS_NATS_URL: 'http://relay:s3cret@nats' });
    expect(error.message).not.toContain('s3cret');
  });

  it('.env.example and the configuration reference (docs/configuration.md) name every variable the server reads', async () => {
    const example = await readFile(path.join(ROOT, '.env.example'), 'utf8');
    const reference = await readFile(path.join(ROOT, 'docs/configuration.md'), 'utf8');
    // The names in the first column of the reference's table (`HOST` / `PORT` names two).
    const documented = new Set(
      reference
        .split('\n')
        .map((line) => /^\| ([^|]+) \|/.exec(line)?.[1] ?? '')
        .flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1])),
    );
    for (const name of ENV_VARIABLES) {
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
      expect(documented, name).toContain(name);
    }
  });
});
