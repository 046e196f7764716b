// Who does a task in a shared list: its list's owner or one of its members, or nobody.
import { Field, Select } from '../ui/Form';
import { t } from '../ui/i18n';
import { useMembers } from './api';

export function AssigneeField({
  listId,
  value,
  onChange,
}: {
  listId: number;
  value: string | null;
  onChange: (assignee: string | null) => void;
}) {
  const members = useMembers(listId);
  const people = members.data?.members ?? [];
  // The current assignee stays choosable while the people load (or after they left).
  const known = value === null || people.some((p) => p.user_id === value);
  return (
    <Field label={t('Assignee')}>
      <Select
        value={value ?? ''}
        disabled={members.isPending}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('Unassigned')}</option>
        {!known && value && <option value={value}>{t('Someone no longer in the list')}</option>}
        {people.map((p) => (
          <option key={p.user_id} value={p.user_id}>
            {p.name}
            {p.email ? ` (${p.email})` : ''}
          </option>
        ))}
      </Select>
    </Field>
  );
}
