// Which model answers the assistant (the panel and Settings say it), and the person's own model:
// an OpenAI-compatible endpoint, its model and key (the key is sent, stored sealed, never shown again).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { t } from '../ui/i18n';

const ME = { user_id: 'me' };
export const chatModelKey = ['chat-model'] as const;

export function useChatModel() {
  return useQuery({
    queryKey: chatModelKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/{user_id}/chat/model', { params: { path: ME }, signal })),
  });
}

export interface OwnModelForm {
  base_url: string;
  model: string;
  mode: 'auto' | 'agent' | 'plan';
  /** Undefined keeps the stored key; null removes it. */
  api_key?: string | null;
}

export function useSetChatModel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OwnModelForm) =>
      unwrap(api.PUT('/api/{user_id}/chat/model', { params: { path: ME }, body })),
    onSuccess: (data) => qc.setQueryData(chatModelKey, data),
  });
}

export function useForgetChatModel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/{user_id}/chat/model', { params: { path: ME } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: chatModelKey }),
  });
}

export function useTestChatModel() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/{user_id}/chat/model/test', { params: { path: ME } })),
  });
}

/** "the built-in assistant", "qwen3:4b (yours)", "gpt-4o-mini (the server's)". */
export function answeringText(m: { answering: 'own' | 'server' | 'builtin'; model: string | null }): string {
  if (m.answering === 'builtin' || !m.model) return t('the built-in assistant');
  return m.answering === 'own'
    ? t('{model} (yours)', { model: m.model })
    : t('{model} (the server’s)', { model: m.model });
}
