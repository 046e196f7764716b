// Region: how quick add reads numeric dates ("12/10"), for this account; set from the browser's
// locale at sign-up.

import { msg, t } from '../ui/i18n';
import { useToast } from '../ui/toast';
import { useSaveSettings, useSettings } from './api';
import { ErrorText, Section } from './Section';

const ORDERS = [
  { value: 'dmy', label: msg('Day first: 12/10 is 12 October') },
  { value: 'mdy', label: msg('Month first: 12/10 is December 10') },
  { value: 'ymd', label: msg('Year first: 2026/12/10; 12/10 is December 10') },
] as const;

export function DateOrderSection() {
  const settings = useSettings();
  const save = useSaveSettings();
  const toast = useToast();
  const current = settings.data?.date_order;
  return (
    <Section id="date-order-title" title={t('Region')}>
      <fieldset className="theme-choice">
        <legend>{t('Numeric dates in quick add')}</legend>
        {ORDERS.map((order) => (
          <label key={order.value} className="theme-option">
            <input
              type="radio"
              name="date-order"
              value={order.value}
              checked={current === order.value}
              disabled={!settings.data || save.isPending}
              onChange={() =>
                save.mutate(
                  { date_order: order.value },
                  { onSuccess: () => toast({ message: t('Date order saved') }) },
                )
              }
            />{' '}
            {t(order.label)}
          </label>
        ))}
      </fieldset>
      {save.error && <ErrorText error={save.error} />}
    </Section>
  );
}
