// The assistant's model: which one answers, and the person's own OpenAI-compatible endpoint
// (docs/assistant.md). The key is never shown again once saved: "a key is stored" says it is there.
import { useEffect, useState } from 'react';
import { Field, Form, Input, Select } from '../ui/Form';
import { t } from '../ui/i18n';
import {
  answeringText,
  type OwnModelForm,
  useChatModel,
  useForgetChatModel,
  useSetChatModel,
  useTestChatModel,
} from './model';
import { ErrorText, Section } from './Section';

export function AssistantModelSection() {
  const current = useChatModel();
  const save = useSetChatModel();
  const forget = useForgetChatModel();
  const test = useTestChatModel();
  const own = current.data?.own ?? null;
  const [baseUrl, setBaseUrl] = useState('');
  const [model, setModel] = useState('');
  const [mode, setMode] = useState<OwnModelForm['mode']>('auto');
  const [key, setKey] = useState('');
  useEffect(() => {
    setBaseUrl(own?.base_url ?? '');
    setModel(own?.model ?? '');
    setMode(own?.mode ?? 'auto');
  }, [own?.base_url, own?.model, own?.mode]);
  return (
    <Section id="model-title" title={t('Assistant model')}>
      {current.data && (
        <p>
          {t('Answering now:')} <strong>{answeringText(current.data)}</strong>.
        </p>
      )}
      <p className="hint">
        {t(
          t(
            'Use your own model: any OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp, vLLM, LM Studio). Its key is stored sealed and never shown again. Small local models work best in plan mode.',
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
          <Input
            type="url"
            required
            placeholder="https://api.openai.com/v1"
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
          />
        </Field>
        <Field label={t('Model')}>
          <Input required placeholder="qwen3:4b" value={model} onChange={(e) => setModel(e.target.value)} />
        </Field>
        <Field label={t('Mode')}>
          <Select value={mode} onChange={(e) => setMode(e.target.value as OwnModelForm['mode'])}>
            <option value="auto">{t('auto')}</option>
            <option value="agent">{t('agent (the model calls the tools)')}</option>
            <option value="plan">{t('plan (small models)')}</option>
          </Select>
        </Field>
        <Field
          label={t('Key')}
          hint={own?.has_key ? t('A key is stored; leave empty to keep it.') : t('Leave empty if none.')}
        >
          <Input type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} />
        </Field>
        <div className="inline-form">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('Save')}
          </button>
          <button type="button" className="button" disabled={test.isPending} onClick={() => test.mutate()}>
            {t('Test connection')}
          </button>
          {own && (
            <button type="button" className="button button-quiet" onClick={() => forget.mutate()}>
              {t('Use the server’s model')}
            </button>
          )}
        </div>
      </Form>
      {test.data && (
        <p role="status" className={test.data.ok ? 'notice' : 'notice notice-error'}>
          {test.data.detail}
        </p>
      )}
      <ErrorText error={save.error ?? forget.error ?? test.error ?? current.error} />
    </Section>
  );
}
