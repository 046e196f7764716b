// A person as their initials (lists' headers, comments, the Share dialog).
import { initials } from './api';

export function Avatar({ name, label }: { name: string; label?: string }) {
  return (
    <span className="avatar" title={label ?? name} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
