import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithApp } from '../test/render';
import { AssistantModelSection } from './AssistantModelSection';

afterEach(() => vi.unstubAllGlobals());

describe('settings: the assistant model', () => {
  it('says which model answers, saves an own endpoint with its key, never shows the key again, and tests it', async () => {
    const api = fakeApi();
    renderWithApp(<AssistantModelSection />);
    expect(await screen.findByText('the built-in assistant')).toBeDefined();
    await userEvent.type(screen.getByLabelText('Endpoint'), 'https://models.example.com/v1');
    await userEvent.type(screen.getByLabelText('Model'), 'qwen3:4b');
    await userEvent.selectOptions(screen.getByLabelText('Mode'), 'plan');
    await userEvent.type(screen.getByLabelText('Key'), 'sk-mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('qwen3:4b (yours)')).toBeDefined();
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      base_url: 'https://models.example.com/v1',
      model: 'qwen3:4b',
      mode: 'plan',
      api_key: 'sk-mine',
    });
    await waitFor(() => expect((screen.getByLabelText('Key') as HTMLInputElement).value).toBe(''));
    expect(screen.getByText(/A key is stored/)).toBeDefined();
    // Saving again without typing a key keeps it (no api_key sent).
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(api.calls.filter((c) => c.method === 'PUT')[1]!.body).not.toHaveProperty('api_key');
    await userEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('qwen3:4b answered.')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Use the server’s model' }));
    expect(await screen.findByText('the built-in assistant')).toBeDefined();
  });
});
