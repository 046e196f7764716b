// Cutting access cuts everything at once: every channel that stays open past its request (an event
// stream, an MCP request, a chat stream) registers here with the credential that opened it, and
// the services that end a credential (disabling an account, revoking a key, signing a session out,
// a password change or reset, deleting an account) call `cutAccess` once their transaction has
// committed. The cut is a NOTIFY: every instance on the database hears it (one LISTEN connection
// each, opened with the first channel) and closes its matching channels at once. Deliveries that
// are not open channels (webhooks, push) check the account when they are sent.
import type { ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { ACCESS_CUTS_CHANNEL } from '../db/channels.js';
import { type Database, type DatabaseHandle, queryRows } from '../db/client.js';
import type { Credential } from './authenticate.js';

/**
 * What a cut ends, always of one account: everything (`all`: disabled, reset, deleted), what one
 * API key opened (`key`), what one session or its JWTs opened (`session`), or what every session
 * but one opened (`sessionsBut`: a password change keeps the session that made it; null keeps none).
 */
export type Cut =
  | { userId: string; all: true }
  | { userId: string; key: number }
  | { userId: string; session: string }
  | { userId: string; sessionsBut: string | null };

/** An open channel: whose, through which door, with which key or session, and how to end it. */
export interface LiveChannel {
  userId: string;
  credential: Credential | '';
  /** The API key's id, or the session's id (a session cookie, or a JWT's `sid`); '' for none. */
  credentialId: string;
  close(): void;
}

/** Ends what `cut` names, on every instance: after the change that ended the credential committed. */
export async function cutAccess(db: Pick<Database, 'execute'>, cut: Cut): Promise<void> {
  await queryRows(db, sql`select pg_notify(${ACCESS_CUTS_CHANNEL}, ${JSON.stringify(cut)})`);
}

const bySession = (channel: LiveChannel) =>
  (channel.credential === 'session' || channel.credential === 'jwt') && channel.credentialId !== '';

/** Whether `cut` ends `channel`. */
export function cuts(cut: Cut, channel: LiveChannel): boolean {
  if (channel.userId !== cut.userId) return false;
  if ('all' in cut) return true;
  if ('key' in cut) return channel.credential === 'api-key' && channel.credentialId === String(cut.key);
  if ('session' in cut) return bySession(channel) && channel.credentialId === cut.session;
  return bySession(channel) && channel.credentialId !== cut.sessionsBut;
}

function parseCut(payload: string): Cut | undefined {
  try {
    const cut = JSON.parse(payload) as Cut;
    return typeof cut === 'object' && cut !== null && typeof cut.userId === 'string' ? cut : undefined;
  } catch {
    return undefined;
  }
}

/** This instance's open channels, closed by the cuts any instance announces. */
export class LiveChannels {
  private readonly open = new Set<LiveChannel>();
  private listening: Promise<() => Promise<void>> | undefined;

  constructor(private readonly database: Pick<DatabaseHandle, 'listen'>) {}

  /** Registers `channel` until the returned function is called (when it ends on its own). */
  async register(channel: LiveChannel): Promise<() => void> {
    await this.listen();
    this.open.add(channel);
    return () => {
      this.open.delete(channel);
    };
  }

  /** How many channels are open on this instance. */
  get size(): number {
    return this.open.size;
  }

  private async listen(): Promise<void> {
    this.listening ??= this.database
      .listen(
        ACCESS_CUTS_CHANNEL,
        (payload) => {
          const cut = parseCut(payload);
          if (cut) this.closeWhere((channel) => cuts(cut, channel));
        },
        // Cuts announced while the connection was down were missed: every channel ends, and its
        // client reconnects (streams resume with Last-Event-ID), authenticated again.
        () => this.closeWhere(() => true),
      )
      .catch((err: unknown) => {
        this.listening = undefined;
        throw err;
      });
    await this.listening;
  }

  private closeWhere(test: (channel: LiveChannel) => boolean): void {
    for (const channel of [...this.open]) {
      if (!test(channel)) continue;
      this.open.delete(channel);
      channel.close();
    }
  }

  async close(): Promise<void> {
    const stop = this.listening;
    this.listening = undefined;
    this.open.clear();
    if (stop) await (await stop.catch(() => async () => {}))();
  }
}

/**
 * Registers a response that stays open (a stream, a request in flight) as a channel of the caller's
 * credential until it closes; `close` ends it when that credential is cut.
 */
export async function holdOpen(
  channels: LiveChannels | undefined,
  request: FastifyRequest,
  raw: ServerResponse,
  close: () => void,
): Promise<void> {
  if (!channels) return;
  const unregister = await channels.register({
    userId: request.userId,
    credential: request.credential,
    credentialId: request.credentialId,
    close,
  });
  raw.once('close', unregister);
}
