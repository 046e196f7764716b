// The user's settings on the server: the time zone (which decides what "today", "overdue" and an
// all-day date mean, for the server's filters and for how the list shows them), the reminder
// channels and email; and importing a file (a Doable export, a Todoist or TickTick CSV, a Todoist backup's ZIP). The account's own calls are account.ts.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';
import { tasksRoot } from '../api/keys';
import { browserTimeZone } from '../ui/time';

const ME = { user_id: 'me' };
export const settingsKey = ['settings'] as const;

/** The settings; `enabled: false` waits (signed out, there are none to read). */
export function useSettings(enabled = true) {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/{user_id}/settings', { params: { path: ME }, signal })),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** The zone to show due moments in: the saved one, else the browser's until it has loaded. */
export function useTimeZone(): string {
  return useSettings().data?.time_zone ?? browserTimeZone();
}

/** Saves a change to the settings (any of SettingsPatchInput's fields) and keeps the cache in step. */
export function useSaveSettings(onSaved?: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SettingsPatchInput']) =>
      unwrap(api.PATCH('/api/{user_id}/settings', { params: { path: ME }, body })),
    onSuccess: (settings) => {
      qc.setQueryData(settingsKey, settings);
      onSaved?.();
    },
  });
}

export function useSaveTimeZone() {
  const qc = useQueryClient();
  const save = useSaveSettings(() => {
    // "Today" and "overdue" moved with the zone.
    void qc.invalidateQueries({ queryKey: tasksRoot });
  });
  return {
    ...save,
    mutate: (timeZone: string, options?: Parameters<typeof save.mutate>[1]) =>
      save.mutate({ time_zone: timeZone }, options),
  };
}

/** Where an import file comes from: a Doable JSON export, a Todoist project's CSV, a TickTick backup. */
export type ImportSource = 'doable' | 'todoist' | 'ticktick';

/**
 * Which app a file comes from, read from its name and its first lines (a JSON object; Todoist's
 * header row TYPE,CONTENT,...; TickTick's row naming "List Name" and "Title" after a few lines about
 * the file), or null when it cannot tell: then the person picks.
 */
export function detectSource(name: string, text: string, zip = false): ImportSource | null {
  if (zip) return 'todoist';
  const head = text.replace(/^\uFEFF/u, '').trimStart();
  if (head.startsWith('{') || /\.json$/iu.test(name)) return 'doable';
  const lines = head.slice(0, 8192).split(/\r?\n/u, 20);
  if (/^"?TYPE"?\s*,\s*"?CONTENT"?/iu.test(lines[0] ?? '')) return 'todoist';
  if (lines.some((line) => line.includes('List Name') && line.includes('Title'))) return 'ticktick';
  return null;
}

/**
 * One file to import: its text (or, for a Todoist backup, its ZIP's bytes), where it comes from, and
 * (a Todoist project) the list its tasks go into.
 */
export interface ImportRequest {
  text: string;
  /** A Todoist backup: the ZIP as it is (each CSV in it names its own list). */
  zip?: ArrayBuffer;
  source: ImportSource;
  list?: string;
}

export type ImportResult = Schemas['ImportResult'];

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Whether a file is a ZIP archive (a Todoist backup): by its name or its type. */
export const isZip = (file: File) =>
  /\.zip$/iu.test(file.name) ||
  file.type === 'application/zip' ||
  file.type === 'application/x-zip-compressed';

/** A chosen file's name and text (a ZIP's bytes, and no text), read in the browser. */
export const readImportFile = async (
  file: File,
): Promise<{ name: string; text: string; zip?: ArrayBuffer }> =>
  isZip(file)
    ? { name: file.name, text: '', zip: await readBytes(file) }
    : { name: file.name, text: await readText(file) };

/** Sends a file to the import, as a preview (nothing written) or for real; the server reads it. */
function sendImport({ text, zip, source, list }: ImportRequest, dryRun: boolean): Promise<ImportResult> {
  const dry_run = dryRun ? 'true' : 'false';
  if (zip) {
    return unwrap(
      api.POST('/api/{user_id}/import/{source}', {
        params: { path: { ...ME, source: 'todoist' }, query: { dry_run } },
        // The archive as it is: the server reads it (within its limits) off its main thread.
        body: zip as unknown as string,
        bodySerializer: (body) => body as unknown as string,
        headers: { 'content-type': 'application/zip' },
      }),
    );
  }
  if (source === 'doable') {
    return unwrap(
      api.POST('/api/{user_id}/import', {
        params: { path: ME, query: { dry_run } },
        // The file as it is: the server parses and checks it (off its main thread).
        body: text as unknown as Schemas['ImportInput'],
        bodySerializer: (body) => body as unknown as string,
        headers: { 'content-type': 'application/json' },
      }),
    );
  }
  return unwrap(
    api.POST('/api/{user_id}/import/{source}', {
      params: { path: { ...ME, source }, query: { dry_run, ...(list ? { list } : {}) } },
      body: text,
      bodySerializer: (body) => body,
      headers: { 'content-type': 'text/csv' },
    }),
  );
}

/** What importing a file would do: the server's preview, which writes nothing. */
export function usePreviewImport() {
  return useMutation({ mutationFn: (request: ImportRequest) => sendImport(request, true) });
}

/** Imports a file, all or nothing; every query (tasks, lists, sections) is asked again after. */
export function useImportTasks() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => sendImport(request, false),
    onSuccess: () => qc.invalidateQueries(),
  });
}
