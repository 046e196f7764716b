// The assistant's model for everyone without their own (docs/assistant.md): set here it overrides
// OPENAI_* until cleared. Its key is sent once and never shown again ("a key is set" says it is).
import { useEffect, useId, useState } from 'react';
import { ErrorText } from '../settings/Section';
import { Field, Form, Input, Select } from '../ui/Form';
import { type ServerModelForm, useClearServerModel, useServerModel, useSetServerModel } from './api';

const SOURCE = {
  administrator: 'set here',
  environment: 'set by the environment (OPENAI_*)',
  none: 'none: the built-in assistant answers',
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
      <h2 id={headingId}>Assistant model</h2>
      {data && (
        <p>
          {data.model ? (
            <>
              <strong>{data.model}</strong> at {data.base_url}, {SOURCE[data.source]}
              {data.has_key ? ', with a key' : ''}.
            </>
          ) : (
            SOURCE.none
          )}
        </p>
      )}
      <p className="hint">
        The model for everyone who has not set their own: any OpenAI-compatible endpoint, on any address.
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
        <Field label="Endpoint">
          <Input type="url" required value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
        </Field>
        <Field label="Model">
          <Input required value={model} onChange={(e) => setModel(e.target.value)} />
        </Field>
        <Field label="Mode">
          <Select value={mode} onChange={(e) => setMode(e.target.value as ServerModelForm['mode'])}>
            <option value="auto">auto</option>
            <option value="agent">agent</option>
            <option value="plan">plan (small models)</option>
          </Select>
        </Field>
        <Field
          label="Key"
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
            Save
          </button>
          {data?.source === 'administrator' && (
            <button type="button" className="button button-quiet" onClick={() => clear.mutate()}>
              Use the environment’s
            </button>
          )}
        </div>
      </Form>
      <ErrorText error={save.error ?? clear.error ?? current.error} />
    </section>
  );
}
