// The server's VAPID key pair (RFC 8292): from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY when set, else
// generated once and kept in the database (the private key sealed with the app secret), so every
// instance signs with the same key the browsers subscribed with. Decision 0095.
import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { SecretBox } from '../../platform/auth/sealed.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/client.js';
import { vapidKeys } from '../../platform/db/schema.js';

export interface VapidPair {
  publicKey: string;
  privateKey: string;
}

export class VapidKeys {
  private pair: Promise<VapidPair> | undefined;

  constructor(
    private readonly db: Database,
    private readonly configured: Config['push']['vapid'],
    private readonly box: SecretBox,
  ) {}

  /** The pair; the first call on a new database generates and stores it (once, whoever wins). */
  get(): Promise<VapidPair> {
    if (this.configured) return Promise.resolve(this.configured);
    this.pair ??= this.load().catch((err) => {
      this.pair = undefined;
      throw err;
    });
    return this.pair;
  }

  private async load(): Promise<VapidPair> {
    const fresh = webpush.generateVAPIDKeys();
    await this.db
      .insert(vapidKeys)
      .values({ id: 1, publicKey: fresh.publicKey, privateKey: this.box.seal(fresh.privateKey) })
      .onConflictDoNothing();
    const [row] = await this.db.select().from(vapidKeys).where(eq(vapidKeys.id, 1));
    const privateKey = row ? this.box.open(row.privateKey) : null;
    if (!row || privateKey === null) {
      throw new Error(
        'the stored VAPID key cannot be read (the app secret changed): set VAPID_PUBLIC_KEY and ' +
          'VAPID_PRIVATE_KEY, or delete the vapid_keys row (every browser then subscribes again)',
      );
    }
    return { publicKey: row.publicKey, privateKey };
  }
}
