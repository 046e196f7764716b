// Your tasks out (JSON to re-import, CSV for spreadsheets, iCalendar for calendar apps) and back in,
// from Doable, Todoist (a project's CSV, or a whole backup's ZIP) or TickTick: one Import control that
// reads which app a file comes from, shows what importing it would do (the server's preview, which
// writes nothing, with the dates it would keep as text), imports on Import, and says what it did. An
// import is all or nothing; a refused file says what is wrong with it.
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, describeError } from '../api/client';
import { Field, Input } from '../ui/Form';
import { msg, t } from '../ui/i18n';
import {
  detectSource,
  type ImportRequest,
  type ImportResult,
  type ImportSource,
  readImportFile,
  useImportTasks,
  usePreviewImport,
} from './api';
import { Section } from './Section';

const FORMATS = [
  { format: 'json', label: 'JSON', hint: msg('everything, re-importable') },
  { format: 'csv', label: 'CSV', hint: msg('for spreadsheets') },
  { format: 'ics', label: 'iCalendar', hint: msg('for calendar apps') },
] as const;

const SOURCES: { source: ImportSource; label: string }[] = [
  { source: 'todoist', label: msg('Todoist (a project exported as CSV)') },
  { source: 'ticktick', label: msg('TickTick (a backup, CSV)') },
  { source: 'doable', label: msg('Doable (a JSON export)') },
];

/** A chosen file: its text (a ZIP's bytes), the app it comes from (null: not known yet) and, for Todoist, its list. */
interface Chosen {
  name: string;
  text: string;
  /** A Todoist backup: its bytes (each CSV in it is a list named after its file). */
  zip?: ArrayBuffer;
  source: ImportSource | null;
  detected: boolean;
  list: string;
}

const requestOf = (c: Chosen & { source: ImportSource }): ImportRequest =>
  c.zip
    ? { text: '', zip: c.zip, source: 'todoist' }
    : c.source === 'todoist'
      ? { text: c.text, source: c.source, list: c.list.trim() }
      : { text: c.text, source: c.source };

/** A Todoist project's file is named after it: its name, less the extension, is the list's. */
const listNameOf = (file: string) =>
  [...file.replace(/\.[^.]*$/u, '').trim()].slice(0, 100).join('') || 'Todoist';

export function DataSection() {
  const input = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  /** The source and list the shown preview is of: another choice needs a new preview. */
  const [previewed, setPreviewed] = useState<string | null>(null);
  const preview = usePreviewImport();
  const upload = useImportTasks();
  const keyOf = (c: Chosen) => `${c.source}\u0000${c.source === 'todoist' ? c.list.trim() : ''}`;
  const current = chosen !== null && preview.isSuccess && previewed === keyOf(chosen);

  useEffect(() => {
    if (current) importButton.current?.focus();
  }, [current]);

  const clearFile = () => {
    if (input.current) input.current.value = '';
  };
  const runPreview = (c: Chosen) => {
    if (c.source === null) return;
    setPreviewed(keyOf(c));
    preview.mutate(requestOf({ ...c, source: c.source }));
  };
  const choose = async (file: File) => {
    upload.reset();
    preview.reset();
    setReadError(null);
    let read: { name: string; text: string; zip?: ArrayBuffer };
    try {
      read = await readImportFile(file);
    } catch {
      setReadError(t('{file} could not be read. Choose the file again.', { file: file.name }));
      return;
    }
    // Kept as text from here on: the chooser is free for the same file again (after an error, say).
    clearFile();
    const source = detectSource(read.name, read.text, read.zip !== undefined);
    const next: Chosen = { ...read, source, detected: source !== null, list: listNameOf(read.name) };
    setChosen(next);
    runPreview(next);
  };
  const cancel = () => {
    setChosen(null);
    setPreviewed(null);
    preview.reset();
    clearFile();
    input.current?.focus();
  };
  const confirm = () => {
    if (!chosen?.source) return;
    upload.mutate(requestOf({ ...chosen, source: chosen.source }), {
      onSuccess: () => {
        setChosen(null);
        setPreviewed(null);
        preview.reset();
        clearFile();
      },
    });
  };

  return (
    <Section id="data-title" title={t('Export and import')}>
      <p className="hint">{t('Download every task you have, in the format you need.')}</p>
      <ul className="export-links">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a className="button button-small" href={`/api/me/export?format=${f.format}`} download>
              {t('Export')} {f.label}
            </a>{' '}
            <span className="hint">{t(f.hint)}</span>
          </li>
        ))}
      </ul>
      <Field
        label={t('Import tasks from a file')}
        className="import-field"
        hint={t(
          'A JSON export of Doable, a Todoist project exported as CSV, a Todoist backup (the ZIP of every project), or a TickTick backup (CSV). You see what it will do before anything is written, dates it cannot read included; tasks you already have (from an earlier import) are updated or left as they are, never copied.',
        )}
      >
        <Input
          ref={input}
          type="file"
          accept=".json,.csv,.zip,application/json,text/csv,application/zip"
          disabled={upload.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void choose(file);
          }}
        />
      </Field>
      {chosen && (
        <form
          className="import-preview"
          aria-labelledby={`${id}-file`}
          onSubmit={(e) => {
            e.preventDefault();
            runPreview(chosen);
          }}
        >
          <h3 id={`${id}-file`}>{t('Importing {file}', { file: chosen.name })}</h3>
          {chosen.zip ? (
            <p className="hint">
              {t(
                'A Todoist backup: each project’s CSV in it becomes a list named after its file, with its sections.',
              )}
            </p>
          ) : (
            <fieldset className="radio-group">
              <legend>{t('Which app is this file from?')}</legend>
              {!chosen.detected && (
                <p className="hint">
                  {t('Its first line does not say: choose the app it was exported from.')}
                </p>
              )}
              {SOURCES.map((s) => (
                <label key={s.source}>
                  <input
                    type="radio"
                    name={`${id}-source`}
                    value={s.source}
                    checked={chosen.source === s.source}
                    disabled={upload.isPending}
                    onChange={() => {
                      const next = { ...chosen, source: s.source };
                      setChosen(next);
                      runPreview(next);
                    }}
                  />{' '}
                  {t(s.label)}
                </label>
              ))}
            </fieldset>
          )}
          {chosen.source === 'todoist' && !chosen.zip && (
            <Field label={t('List for its tasks')} hint={t('A list of yours by this name, or a new one.')}>
              <Input
                type="text"
                value={chosen.list}
                maxLength={100}
                required
                disabled={upload.isPending}
                onChange={(e) => setChosen({ ...chosen, list: e.target.value })}
              />
            </Field>
          )}
          {preview.isPending && <p role="status">{t('Reading the file…')}</p>}
          {current && preview.data && (
            <div role="status" className="notice import-summary">
              <p>{t('Importing it will bring in:')}</p>
              <ul>
                {previewLines(preview.data).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <LeftOutRows leftOut={preview.data.left_out} />
              <DatesAsText dates={preview.data.dates_as_text} />
              <p>{t('Nothing has been written yet.')}</p>
            </div>
          )}
          {preview.error && <ImportProblem error={preview.error} what={t('This file cannot be imported.')} />}
          {upload.isPending && <p role="status">{t('Importing…')}</p>}
          {upload.error && <ImportProblem error={upload.error} what={t('Nothing was imported.')} />}
          <div className="import-actions">
            {current ? (
              <button
                ref={importButton}
                type="button"
                className="button button-primary"
                disabled={upload.isPending}
                onClick={confirm}
              >
                {t('Import')}
              </button>
            ) : (
              <button
                type="submit"
                className="button button-primary"
                disabled={chosen.source === null || preview.isPending || upload.isPending}
              >
                {t('Preview')}
              </button>
            )}
            <button
              type="button"
              className="button button-quiet"
              onClick={cancel}
              disabled={upload.isPending}
            >
              {t('Cancel')}
            </button>
          </div>
        </form>
      )}
      {readError && (
        <p role="alert" className="notice notice-error">
          {readError}
        </p>
      )}
      {upload.isSuccess && (
        <div role="status" className="notice import-summary">
          <p>{importSummary(upload.data)}</p>
          <ul>
            {madeLines(upload.data).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <LeftOutRows leftOut={upload.data.left_out} />
          <DatesAsText dates={upload.data.dates_as_text} />
        </div>
      )}
    </Section>
  );
}

/** The rows of a file that make no task, each with its line and why (at most 20 shown). */
function LeftOutRows({ leftOut }: { leftOut: ImportResult['left_out'] | undefined }) {
  if (!leftOut || leftOut.count === 0) return null;
  return (
    <>
      <p>
        {t('{count, plural, one {# row makes no task:} other {# rows make no task:}}', {
          count: leftOut.count,
        })}
      </p>
      <ul className="import-errors">
        {leftOut.rows.slice(0, 20).map((row) => (
          <li key={`${row.file ?? ''}\u0000${row.line}`}>
            {row.file
              ? t('{file}, line {line}: {reason}', { file: row.file, line: row.line, reason: row.reason })
              : t('Line {line}: {reason}', { line: row.line, reason: row.reason })}
          </li>
        ))}
        {leftOut.count > 20 && <li>{t('…and {count} more', { count: leftOut.count - 20 })}</li>}
      </ul>
    </>
  );
}

/** Where a row is: its line, and its file in a Todoist backup. */
const rowPlace = (row: { line: number; file?: string }) =>
  row.file
    ? t('{file}, line {line}', { file: row.file, line: row.line })
    : t('line {line}', { line: row.line });

/**
 * The tasks whose date the server could not read whole: each keeps it as text in its description
 * (at most 20 named, with their line and file).
 */
export function DatesAsText({ dates }: { dates: ImportResult['dates_as_text'] | undefined }) {
  if (!dates || dates.count === 0) return null;
  return (
    <>
      <p>
        {t(
          '{count, plural, one {# task keeps its date} other {# tasks keep their date}} as text, in the description (not read as a due date):',
          { count: dates.count },
        )}
      </p>
      <ul className="import-errors">
        {dates.rows.slice(0, 20).map((row) => (
          <li key={`${row.file ?? ''}\u0000${row.line}\u0000${row.text}`}>
            “{row.text}” ({rowPlace(row)}
            {row.language ? t(', in {language}', { language: row.language }) : ''})
          </li>
        ))}
        {dates.count > 20 && <li>{t('…and {count} more', { count: dates.count - 20 })}</li>}
      </ul>
    </>
  );
}

/** Why a file was refused, in words, with the server's reasons task by task (at most 20 shown). */
function ImportProblem({ error, what }: { error: Error; what: string }) {
  const notJson = error instanceof ApiError && error.code === 'BAD_REQUEST';
  return (
    <div role="alert" className="notice notice-error">
      <p>
        {what}{' '}
        {notJson
          ? t(
              'It is not JSON: choose a file exported as JSON from Doable, or pick the app the CSV comes from.',
            )
          : describeError(error)}
      </p>
      {error instanceof ApiError && error.fieldErrors.length > 0 && (
        <ul className="import-errors">
          {error.fieldErrors.slice(0, 20).map((f) => (
            <li key={`${f.path}: ${f.message}`}>
              {f.path ? (
                <>
                  <code>{f.path}</code>: {f.message}
                </>
              ) : (
                f.message
              )}
            </li>
          ))}
          {error.fieldErrors.length > 20 && (
            <li>{t('…and {count} more', { count: error.fieldErrors.length - 20 })}</li>
          )}
        </ul>
      )}
    </div>
  );
}

/** What a preview found, in words: the tasks, then the lists, sections and labels. */
export function previewLines(result: ImportResult): string[] {
  const total = result.created + result.updated + result.skipped;
  const parts = [
    result.created > 0 ? t('{count} new', { count: result.created }) : '',
    result.updated > 0 ? t('{count} to update', { count: result.updated }) : '',
    result.skipped > 0 ? t('{count} already here, unchanged', { count: result.skipped }) : '',
  ].filter(Boolean);
  const tasks =
    total === 0
      ? t('No tasks.')
      : t('{count, plural, one {# task} other {# tasks}}: {parts}.', {
          count: total,
          parts: parts.join(t(', ')),
        });
  return [tasks, ...madeLines(result)];
}

/** The lists, sections and labels a file names: new ones, and those already there. */
export function madeLines(result: Pick<ImportResult, 'lists' | 'sections' | 'tags'>): string[] {
  /** `whole`: a msg() plural of the kind ("# lists"), `already`: a msg() of those already there. */
  const line = (made: { created: number; existing: number } | undefined, whole: string, already: string) => {
    if (!made || made.created + made.existing === 0) return '';
    const parts = [
      made.created > 0 ? t('{count} new', { count: made.created }) : '',
      made.existing > 0 ? t(already, { count: made.existing }) : '',
    ].filter(Boolean);
    return t('{what}: {parts}.', {
      what: t(whole, { count: made.created + made.existing }),
      parts: parts.join(t(', ')),
    });
  };
  return [
    line(result.lists, msg('{count, plural, one {# list} other {# lists}}'), msg('{count} already yours')),
    line(
      result.sections,
      msg('{count, plural, one {# section} other {# sections}}'),
      msg('{count} already there'),
    ),
    line(result.tags, msg('{count, plural, one {# label} other {# labels}}'), msg('{count} already in use')),
  ].filter(Boolean);
}

/** What an import did, in words: "Imported 3 tasks: 1 new, 2 already here, unchanged." */
export function importSummary(result: {
  created?: number;
  updated?: number;
  skipped?: number;
  imported: number;
}): string {
  const created = result.created ?? result.imported;
  const updated = result.updated ?? 0;
  const skipped = result.skipped ?? 0;
  const total = created + updated + skipped;
  const parts = [
    created > 0 ? t('{count} new', { count: created }) : '',
    updated > 0 ? t('{count} updated', { count: updated }) : '',
    skipped > 0 ? t('{count} already here, unchanged', { count: skipped }) : '',
  ].filter(Boolean);
  return parts.length > 0
    ? t('{count, plural, one {Imported # task} other {Imported # tasks}}: {parts}.', {
        count: total,
        parts: parts.join(t(', ')),
      })
    : t('{count, plural, one {Imported # task} other {Imported # tasks}}.', { count: total });
}
