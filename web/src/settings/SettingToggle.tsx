// One on/off setting saved the moment it changes, with a toast saying what now happens
// (the reminder channels and the email choices under Settings → Notifications).
import type { ReactNode } from 'react';
import { CheckboxField } from '../ui/Form';

export function SettingToggle({
  id,
  checked,
  disabled,
  label,
  hintId,
  onChange,
}: {
  id: string;
  checked: boolean;
  disabled: boolean;
  label: ReactNode;
  hintId?: string;
  onChange: (on: boolean) => void;
}) {
  return (
    <CheckboxField
      id={id}
      label={label}
      checked={checked}
      disabled={disabled}
      aria-describedby={hintId}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
