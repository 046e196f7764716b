// Your tasks out (JSON to re-import, CSV for spreadsheets, iCalendar for calendar apps) and back
// in: an import is all or nothing, and a refused file says what is wrong with it, task by task.
import { useRef } from 'react';
import { ApiError, describeError } from '../api/client';
import { Field, Input } from '../ui/Form';
import { NotAnExport, useImportTasks } from './api';
import { Section } from './Section';

const FORMATS = [
  { format: 'json', label: 'JSON', hint: 'everything, re-importable' },
  { format: 'csv', label: 'CSV', hint: 'for spreadsheets' },
  { format: 'ics', label: 'iCalendar', hint: 'for calendar apps' },
] as const;

export function DataSection() {
  const input = useRef<HTMLInputElement>(null);
  const upload = useImportTasks();
  const error = upload.error;
  return (
    <Section id="data-title" title="Export and import">
      <p className="hint">Download every task you have, in the format you need.</p>
      <ul className="export-links">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a className="button button-small" href={`/api/me/export?format=${f.format}`} download>
              Export {f.label}
            </a>{' '}
            <span className="hint">{f.hint}</span>
          </li>
        ))}
      </ul>
      <Field
        label="Import a JSON export"
        className="import-field"
        hint="Adds the file’s tasks to yours; tasks you already have (from an earlier export) are updated or left as they are, never copied. Nothing is imported if any task is refused."
      >
        <Input
          ref={input}
          type="file"
          accept="application/json,.json"
          disabled={upload.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file)
              upload.mutate(file, {
                onSettled: () => {
                  if (input.current) input.current.value = '';
                },
              });
          }}
        />
      </Field>
      {upload.isPending && <p role="status">Importing…</p>}
      {upload.isSuccess && (
        <p role="status" className="notice">
          {importSummary(upload.data)}
        </p>
      )}
      {error && (
        <div role="alert" className="notice notice-error">
          <p>
            {error instanceof NotAnExport ? error.message : `Nothing was imported. ${describeError(error)}`}
          </p>
          {error instanceof ApiError && error.fieldErrors.length > 0 && (
            <ul className="import-errors">
              {error.fieldErrors.slice(0, 20).map((f) => (
                <li key={`${f.path}: ${f.message}`}>
                  <code>{f.path}</code>: {f.message}
                </li>
              ))}
              {error.fieldErrors.length > 20 && <li>…and {error.fieldErrors.length - 20} more</li>}
            </ul>
          )}
        </div>
      )}
    </Section>
  );
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
    created > 0 ? `${created} new` : '',
    updated > 0 ? `${updated} updated` : '',
    skipped > 0 ? `${skipped} already here, unchanged` : '',
  ].filter(Boolean);
  return `Imported ${total} ${total === 1 ? 'task' : 'tasks'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}
