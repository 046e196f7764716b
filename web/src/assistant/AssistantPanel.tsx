// The assistant beside the task list (a sheet on phones): pick up a past conversation (rename or
// delete it) or start one, type or speak (English or Urdu), read the answer as it streams, see
// each action it took as a card; the task list refreshes the moment an action lands. Loaded only
// when first opened.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
// The built-in assistant's questions that wait for a yes or a no (a deletion, a guess, a plan said
// back, undoing an add) end with the words of answers.ts; the panel offers the two answers as
// buttons, in the question's language.
import { yesNoAnswers } from '#shared/answers.js';
import { describeError } from '../api/client';
import { tasksRoot } from '../api/keys';
import { answeringText, useChatModel } from '../settings/model';
import { t } from '../ui/i18n';
import {
  type ChatResponse,
  type ConversationList,
  conversationKeys,
  deleteConversation,
  describeToolCall,
  fetchConversation,
  renameConversation,
  streamChat,
  TITLE_MAX,
  type ToolCall,
  useConversations,
} from './api';
import { useSpeechRecognition, type VoiceLanguage } from './speech';
import { changedTask, TaskCard } from './TaskCard';

interface Turn {
  key: string;
  role: 'user' | 'assistant';
  content: string;
  toolCalls: ToolCall[];
  streaming?: boolean;
  error?: string;
}

const LANGUAGES: { value: VoiceLanguage; label: string; lang: string }[] = [
  { value: 'en-US', label: 'English', lang: 'en' },
  { value: 'ur-PK', label: 'اردو', lang: 'ur' },
];

let nextKey = 0;
const key = () => `turn-${nextKey++}`;

export default function AssistantPanel({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const conversations = useConversations();
  const answering = useChatModel();
  const [conversationId, setConversationId] = useState<number | null>(null);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [voiceLang, setVoiceLang] = useState<VoiceLanguage>('en-US');
  /** The title being typed while the conversation is renamed (null: not renaming). */
  const [draftTitle, setDraftTitle] = useState<string | null>(null);
  const [savingTitle, setSavingTitle] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const focusRenameButton = useRef(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const abort = useRef<AbortController | null>(null);
  const pickerId = useId();
  const inputId = useId();
  const titleId = useId();
  const voice = useSpeechRecognition(voiceLang, (heard) => {
    setText((t) => (t.trim() ? `${t.trim()} ${heard}` : heard));
    input.current?.focus();
  });

  useEffect(() => {
    input.current?.focus();
    return () => abort.current?.abort();
  }, []);
  // Keep the newest words in view as they stream in.
  const lastLength = turns.at(-1)?.content.length ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the count or the streamed text grows
  useEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [turns.length, lastLength]);

  const past = conversations.data?.conversations ?? [];
  const currentTitle = past.find((c) => c.id === conversationId)?.title ?? '';
  const renaming = draftTitle !== null;
  const cleanTitle = draftTitle?.replace(/\s+/g, ' ').trim() ?? '';
  const titleTooLong = [...cleanTitle].length > TITLE_MAX;
  // Renaming starts with the title selected; saved or cancelled, focus returns to the button.
  useEffect(() => {
    if (renaming) {
      titleInput.current?.focus();
      titleInput.current?.select();
    } else if (focusRenameButton.current) {
      focusRenameButton.current = false;
      renameButton.current?.focus();
    }
  }, [renaming]);

  const updateLast = (change: (turn: Turn) => Turn) =>
    setTurns((all) => (all.length === 0 ? all : [...all.slice(0, -1), change(all.at(-1) as Turn)]));

  const open = async (id: number | null) => {
    abort.current?.abort();
    setProblem(null);
    setDraftTitle(null);
    setConversationId(id);
    setTurns([]);
    if (id === null) return;
    try {
      const found = await fetchConversation(id);
      setTurns(
        found.messages.map((m) => ({
          key: `message-${m.id}`,
          role: m.role,
          content: m.content,
          toolCalls: m.tool_calls ?? [],
        })),
      );
    } catch (error) {
      setProblem(`${t('Could not open that conversation.')} ${describeError(error)}`);
    }
  };

  const remove = async () => {
    if (conversationId === null) return;
    try {
      await deleteConversation(conversationId);
      await qc.invalidateQueries({ queryKey: conversationKeys.all });
      await open(null);
    } catch (error) {
      setProblem(`${t('Could not delete the conversation.')} ${describeError(error)}`);
    }
  };

  const stopRenaming = () => {
    focusRenameButton.current = true;
    setDraftTitle(null);
  };

  const saveTitle = async (event: FormEvent) => {
    event.preventDefault();
    if (conversationId === null || draftTitle === null || savingTitle) return;
    const title = cleanTitle;
    if (!title || titleTooLong) return;
    if (title === currentTitle) return stopRenaming();
    setSavingTitle(true);
    setProblem(null);
    try {
      const renamed = await renameConversation(conversationId, title);
      qc.setQueryData<ConversationList>(conversationKeys.all, (list) =>
        list ? { conversations: list.conversations.map((c) => (c.id === renamed.id ? renamed : c)) } : list,
      );
      void qc.invalidateQueries({ queryKey: conversationKeys.all });
      stopRenaming();
    } catch (error) {
      setProblem(`${t('Could not rename the conversation.')} ${describeError(error)}`);
    } finally {
      setSavingTitle(false);
    }
  };

  /** Sends the typed message, or `said` (an answer button) leaving what is typed in place. */
  const send = async (event?: FormEvent, said?: string) => {
    event?.preventDefault();
    const message = (said ?? text).trim();
    if (!message || busy) return;
    voice.stop();
    if (said === undefined) setText('');
    setProblem(null);
    setBusy(true);
    setTurns((all) => [
      ...all,
      { key: key(), role: 'user', content: message, toolCalls: [] },
      { key: key(), role: 'assistant', content: '', toolCalls: [], streaming: true },
    ]);
    const controller = new AbortController();
    abort.current = controller;
    let done: ChatResponse | null = null;
    try {
      done = await streamChat(
        { message, ...(conversationId !== null ? { conversation_id: conversationId } : {}) },
        {
          onToolCall: (call) => {
            updateLast((t) => ({ ...t, toolCalls: [...t.toolCalls, call] }));
            // The list shows what the assistant just did, without waiting for its answer.
            void qc.invalidateQueries({ queryKey: tasksRoot });
          },
          onDelta: (piece) => updateLast((t) => ({ ...t, content: t.content + piece })),
          // The model failed mid-answer: its apology stands in for the words already shown.
          onReplace: (answer) => updateLast((t) => ({ ...t, content: answer })),
        },
        controller.signal,
      );
      const finished = done;
      updateLast((t) => ({
        ...t,
        content: finished.response,
        toolCalls: finished.tool_calls,
        streaming: false,
      }));
      setConversationId(finished.conversation_id);
      void qc.invalidateQueries({ queryKey: conversationKeys.all });
    } catch (error) {
      if (controller.signal.aborted) return;
      updateLast((t) => ({ ...t, streaming: false, error: describeError(error) }));
    } finally {
      if (abort.current === controller) abort.current = null;
      setBusy(false);
    }
  };

  return (
    <aside id="assistant" className="assistant-panel" aria-labelledby={`${pickerId}-title`}>
      <div className="assistant-head">
        <h2 id={`${pickerId}-title`}>{t('Assistant')}</h2>
        {answering.data && <span className="hint assistant-model">{answeringText(answering.data)}</span>}
        <button type="button" className="icon-button" aria-label={t('Close the assistant')} onClick={onClose}>
          ×
        </button>
      </div>
      {renaming ? (
        <form className="assistant-picker" onSubmit={saveTitle} aria-label={t('Rename the conversation')}>
          <label htmlFor={titleId} className="visually-hidden">
            {t('Conversation title')}
          </label>
          <input
            id={titleId}
            type="text"
            dir="auto"
            ref={titleInput}
            value={draftTitle}
            aria-invalid={titleTooLong || undefined}
            aria-describedby={titleTooLong ? `${titleId}-error` : undefined}
            onChange={(e) => setDraftTitle(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                stopRenaming();
              }
            }}
          />
          <button
            type="submit"
            className="button button-primary button-small"
            disabled={savingTitle || !cleanTitle || titleTooLong}
          >
            {savingTitle ? t('Saving…') : t('Save')}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={stopRenaming}>
            {t('Cancel')}
          </button>
        </form>
      ) : (
        <div className="assistant-picker">
          <label htmlFor={pickerId} className="visually-hidden">
            {t('Conversation')}
          </label>
          <select
            id={pickerId}
            className="select-small"
            value={conversationId ?? ''}
            onChange={(e) => void open(e.target.value ? Number(e.target.value) : null)}
            disabled={busy}
          >
            <option value="">{t('New conversation')}</option>
            {conversationId !== null && !past.some((c) => c.id === conversationId) && (
              <option value={conversationId}>{t('This conversation')}</option>
            )}
            {past.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title || t('Conversation {id}', { id: c.id })}
              </option>
            ))}
          </select>
          {conversationId !== null && (
            <>
              <button
                type="button"
                className="button button-small"
                onClick={() => void open(null)}
                disabled={busy}
              >
                {t('New')}
              </button>
              <button
                ref={renameButton}
                type="button"
                className="button button-small button-quiet"
                onClick={() => {
                  setProblem(null);
                  setDraftTitle(currentTitle);
                }}
                disabled={busy}
              >
                {t('Rename')} <span className="visually-hidden">{t('this conversation')}</span>
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={remove}
                disabled={busy}
              >
                {t('Delete')} <span className="visually-hidden">{t('this conversation')}</span>
              </button>
            </>
          )}
        </div>
      )}
      {titleTooLong && (
        <p id={`${titleId}-error`} className="field-error">
          {t('A title can be at most {max} characters.', { max: TITLE_MAX })}
        </p>
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div ref={log} className="assistant-log" role="log" aria-label={t('Messages')} tabIndex={-1}>
        {turns.length === 0 && (
          <p className="hint assistant-empty">
            {t(
              'Ask in English or Urdu: “add buy milk tomorrow”, “what is due this week?”, “complete buy milk”.',
            )}
          </p>
        )}
        {turns.map((turn) => (
          <div
            key={turn.key}
            className={`bubble bubble-${turn.role}`}
            aria-busy={turn.streaming || undefined}
          >
            <span className="visually-hidden">{t(turn.role === 'user' ? 'You:' : 'Assistant:')} </span>
            {turn.toolCalls.length > 0 && (
              <ul className="tool-cards" aria-label={t('What the assistant did')}>
                {turn.toolCalls.map((call, i) => {
                  // A task added or changed: a card with its due moment, its list and Undo.
                  if (!turn.streaming && changedTask(call))
                    // biome-ignore lint/suspicious/noArrayIndexKey: calls are append-only and have no id
                    return <TaskCard key={i} call={call} turnCalls={turn.toolCalls} />;
                  const described = describeToolCall(call);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: calls are append-only and have no id
                    <li key={i} className={`tool-card ${described.failed ? 'tool-card-failed' : ''}`}>
                      {described.text}
                    </li>
                  );
                })}
              </ul>
            )}
            {turn.content && (
              <p dir="auto" className="bubble-text">
                {turn.content}
              </p>
            )}
            {turn.streaming && !turn.content && <p className="hint">{t('Thinking…')}</p>}
            {turn === turns.at(-1) && !turn.streaming && !busy && yesNoAnswers(turn.content) && (
              <fieldset className="answer-choices" aria-label={t('Answer')}>
                {yesNoAnswers(turn.content)!.map((answer) => (
                  <button
                    key={answer}
                    type="button"
                    dir="auto"
                    className="button button-small"
                    onClick={() => void send(undefined, answer)}
                  >
                    {answer}
                  </button>
                ))}
              </fieldset>
            )}
            {turn.error && (
              <p role="alert" className="field-error">
                {turn.error}
              </p>
            )}
          </div>
        ))}
      </div>
      <form className="assistant-form" onSubmit={send}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('Message the assistant')}
        </label>
        <textarea
          id={inputId}
          ref={input}
          dir="auto"
          rows={2}
          maxLength={2000}
          placeholder={t('Message the assistant…')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void send();
            } else if (e.key === 'Escape') onClose();
          }}
        />
        <div className="assistant-actions">
          {voice.supported && (
            <>
              <fieldset className="filters filters-small" aria-label={t('Voice language')}>
                {LANGUAGES.map((l) => (
                  <button
                    key={l.value}
                    type="button"
                    lang={l.lang}
                    className="filter"
                    aria-pressed={voiceLang === l.value}
                    onClick={() => setVoiceLang(l.value)}
                  >
                    {l.label}
                  </button>
                ))}
              </fieldset>
              <button
                type="button"
                className="button button-small"
                aria-pressed={voice.listening}
                onClick={voice.listening ? voice.stop : voice.start}
              >
                {voice.listening ? t('Stop listening') : t('Speak')}
              </button>
            </>
          )}
          <button
            type="submit"
            className="button button-primary button-small"
            disabled={busy || !text.trim()}
          >
            {busy ? t('Sending…') : t('Send')}
          </button>
        </div>
        {voice.error && (
          <p role="alert" className="field-error">
            {voice.error}
          </p>
        )}
      </form>
    </aside>
  );
}
