import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { task } from '../test/render';
import { TaskItem } from './TaskItem';
import { deadlineText, durationText } from './taskSpan';

const props = {
  editing: false,
  onEditTitle: () => {},
  onRename: () => {},
  onToggle: () => {},
  onOpen: () => {},
  onDelete: () => {},
  onSkip: () => {},
  onTag: () => {},
  timeZone: 'UTC',
};
const now = new Date('2026-06-10T12:00:00Z');

describe('a duration in words', () => {
  it('says minutes, hours and days as a person would write them', () => {
    expect(durationText(45)).toBe('45 min');
    expect(durationText(60)).toBe('1 h');
    expect(durationText(90)).toBe('1 h 30 min');
    expect(durationText(1440)).toBe('1 d');
    expect(durationText(1505)).toBe('1 d 1 h 5 min');
    expect(durationText(43_200)).toBe('30 d');
  });
});

describe('a task row', () => {
  it('shows the duration beside the due moment', () => {
    render(
      <ul>
        <TaskItem
          {...props}
          now={now}
          task={task(1, 'Write', { due_at: '2026-06-11T09:00:00.000Z', duration: 90 })}
        />
      </ul>,
    );
    const duration = screen.getByTitle('Takes 1 hour 30 minutes');
    expect(duration.textContent).toBe('Takes 1 h 30 min');
    // Beside the due chip, after it.
    expect(duration.previousElementSibling?.className).toMatch(/\bdue\b/);
    expect(screen.getByText(/^Due/).textContent).toMatch(/Tomorrow/);
  });

  it('shows a duration without a due moment too, and nothing when there is none', () => {
    const { rerender } = render(
      <ul>
        <TaskItem {...props} now={now} task={task(1, 'Read', { duration: 45 })} />
      </ul>,
    );
    expect(screen.getByTitle('Takes 45 minutes').textContent).toBe('Takes 45 min');
    rerender(
      <ul>
        <TaskItem {...props} now={now} task={task(1, 'Read')} />
      </ul>,
    );
    expect(screen.queryByTitle(/^Takes/)).toBeNull();
    expect(screen.queryByTitle(/^Deadline/)).toBeNull();
  });

  it('shows the deadline as a chip, in words and red once it has passed, not once the task is done', () => {
    const soon = task(1, 'Tax return', { due_date: '2026-06-12', deadline: '2026-06-30' });
    const { rerender } = render(
      <ul>
        <TaskItem {...props} now={now} task={soon} />
      </ul>,
    );
    let chip = screen.getByTitle(/^Deadline:/);
    expect(chip.textContent).toMatch(/^Deadline Tue,? 30 Jun|^Deadline Tue,? Jun 30/);
    expect(chip.className).not.toContain('deadline-passed');
    expect(chip.querySelector('time')?.getAttribute('datetime')).toBe('2026-06-30');
    expect(chip.title).toMatch(/Tuesday.*30 June 2026|Tuesday, June 30, 2026/);

    const late = { ...soon, deadline: '2026-06-09' };
    rerender(
      <ul>
        <TaskItem {...props} now={now} task={late} />
      </ul>,
    );
    chip = screen.getByTitle(/^Deadline:/);
    expect(chip.textContent).toBe('Deadline passed: Yesterday');
    expect(chip.className).toContain('deadline-passed');

    // Today is not past; a completed task's deadline is not either.
    expect(deadlineText({ deadline: '2026-06-10', completed: false }, 'UTC', now)?.passed).toBe(false);
    expect(deadlineText({ deadline: '2026-06-09', completed: true }, 'UTC', now)?.passed).toBe(false);
    // The day is the user's: at 12:00 UTC it is already the 11th in Auckland.
    expect(deadlineText({ deadline: '2026-06-10', completed: false }, 'Pacific/Auckland', now)?.passed).toBe(
      true,
    );
  });
});
