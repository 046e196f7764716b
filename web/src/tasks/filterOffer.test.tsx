import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { readAsFilter } from './FilterOffer';
import { TasksScreen } from './TasksScreen';
import { fakeApi, renderWithApp, task } from './testing';

beforeEach(() => window.history.replaceState(null, '', '/all'));

describe('a filter typed into the search box', () => {
  it('is offered as a filter, and applying it moves it from the search to the filter', async () => {
    fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await userEvent.type(await screen.findByLabelText('Search tasks'), 'p1 & #work');
    const offer = await screen.findByText(/reads as a filter/);
    expect(offer.getAttribute('role')).toBe('status');
    await userEvent.click(screen.getByRole('button', { name: 'Apply as a filter' }));
    await waitFor(() => {
      const params = new URLSearchParams(window.location.search);
      expect([params.get('q'), params.get('filter')]).toEqual([null, 'p1 & #work']);
    });
  });

  it('is not offered for words to search for', async () => {
    fakeApi([task(1, 'Buy milk')]);
    renderWithApp(<TasksScreen />);
    await userEvent.type(await screen.findByLabelText('Search tasks'), 'milk (2 litres)');
    await screen.findByDisplayValue('milk (2 litres)');
    expect(screen.queryByText(/reads as a filter/)).toBeNull();
  });

  it('reads the filter language and nothing else', () => {
    expect(readAsFilter('(today | overdue) & #Work')).not.toBeNull();
    expect(readAsFilter('p1')).not.toBeNull();
    expect(readAsFilter('milk')).toBeNull();
    expect(readAsFilter('call mom (urgent)')).toBeNull();
  });
});
