// Your tasks out (JSON to re-import, CSV for spreadsheets, iCalendar for calendar apps) and back
// in: an import is all or nothing, and a refused file says what is wrong with it, task by task.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { ApiError, api, describeError, type Schemas, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import { Section } from './Section';

const FORMATS = [
  { format: 'json', label: 'JSON', hint: 'everything, re-importable' },
  { format: 'csv', label: 'CSV', hint: 'for spreadsheets' },
  { format: 'ics', label: 'iCalendar', hint: 'for calendar apps' },
] as const;

class NotAnExport extends Error {}

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

async function importFile(file: File) {
  let body: Schemas['ImportInput'];
  try {
    body = JSON.parse(await readText(file));
  } catch {
    throw new NotAnExport(`${file.name} is not JSON. Choose a file exported as JSON from Doable.`);
  }
  return unwrap(api.POST('/api/{user_id}/import', { params: { path: { user_id: 'me' } }, body }));
}

export function DataSection() {
  const qc = useQueryClient();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useMutation({
    mutationFn: importFile,
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksRoot }),
    onSettled: () => {
      if (input.current) input.current.value = '';
    },
  });
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
      <div className="field import-field">
        <label htmlFor={fileId}>Import a JSON export</label>
        <input
          ref={input}
          id={fileId}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${fileId}-hint`}
          disabled={upload.isPending}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload.mutate(file);
          }}
        />
        <p id={`${fileId}-hint`} className="hint">
          Adds the file’s tasks to yours; tasks you already have (from an earlier export) are updated or left
          as they are, never copied. Nothing is imported if any task is refused.
        </p>
      </div>
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
