// What quick add read, said in Urdu: the repeat chip through the catalogs, and why a "/Section" or
// "+person" stays in the title (the parse's English reason, read back and said in Urdu); English
// as the parse wrote it.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuickAddParse } from '../api/types';
import { setLanguage } from '../ui/i18n';
import { QuickAddPreview } from './QuickAddPreview';

afterEach(() => setLanguage('en'));

const parse: QuickAddParse = {
  title: 'Water the plants',
  assignee: null,
  assignee_id: null,
  deadline: null,
  due_at: null,
  due_date: null,
  duration: null,
  list: 'Home',
  list_id: 1,
  matches: [
    { kind: 'list', text: '#Home' },
    { kind: 'recurrence', text: 'every 2 weeks on monday' },
  ],
  priority: null,
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
  recurrence_from: 'due',
  reminders: [],
  section: null,
  section_id: null,
  tags: [],
  unread: [
    { text: '/Garden', kind: 'section', reason: 'Home has no section named Garden' },
    { text: '+sara', kind: 'assignee', reason: 'Home is not shared' },
  ],
};

const show = () =>
  render(<QuickAddPreview recognised={parse} timeZone="Asia/Karachi" onKeep={() => undefined} />);

describe('quick add’s reading', () => {
  it('in Urdu: the repeat and why words stay in the title', async () => {
    await setLanguage('ur');
    show();
    expect(await screen.findByText('ہر 2 ہفتے پیر کو', { exact: false })).toBeTruthy();
    expect(screen.getByText('/Garden عنوان میں رہے گا: Home میں Garden نام کا کوئی حصہ نہیں')).toBeTruthy();
    expect(screen.getByText('+sara عنوان میں رہے گا: Home کسی کے ساتھ شیئر نہیں کی گئی')).toBeTruthy();
  });

  it('in English, as the parse wrote it', async () => {
    show();
    expect(await screen.findByText('every 2 weeks on Monday', { exact: false })).toBeTruthy();
    expect(screen.getByText('/Garden stays in the title: Home has no section named Garden')).toBeTruthy();
    expect(screen.getByText('+sara stays in the title: Home is not shared')).toBeTruthy();
  });
});
