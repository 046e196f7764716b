// The time zone that decides "today", "overdue" and all-day dates. The browser's own zone is
// offered first, with a hint when the saved one differs from it.
import { useMemo, useState } from 'react';
import { Field, Form, Select } from '../ui/Form';
import { t } from '../ui/i18n';
import { browserTimeZone } from '../ui/time';
import { useToast } from '../ui/toast';
import { useSaveTimeZone, useSettings } from './api';
import { ErrorText, Section } from './Section';

function zoneNames(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const names = supported ? supported('timeZone') : [];
  return names.includes('UTC') ? names : ['UTC', ...names];
}

export function TimeZoneSection() {
  const settings = useSettings();
  const save = useSaveTimeZone();
  const toast = useToast();
  const browser = browserTimeZone();
  const saved = settings.data?.time_zone;
  const [choice, setChoice] = useState<string | null>(null);
  const zones = useMemo(() => {
    const all = zoneNames();
    for (const extra of [browser, saved]) if (extra && !all.includes(extra)) all.push(extra);
    return all.filter((z) => z !== browser);
  }, [browser, saved]);
  const current = choice ?? saved ?? browser;

  const commit = (zone: string) =>
    save.mutate(zone, {
      onSuccess: () => {
        setChoice(null);
        toast({ message: t('Time zone set to {zone}', { zone }) });
      },
    });

  return (
    <Section id="zone-title" title={t('Time zone')}>
      <Form
        className="inline-form"
        onSubmit={() => {
          commit(current);
        }}
      >
        <Field label={t('Time zone')} id="time-zone">
          <Select
            value={current}
            disabled={!settings.data}
            aria-describedby="time-zone-hint"
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value={browser}>{t('{zone} (this browser)', { zone: browser })}</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </Select>
        </Field>
        <button
          type="submit"
          className="button"
          disabled={save.isPending || choice === null || choice === saved}
        >
          {t('Save time zone')}
        </button>
      </Form>
      <p id="time-zone-hint" className="hint">
        {t('Decides what “today” and “overdue” mean, and the day an all-day date falls on.')}
        {saved && saved !== browser && (
          <>
            {' '}
            {t('Doable uses {saved}, but this browser is in {browser}.', { saved, browser })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => commit(browser)}
              disabled={save.isPending}
            >
              {t('Use {zone}', { zone: browser })}
            </button>
          </>
        )}
      </p>
      <ErrorText error={settings.error ?? save.error} />
    </Section>
  );
}
