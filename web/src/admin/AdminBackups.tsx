// The Admin screen's backups: their schedule, the latest, "Back up now".
import { useId } from 'react';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import { useBackUpNow, useBackups } from './api';

/** "every 6 hours", "every day": BACKUP_EVERY in words. */
function scheduleText(minutes: number | null): string {
  if (minutes === null) return 'Backups are written only on demand (BACKUP_EVERY is not set).';
  const [n, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, 'day']
      : minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  return `A backup is written every ${n === 1 ? unit : `${n} ${unit}s`}.`;
}

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The backups: files on the server, read by `npm run restore`. They hold everyone's tasks, so
 * this screen lists them and writes one, but never offers one for download (the operator takes
 * them from BACKUP_DIR).
 */
export function Backups() {
  const headingId = useId();
  const backups = useBackups();
  const backUp = useBackUpNow();
  const toast = useToast();
  const timeZone = useTimeZone();
  const list = backups.data?.backups ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Backups</h2>
      {backups.isPending && <p role="status">Loading the backups…</p>}
      <ErrorText error={backups.error} />
      {backups.data && (
        <p className="hint">
          {scheduleText(backups.data.every_minutes)} The newest {backups.data.keep} are kept on the server;
          restore one with <code>npm run restore -- FILE</code>.
        </p>
      )}
      {backups.data && list.length === 0 && <p className="hint">No backup yet.</p>}
      {list.length > 0 && (
        <ol className="rows admin-backups" aria-labelledby={headingId}>
          {list.map((backup) => (
            <li key={backup.name} className="row">
              <span>{backup.name}</span>
              <span className="hint">
                {sizeText(backup.bytes)} ·{' '}
                <time dateTime={backup.created_at}>{instantText(backup.created_at, timeZone)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      <ErrorText error={backUp.error} />
      <button
        type="button"
        className="button"
        disabled={backUp.isPending}
        onClick={() =>
          backUp.mutate(undefined, {
            onSuccess: (made) => toast({ message: `Backup written: ${made.name} (${sizeText(made.bytes)})` }),
          })
        }
      >
        {backUp.isPending ? 'Writing a backup…' : 'Back up now'}
      </button>
    </section>
  );
}
