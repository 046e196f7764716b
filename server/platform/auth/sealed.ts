// Secrets the server must read back (a webhook's signing secret cannot be hashed: it signs) are
// stored sealed: AES-256-GCM under a key derived from the app secret (BETTER_AUTH_SECRET) for one
// purpose, so a copy of the database alone reveals none of them. Changing the app secret makes
// the sealed values unreadable: their owners create new ones (docs/webhooks.md says so).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretBox {
  private readonly key: Buffer;

  /** `purpose` separates keys: a value sealed for one purpose does not open for another. */
  constructor(
    appSecret: string,
    private readonly purpose: string,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', appSecret, 'doable', `doable ${purpose} ${VERSION}`, 32));
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(this.purpose));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** Whether a stored value is sealed (values stored before sealing existed are plain). */
  static isSealed(stored: string): boolean {
    return stored.startsWith(`${VERSION}.`);
  }

  /** The plain value; a plain stored value as is; null when it cannot be opened (another app secret). */
  open(stored: string): string | null {
    if (!SecretBox.isSealed(stored)) return stored;
    const [, iv, tag, body] = stored.split('.');
    if (iv === undefined || tag === undefined || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(this.purpose));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      return null;
    }
  }
}
