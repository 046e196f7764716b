// Calendar feeds: a secret URL of your dated tasks for Google Calendar, Apple Calendar and Outlook
// (docs/calendar-feeds.md). The URL is shown once, when a feed is made or regenerated.
import { useState } from 'react';
import { useLists } from '../lists/api';
import { Field, Form, Select } from '../ui/Form';
import { t } from '../ui/i18n';
import { instantText } from '../ui/time';
import { useTimeZone } from './api';
import {
  useCalendarFeeds,
  useCreateCalendarFeed,
  useDeleteCalendarFeed,
  useRegenerateCalendarFeed,
} from './feeds';
import { ErrorText, Section } from './Section';

interface Shown {
  name: string;
  url: string;
  webcal_url: string;
}

export function CalendarFeedsSection() {
  const timeZone = useTimeZone();
  const lists = useLists();
  const feeds = useCalendarFeeds();
  const create = useCreateCalendarFeed();
  const regenerate = useRegenerateCalendarFeed();
  const remove = useDeleteCalendarFeed();
  const [which, setWhich] = useState('all');
  const [shown, setShown] = useState<Shown | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const nameOf = (f: { list_id: number | null; list_name: string | null }) =>
    f.list_id === null ? t('All tasks') : (f.list_name ?? t('A list no longer there'));
  const show = (f: Shown) => {
    setShown(f);
    setCopied(false);
  };
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.url);
      setCopied(true);
    } catch {
      document.querySelector<HTMLInputElement>('#new-feed-url')?.select();
    }
  };
  return (
    <Section id="feeds-title" title={t('Calendar feeds')}>
      <p className="hint">
        {t(
          t(
            'Show your tasks with a date in Google Calendar, Apple Calendar or Outlook: they subscribe to a secret address and fetch it on their own schedule (Google: every few hours). Anyone with the address can read the feed; regenerate it to stop the old one.',
          ),
        )}
      </p>
      <Form
        className="inline-form"
        onSubmit={() => {
          const listId = which === 'all' ? null : Number(which);
          create.mutate(listId, {
            onSuccess: (feed) => show({ name: nameOf(feed), url: feed.url, webcal_url: feed.webcal_url }),
          });
        }}
      >
        <Field label={t('Feed of')}>
          <Select value={which} onChange={(e) => setWhich(e.target.value)}>
            <option value="all">{t('all my tasks')}</option>
            {(lists.data ?? []).map((l) => (
              <option key={l.id} value={String(l.id)}>
                {l.name}
              </option>
            ))}
          </Select>
        </Field>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('Make feed')}
        </button>
      </Form>
      <ErrorText error={create.error ?? feeds.error ?? regenerate.error ?? remove.error} />
      {shown && (
        <div className="notice" role="status">
          <p>{t('The address of “{name}”. Copy it now: it is shown only once.', { name: shown.name })}</p>
          <div className="inline-form">
            <label htmlFor="new-feed-url" className="visually-hidden">
              {t('Feed address')}
            </label>
            <input
              id="new-feed-url"
              className="mono"
              type="text"
              readOnly
              value={shown.url}
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button" onClick={copy}>
              {copied ? t('Copied') : t('Copy')}
            </button>
            <a className="button" href={shown.webcal_url}>
              {t('Open in calendar')}
            </a>
            <button type="button" className="button button-quiet" onClick={() => setShown(null)}>
              {t('Done')}
            </button>
          </div>
        </div>
      )}
      {feeds.data && feeds.data.calendar_feeds.length === 0 && (
        <p className="hint">{t('No calendar feeds yet.')}</p>
      )}
      {feeds.data && feeds.data.calendar_feeds.length > 0 && (
        <ul className="rows">
          {feeds.data.calendar_feeds.map((f) => (
            <li key={f.id} className="row">
              <div>
                <strong>{nameOf(f)}</strong>
                <p className="hint">
                  {t('made {when}', { when: instantText(f.created_at, timeZone) })} ·{' '}
                  {f.last_fetched_at
                    ? t('last fetched {when}', { when: instantText(f.last_fetched_at, timeZone) })
                    : t('never fetched')}
                </p>
              </div>
              {confirming === f.id ? (
                <div className="inline-form">
                  <span className="hint">{t('Calendars using the old address stop updating.')}</span>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={regenerate.isPending}
                    onClick={() =>
                      regenerate.mutate(f.id, {
                        onSuccess: (feed) => {
                          setConfirming(null);
                          show({ name: nameOf(feed), url: feed.url, webcal_url: feed.webcal_url });
                        },
                      })
                    }
                  >
                    {t('Yes, regenerate')}
                    <span className="visually-hidden"> {nameOf(f)}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    onClick={() => setConfirming(null)}
                  >
                    {t('Cancel')}
                  </button>
                </div>
              ) : (
                <div className="inline-form">
                  <button type="button" className="button button-small" onClick={() => setConfirming(f.id)}>
                    {t('Regenerate')}
                    <span className="visually-hidden"> {nameOf(f)}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(f.id)}
                  >
                    {t('Delete')}
                    <span className="visually-hidden"> {nameOf(f)}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
