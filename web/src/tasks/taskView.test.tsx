// The task view (TaskEditor): a dialog whose fields scroll above its actions. Save sits below the
// form (tied to it by its form attribute), so these check that saving still sends only the change
// with If-Match, that a conflict and a form's error show beside the actions, that the server's
// field errors show at their field, and that the controls come in the order they are laid out.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskEditor } from './TaskEditor';
import { type FakeApi, fakeApi, renderWithApp, task } from './testing';

afterEach(() => {
  vi.unstubAllGlobals();
});

const problem = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

/**
 * The fake API with an ETag on each read of the task, the If-Match of each write recorded, and
 * `answer` in front of the writes (null: the fake API's own answer).
 */
function withVersions(api: FakeApi, answer: () => Response | null) {
  const base = globalThis.fetch;
  const ifMatch: (string | null)[] = [];
  let version = 1;
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
    const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
    const path = new URL(request.url).pathname;
    if (/^\/api\/me\/tasks\/\d+$/.test(path) && request.method === 'PATCH') {
      ifMatch.push(request.headers.get('if-match'));
      const early = answer();
      if (early) return early;
    }
    const response = await base(request);
    if (/^\/api\/me\/tasks\/\d+$/.test(path) && request.method === 'GET') {
      const headers = new Headers(response.headers);
      headers.set('etag', `"v${version}"`);
      return new Response(await response.text(), { status: response.status, headers });
    }
    return response;
  });
  return {
    ifMatch,
    /** A change made elsewhere: the task's next read has a new version. */
    changeElsewhere(title: string) {
      version++;
      const found = api.tasks.find((t) => t.id === 1);
      if (found) found.title = title;
    },
  };
}

const patches = (api: FakeApi) => api.calls.filter((c) => c.method === 'PATCH');

describe('the task view', () => {
  it('is a dialog named Edit task, its controls in the order they are laid out, Save after them', async () => {
    fakeApi([task(1, 'Plan the week', { due_date: '2030-01-07' })]);
    renderWithApp(<TaskEditor taskId={1} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
    await within(dialog).findByLabelText('Title');
    const named = Array.from(dialog.querySelectorAll<HTMLElement>('input, select, textarea, button'))
      .map((el) => {
        const label = (el as HTMLInputElement).labels?.[0]?.textContent;
        return label || el.getAttribute('aria-label') || el.textContent?.trim() || '';
      })
      .filter((name) => name !== '');
    // The title and description on top, the grid row by row, the reminders, subtasks, then the actions.
    const order = [
      'Close',
      'Title',
      'Description',
      'Due date',
      'Clear the due date',
      'Due time',
      'Priority',
      'Tags',
      'Repeat',
      'Completed',
      'List',
      'Add a reminder',
      'New subtask',
      'Cancel',
      'Save',
    ];
    expect(named.filter((name) => order.includes(name))).toEqual(order);
    // Title and description are labelled for screen readers, shown by their place and placeholder.
    expect(within(dialog).getByLabelText('Title').getAttribute('placeholder')).toBe('Task name');
    // The actions are below the part that scrolls, outside the form they submit.
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save.closest('form')).toBeNull();
    expect(save.closest('.task-view-foot')).not.toBeNull();
    expect((save as HTMLButtonElement).form).toBe(dialog.querySelector('form'));
  });

  it('saves only the change, with If-Match, from the Save below the fields', async () => {
    const api = fakeApi([task(1, 'Plan the week')]);
    const versions = withVersions(api, () => null);
    const onClose = vi.fn();
    renderWithApp(<TaskEditor taskId={1} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
    const title = await within(dialog).findByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Plan the month');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(patches(api).map((c) => c.body)).toEqual([{ title: 'Plan the month' }]);
    expect(versions.ifMatch).toEqual(['"v1"']);
  });

  it('shows a conflict beside the actions; Load latest takes the other version to edit again', async () => {
    const api = fakeApi([task(1, 'Plan the week')]);
    let conflicts = 1;
    const versions = withVersions(api, () =>
      conflicts-- > 0 ? problem(412, { detail: 'Changed', error_code: 'PRECONDITION_FAILED' }) : null,
    );
    const onClose = vi.fn();
    renderWithApp(<TaskEditor taskId={1} onClose={onClose} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
    const title = await within(dialog).findByLabelText('Title');
    await userEvent.type(title, '!');
    versions.changeElsewhere('Plan the year');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/changed somewhere else/);
    expect(alert.closest('.task-view-foot')).not.toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(within(alert).getByRole('button', { name: 'Load latest' }));
    await waitFor(() =>
      expect((within(dialog).getByLabelText('Title') as HTMLInputElement).value).toBe('Plan the year'),
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await userEvent.type(within(dialog).getByLabelText('Title'), '?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(versions.ifMatch).toEqual(['"v1"', '"v2"']);
    expect(patches(api).at(-1)?.body).toEqual({ title: 'Plan the year?' });
  });

  it("shows the server's field errors at their field and its message beside the actions", async () => {
    const api = fakeApi([task(1, 'Plan the week', { due_date: '2030-01-07' })]);
    withVersions(api, () =>
      problem(422, {
        detail: 'The task is not valid',
        error_code: 'VALIDATION_FAILED',
        errors: [{ path: 'due_at', message: 'That time does not exist in your zone.' }],
      }),
    );
    renderWithApp(<TaskEditor taskId={1} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
    const time = await within(dialog).findByLabelText('Due time');
    await userEvent.type(time, '02:30');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(time.getAttribute('aria-invalid')).toBe('true'));
    const described = (time.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('That time does not exist in your zone.');
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toBe('The task is not valid');
    expect(alert.closest('.task-view-foot')).not.toBeNull();
  });
});
