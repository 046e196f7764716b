import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelpDialog } from '../ui/HelpDialog';
import { TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

beforeEach(() => window.history.replaceState(null, '', '/all'));

describe("Todoist's keys", () => {
  it('q opens quick add (the add box), z undoes a completion, and the shortcut sheet names them', async () => {
    const api = fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    await userEvent.keyboard('q');
    expect(document.activeElement).toBe(screen.getByLabelText('New task'));

    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('jx');
    await screen.findByText('Completed “Buy milk”');
    await userEvent.keyboard('z');
    await screen.findByRole('button', { name: 'Rename Buy milk' });
    expect(api.tasks.find((t) => t.id === 1)?.completed).toBe(false);

    render(<HelpDialog onClose={() => {}} />);
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(sheet.textContent).toContain("Todoist's key: q");
    expect(sheet.textContent).toContain("Todoist's key: z");
  });
});
