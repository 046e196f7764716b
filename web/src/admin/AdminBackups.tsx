// The Admin screen's backups: their schedule, the latest, "Back up now".
import { useId } from 'react';
import { useTimeZone } from '../settings/api';
import { ErrorText } from '../settings/Section';
import { t } from '../ui/i18n';
import { instantText } from '../ui/time';
import { useToast } from '../ui/toast';
import { useBackUpNow, useBackups } from './api';

/** "every 6 hours", "every day": BACKUP_EVERY in words. */
function scheduleText(minutes: number | null): string {
  if (minutes === null) return t('Backups are written only on demand (BACKUP_EVERY is not set).');
  if (minutes % 1440 === 0)
    return t(
      '{count, plural, one {A backup is written every day.} other {A backup is written every # days.}}',
      {
        count: minutes / 1440,
      },
    );
  if (minutes % 60 === 0)
    return t(
      '{count, plural, one {A backup is written every hour.} other {A backup is written every # hours.}}',
      {
        count: minutes / 60,
      },
    );
  return t(
    '{count, plural, one {A backup is written every minute.} other {A backup is written every # minutes.}}',
    {
      count: minutes,
    },
  );
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
      <h2 id={headingId}>{t('Backups')}</h2>
      {backups.isPending && <p role="status">{t('Loading the backups…')}</p>}
      <ErrorText error={backups.error} />
      {backups.data && (
        <p className="hint">
          {scheduleText(backups.data.every_minutes)}{' '}
          {t('The newest {count} are kept on the server; restore one with', { count: backups.data.keep })}{' '}
          <code>npm run restore -- FILE</code>.
        </p>
      )}
      {backups.data && list.length === 0 && <p className="hint">{t('No backup yet.')}</p>}
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
            onSuccess: (made) =>
              toast({
                message: t('Backup written: {name} ({size})', {
                  name: made.name,
                  size: sizeText(made.bytes),
                }),
              }),
          })
        }
      >
        {backUp.isPending ? t('Writing a backup…') : t('Back up now')}
      </button>
    </section>
  );
}
