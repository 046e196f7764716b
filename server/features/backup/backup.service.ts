// Backups in BACKUP_DIR: written on demand (the Admin screen, the API, `npm run backup`) and on a
// schedule (BACKUP_EVERY), the oldest removed past BACKUP_KEEP. One backup at a time per process;
// with several instances, the database lock lets one of them write each scheduled backup (the
// others find it there when BACKUP_DIR is shared, and write their own when it is not).
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { BackupConfig } from '../../platform/config.js';
import type { ControlHandlers } from '../../platform/control.js';
import type { DatabaseHandle } from '../../platform/db/client.js';
import { BACKUP_NAME_PATTERN, type BackupSummary, backupName } from './backup.format.js';
import { writeBackup } from './backup.write.js';

/** The scheduler's lock: any constant other locks do not use. */
const BACKUP_LOCK_KEY = 0x6261636b7570;
/** The scheduler looks this often whether a backup is due (at most; BACKUP_EVERY if shorter). */
const CHECK_MS = 60_000;

export interface StoredBackup {
  name: string;
  bytes: number;
  created_at: string;
}

/** `doable-2026-11-26T09-55-00-123Z.jsonl.gz` → its time. */
function createdAt(name: string): string {
  const [, date, h, m, s, ms] =
    /^doable-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name) ?? [];
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

export class Backups {
  #running: Promise<BackupSummary> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #log: FastifyBaseLogger | undefined;

  constructor(
    private readonly database: DatabaseHandle,
    readonly config: BackupConfig,
    private readonly now: () => Date = () => new Date(),
    /** BETTER_AUTH_SECRET when set: backups are signed with an HMAC keyed with it. */
    private readonly secret?: string,
  ) {}

  /** The backups in BACKUP_DIR, newest first. */
  async list(): Promise<StoredBackup[]> {
    let names: string[];
    try {
      names = await readdir(this.config.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const backups = await Promise.all(
      names
        .filter((name) => BACKUP_NAME_PATTERN.test(name))
        .map(async (name) => {
          const info = await stat(path.join(this.config.dir, name)).catch(() => undefined);
          return info ? { name, bytes: info.size, created_at: createdAt(name) } : undefined;
        }),
    );
    return backups.filter((b) => b !== undefined).sort((a, b) => b.name.localeCompare(a.name));
  }

  /**
   * Writes a backup now into BACKUP_DIR (or `file`), then applies BACKUP_KEEP. A call while one is
   * being written waits for that one and answers it.
   */
  async run(file?: string): Promise<BackupSummary> {
    if (this.#running) return await this.#running;
    this.#running = (async () => {
      await mkdir(this.config.dir, { recursive: true, mode: 0o700 });
      // The embedded database is read from a copy of it, made in a moment, so that its requests
      // do not wait for the whole backup.
      const source = (await this.database.copy?.(this.config.dir)) ?? this.database;
      let summary: BackupSummary;
      try {
        summary = await writeBackup(
          source.db,
          this.database.kind,
          file ?? path.join(this.config.dir, backupName(this.now())),
          this.now,
          this.secret,
        );
      } finally {
        if (source !== this.database) await source.close();
      }
      if (!file) await this.prune();
      this.#log?.info({ backup: { ...summary, tables: undefined } }, 'backup written');
      return summary;
    })();
    try {
      return await this.#running;
    } finally {
      this.#running = undefined;
    }
  }

  /** Removes the oldest backups past BACKUP_KEEP. */
  async prune(): Promise<void> {
    const stale = (await this.list()).slice(this.config.keep);
    await Promise.all(stale.map((b) => rm(path.join(this.config.dir, b.name), { force: true })));
  }

  /** Whether the newest backup is older than BACKUP_EVERY (or there is none). */
  async due(): Promise<boolean> {
    if (this.config.everyMs === undefined) return false;
    const [newest] = await this.list();
    return !newest || this.now().getTime() - Date.parse(newest.created_at) >= this.config.everyMs;
  }

  /** Starts the schedule (BACKUP_EVERY; nothing when it is off), logging to `log`. */
  start(log: FastifyBaseLogger): void {
    this.#log = log;
    const every = this.config.everyMs;
    if (every === undefined || this.#timer) return;
    const tick = async () => {
      try {
        if (!(await this.due())) return;
        // The lock is held while one instance writes; the others then find a fresh backup.
        await this.database.withExclusiveLock(BACKUP_LOCK_KEY, async () => {
          if (await this.due()) await this.run();
        });
      } catch (err) {
        this.#log?.error({ err }, 'scheduled backup failed');
      }
    };
    this.#timer = setInterval(() => void tick(), Math.min(every, CHECK_MS));
    this.#timer.unref();
    void tick();
  }

  /** Stops the schedule, letting a backup being written finish. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => {});
  }
}

/** The commands `npm run backup` sends a running server on the embedded database. */
export function backupCommands(backups: Backups): ControlHandlers {
  return {
    backup: async ({ file }) => {
      if (file !== undefined && (typeof file !== 'string' || !path.isAbsolute(file))) {
        throw new Error('The backup file must be an absolute path');
      }
      return await backups.run(file);
    },
  };
}
