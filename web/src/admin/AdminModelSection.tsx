// The assistant's model for everyone without their own (docs/assistant.md): set here it overrides
// OPENAI_* until cleared. Its key is sent once and never shown again ("a key is set" says it is).
import { useEffect, useId, useState } from 'react';
import { ErrorText } from '../settings/Section';
import { Field, Form, Input, Select } from '../ui/Form';
import { msg, t } from '../ui/i18n';
import { type ServerModelForm, useClearServerModel, useServerModel, useSetServerModel } from './api';

const SOURCE = {
  administrator: msg('set here'),
  environment: msg('set by the environment (OPENAI_*)'),
  none: msg('none: the built-in assistant answers'),
} as const;

export function AdminModelSection() {
  const headingId = useId();
  const current = useServerModel();
  const save = useSetServerModel();
  const clear = useClearServerModel();
  const data = current.data;
  const [baseUrl, setBaseUrl] = useState('');
  const [model, setModel] = useState('');
  const [mode, setMode] = useState<ServerModelForm['mode']>('auto');
  const [key, setKey] = useState('');
  useEffect(() => {
    if (data?.source !== 'administrator') return;
    setBaseUrl(data.base_url ?? '');
    setModel(data.model ?? '');
    setMode(data.mode ?? 'auto');
  }, [data?.source, data?.base_url, data?.model, data?.mode]);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('Assistant model')}</h2>
      {data && (
        <p>
          {data.model ? (
            <>
              <strong>{data.model}</strong>{' '}
              {data.has_key
                ? t('at {address}, {source}, with a key.', {
                    address: data.base_url ?? '',
                    source: t(SOURCE[data.source]),
                  })
                : t('at {address}, {source}.', {
                    address: data.base_url ?? '',
                    source: t(SOURCE[data.source]),
                  })}
            </>
          ) : (
            t(SOURCE.none)
          )}
        </p>
      )}
      <p className="hint">
        {t(
          t(
            'The model for everyone who has not set their own: any OpenAI-compatible endpoint, on any address.',
          ),
        )}
      </p>
      <Form
        onSubmit={() =>
          save.mutate(
            {
              base_url: baseUrl.trim(),
              model: model.trim(),
              mode,
              ...(key.trim() ? { api_key: key.trim() } : {}),
            },
            { onSuccess: () => setKey('') },
          )
        }
      >
        <Field label={t('Endpoint')}>
          <Input type="url" required value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
        </Field>
        <Field label={t('Model')}>
          <Input required value={model} onChange={(e) => setModel(e.target.value)} />
        </Field>
        <Field label={t('Mode')}>
          <Select value={mode} onChange={(e) => setMode(e.target.value as ServerModelForm['mode'])}>
            <option value="auto">{t('auto')}</option>
            <option value="agent">{t('agent')}</option>
            <option value="plan">{t('plan (small models)')}</option>
          </Select>
        </Field>
        <Field
          label={t('Key')}
          hint={
            data?.source === 'administrator' && data.has_key
              ? 'A key is set; leave empty to keep it.'
              : undefined
          }
        >
          <Input type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} />
        </Field>
        <div className="inline-form">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('Save')}
          </button>
          {data?.source === 'administrator' && (
            <button type="button" className="button button-quiet" onClick={() => clear.mutate()}>
              {t('Use the environment’s')}
            </button>
          )}
        </div>
      </Form>
      <ErrorText error={save.error ?? clear.error ?? current.error} />
    </section>
  );
}
