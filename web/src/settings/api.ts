// The user's settings on the server: the time zone (which decides what "today", "overdue" and an
// all-day date mean, for the server's filters and for how the list shows them), the reminder
// channels and email; and importing a JSON export. The account's own calls are account.ts.
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

/** A file that is not a Doable JSON export (its message says so). */
export class NotAnExport extends Error {}

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

/** Imports an export file, all or nothing; every task query is asked again after. */
export function useImportTasks() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: importFile,
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksRoot }),
  });
}
