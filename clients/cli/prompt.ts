// Asking a person at a terminal: a line, a secret without echo, a yes or no. Prompts go to stderr so
// stdout stays the command's output. A piped stdin is read whole instead.
import { createInterface } from 'node:readline/promises';
import { CliError, EXIT } from './errors.js';

type Input = NodeJS.ReadStream;
type Output = NodeJS.WriteStream;

const interrupted = () => new CliError('interrupted', EXIT.interrupted);

/** One line typed at the terminal, trimmed; `fallback` when it is left empty. */
export async function askLine(
  input: Input,
  output: Output,
  question: string,
  fallback = '',
): Promise<string> {
  const lines = createInterface({ input, output, terminal: true });
  const aborted = new AbortController();
  lines.on('SIGINT', () => aborted.abort());
  try {
    const answer = await lines.question(question, { signal: aborted.signal });
    return answer.trim() || fallback;
  } catch (error) {
    if (aborted.signal.aborted) throw interrupted();
    throw error;
  } finally {
    lines.close();
  }
}

/** A secret typed at the terminal: nothing is echoed; Backspace works; Ctrl-C or Ctrl-D stop. */
export function askSecret(input: Input, output: Output, question: string): Promise<string> {
  output.write(question);
  const wasRaw = input.isRaw;
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let secret = '';
    const finish = (error?: CliError) => {
      input.off('data', onData);
      input.setRawMode(wasRaw);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(secret.trim());
    };
    const onData = (chunk: string) => {
      // Arrow keys and the like arrive as escape sequences: not part of a key.
      if (chunk.startsWith('\u001b')) return;
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(interrupted());
        if (char === '\u0004') return finish(secret ? undefined : interrupted());
        if (char === '\u007f' || char === '\b') secret = [...secret].slice(0, -1).join('');
        else if (char >= ' ') secret += char;
      }
    };
    input.on('data', onData);
  });
}

/** Whether the person typed y or yes (anything else, or just Enter, is no). */
export async function confirm(input: Input, output: Output, question: string): Promise<boolean> {
  const answer = await askLine(input, output, `${question} [y/N] `);
  return /^y(es)?$/i.test(answer);
}

/** Everything piped to stdin, as text. */
export async function readPiped(input: Input): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
