// The Import control: it reads which app a file comes from, shows the server's
// preview in words before anything is written, imports on Import (nothing on Cancel), says what it
// did, lets the person pick the app when the file does not say, and words a refused file.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithApp } from '../test/render';
import { detectSource } from './api';
import { DataSection, previewLines } from './DataSection';

afterEach(() => vi.unstubAllGlobals());

const TODOIST = 'TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT\ntask,Buy soil,,1,1\ntask,Water,,4,1\n';
const TICKTICK =
  '"Date: 2025-06-11+0500"\n"Version: 7.1"\n"Folder Name","List Name","Title","Kind"\n"","Errands","Milk","TEXT"\n';

const file = (text: string, name: string, type = 'text/csv') => new File([text], name, { type });
const chooseFile = async (f: File) => userEvent.upload(screen.getByLabelText('Import tasks from a file'), f);
const importCalls = (api: ReturnType<typeof fakeApi>) =>
  api.calls.filter((c) => c.method === 'POST' && c.path.startsWith('/api/me/import'));

describe('which app a file comes from', () => {
  it('reads it from the name and the first lines, and says when it cannot tell', () => {
    expect(detectSource('doable-2026.json', '{"format":"doable-export"}')).toBe('doable');
    expect(detectSource('Garden.csv', `\uFEFF${TODOIST}`)).toBe('todoist');
    expect(detectSource('backup.csv', TICKTICK)).toBe('ticktick');
    expect(detectSource('tasks.csv', 'a,b\n1,2\n')).toBeNull();
    expect(detectSource('todoist-backup.zip', '', true)).toBe('todoist');
  });
});

describe('importing a file', () => {
  it('a Todoist CSV: previews in words, writes nothing until Import, then says what it did', async () => {
    const api = fakeApi();
    api.previewAnswer = {
      status: 200,
      body: {
        imported: 2,
        created: 1,
        updated: 1,
        skipped: 3,
        lists: { created: 1, existing: 0 },
        sections: { created: 2, existing: 1 },
        tags: { created: 1, existing: 2 },
        left_out: { count: 1, rows: [{ line: 4, reason: 'a task with no title' }] },
      },
    };
    renderWithApp(<DataSection />);
    await chooseFile(file(TODOIST, 'Garden.csv'));
    const preview = await screen.findByText('Importing it will bring in:');
    const summary = preview.closest('[role="status"]')!;
    expect(summary.textContent).toContain('5 tasks: 1 new, 1 to update, 3 already here, unchanged.');
    expect(summary.textContent).toContain('1 list: 1 new.');
    expect(summary.textContent).toContain('3 sections: 2 new, 1 already there.');
    expect(summary.textContent).toContain('3 labels: 1 new, 2 already in use.');
    expect(summary.textContent).toContain('1 row makes no task:Line 4: a task with no title');
    // Detected from its header row; its list is named after the file.
    expect(screen.getByRole('radio', { name: /Todoist/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: 'List for its tasks' })).toHaveProperty('value', 'Garden');
    expect(importCalls(api).map((c) => c.path)).toEqual(['/api/me/import/todoist?dry_run=true&list=Garden']);
    // The Import button has the focus: Enter imports.
    const importButton = screen.getByRole('button', { name: 'Import' });
    await waitFor(() => expect(document.activeElement).toBe(importButton));
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Imported 2 tasks: 2 new.');
    expect(importCalls(api).map((c) => c.path)).toEqual([
      '/api/me/import/todoist?dry_run=true&list=Garden',
      '/api/me/import/todoist?dry_run=false&list=Garden',
    ]);
    expect(importCalls(api)[1]!.body).toBe(TODOIST);
    // The control is ready for the next file.
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('a Todoist backup (ZIP): sent as it is, and the dates it keeps as text are listed before Import', async () => {
    const api = fakeApi();
    api.previewAnswer = {
      status: 200,
      body: {
        imported: 3,
        created: 3,
        updated: 0,
        skipped: 0,
        lists: { created: 2, existing: 0 },
        sections: { created: 1, existing: 0 },
        tags: { created: 0, existing: 0 },
        left_out: { count: 0, rows: [] },
        dates_as_text: {
          count: 2,
          rows: [
            { line: 14, text: 'every other full moon', file: 'Home [2203306141].csv' },
            { line: 3, text: 'jeden zweiten Vollmond', file: 'Work.csv', language: 'de' },
          ],
        },
      },
    };
    renderWithApp(<DataSection />);
    const zip = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'todoist-backup.zip', {
      type: 'application/zip',
    });
    await chooseFile(zip);
    const preview = await screen.findByText('Importing it will bring in:');
    const summary = preview.closest('[role="status"]')!;
    expect(summary.textContent).toContain('2 tasks keep their date as text');
    expect(summary.textContent).toContain('“every other full moon” (Home [2203306141].csv, line 14)');
    expect(summary.textContent).toContain('“jeden zweiten Vollmond” (Work.csv, line 3, in de)');
    // No app to pick and no list to name: each CSV in it names its own list.
    expect(screen.queryByRole('radio', { name: /Todoist/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'List for its tasks' })).toBeNull();
    expect(importCalls(api).map((c) => c.path)).toEqual(['/api/me/import/todoist?dry_run=true']);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(importCalls(api).map((c) => c.path)).toEqual([
        '/api/me/import/todoist?dry_run=true',
        '/api/me/import/todoist?dry_run=false',
      ]),
    );
  });

  it('another list name needs a new preview before Import', async () => {
    const api = fakeApi();
    renderWithApp(<DataSection />);
    await chooseFile(file(TODOIST, 'Garden.csv'));
    await screen.findByRole('button', { name: 'Import' });
    const list = screen.getByRole('textbox', { name: 'List for its tasks' });
    await userEvent.clear(list);
    await userEvent.type(list, 'Home{Enter}');
    await screen.findByRole('button', { name: 'Import' });
    expect(importCalls(api).at(-1)!.path).toBe('/api/me/import/todoist?dry_run=true&list=Home');
  });

  it('Cancel writes nothing and gives the file chooser the focus again', async () => {
    const api = fakeApi();
    renderWithApp(<DataSection />);
    await chooseFile(file('{"format":"doable-export","version":1,"tasks":[{"title":"a"}]}', 'mine.json'));
    await screen.findByText('1 task: 1 new.');
    expect(importCalls(api).map((c) => c.path)).toEqual(['/api/me/import?dry_run=true']);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Importing it will bring in:')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Import tasks from a file'));
    expect(importCalls(api)).toHaveLength(1);
  });

  it('a CSV whose first line does not say: the person picks the app, then sees the preview', async () => {
    const api = fakeApi();
    renderWithApp(<DataSection />);
    await chooseFile(file('a,b\n1,2\n', 'tasks.csv'));
    expect(await screen.findByText(/choose the app it was exported from/)).toBeDefined();
    expect(importCalls(api)).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Preview' })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('radio', { name: /TickTick/ }));
    await screen.findByRole('button', { name: 'Import' });
    expect(importCalls(api).map((c) => c.path)).toEqual(['/api/me/import/ticktick?dry_run=true']);
  });

  it('a refused file: says why in words, row by row, and offers no Import', async () => {
    const api = fakeApi();
    api.importAnswer = {
      status: 422,
      body: {
        status: 422,
        error_code: 'VALIDATION_ERROR',
        detail: 'Invalid body',
        errors: [{ path: 'tasks.0.title', location: 'body', message: 'title must not be empty' }],
      },
    };
    renderWithApp(<DataSection />);
    await chooseFile(file('{"format":"doable-export","version":1,"tasks":[{"title":""}]}', 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be imported.');
    expect(alert.textContent).toContain('tasks.0.title: title must not be empty');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('a .json file that is not JSON is named as such', async () => {
    const api = fakeApi();
    api.importAnswer = {
      status: 400,
      body: { status: 400, error_code: 'BAD_REQUEST', detail: 'The request body is not valid JSON' },
    };
    renderWithApp(<DataSection />);
    await chooseFile(file('not json', 'notes.json', 'application/json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('It is not JSON');
  });
});

describe('the preview in words', () => {
  it('says when a file has no tasks, and leaves out lists, sections and labels it names none of', () => {
    const zero = { created: 0, existing: 0 };
    expect(
      previewLines({
        imported: 0,
        created: 0,
        updated: 0,
        skipped: 0,
        lists: zero,
        sections: zero,
        tags: zero,
        left_out: { count: 0, rows: [] },
        dates_as_text: { count: 0, rows: [] },
      }),
    ).toEqual(['No tasks.']);
  });
});
