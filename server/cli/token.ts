// `npm run token -- <user-id> [--expires-in 1h]`: prints an HS256 token for that user, signed
// with the same secret the server uses (configured, or generated in DATA_DIR in development).
import { SignJWT } from 'jose';
import { resolveAuthSecret } from '../platform/auth/secret.js';
import { ConfigError, loadConfig } from '../platform/config.js';

const args = process.argv.slice(2);
const expiresAt = args.indexOf('--expires-in');
const expiresIn = expiresAt >= 0 ? args.splice(expiresAt, 2)[1] : '24h';
const userId = args[0];

if (!userId || !expiresIn || !/^\d+[smhd]$/.test(expiresIn)) {
  console.error('Usage: npm run token -- <user-id> [--expires-in 24h]   (units: s, m, h, d)');
  process.exit(2);
}

try {
  const config = loadConfig();
  const { secret } = await resolveAuthSecret(config);
  const token = await new SignJWT({ user_id: userId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .setIssuer(config.auth.issuer ?? 'doable')
    .setAudience(config.auth.audience ?? 'doable')
    .sign(new TextEncoder().encode(secret));
  console.log(token);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
}
