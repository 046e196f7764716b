// Voice input through the browser's own speech recognition, where it has one (Chrome and Safari
// call it webkitSpeechRecognition); elsewhere the microphone button is simply not shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../ui/i18n';

export type VoiceLanguage = 'en-US' | 'ur-PK';

interface RecognitionResultEvent {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
}
interface Recognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | undefined {
  const w = globalThis as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

export function useSpeechRecognition(lang: VoiceLanguage, onText: (text: string) => void) {
  const [listening, setListening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<Recognition | null>(null);
  const deliver = useRef(onText);
  deliver.current = onText;
  const supported = recognitionConstructor() !== undefined;

  const stop = useCallback(() => current.current?.stop(), []);
  const start = useCallback(() => {
    const Ctor = recognitionConstructor();
    if (!Ctor) return;
    current.current?.stop();
    const recognition = new Ctor();
    recognition.lang = lang;
    recognition.interimResults = false;
    recognition.continuous = false;
    recognition.onresult = (event) => {
      let text = '';
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (result?.isFinal) text += result[0].transcript;
      }
      if (text.trim()) deliver.current(text.trim());
    };
    recognition.onerror = (event) => {
      setError(
        event.error === 'not-allowed' || event.error === 'service-not-allowed'
          ? t('The browser did not allow the microphone.')
          : event.error === 'no-speech'
            ? t('No speech heard. Try again.')
            : t('Voice input stopped. Try again, or type instead.'),
      );
    };
    recognition.onend = () => {
      setListening(false);
      if (current.current === recognition) current.current = null;
    };
    current.current = recognition;
    setError(null);
    setListening(true);
    try {
      recognition.start();
    } catch {
      setListening(false);
      setError(t('Voice input could not start.'));
    }
  }, [lang]);

  useEffect(() => () => current.current?.stop(), []);
  return { supported, listening, error, start, stop };
}
