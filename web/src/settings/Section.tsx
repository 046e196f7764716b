import type { ReactNode } from 'react';
import { describeError } from '../api/client';

/** One card of the settings screen, named by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function ErrorText({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="notice notice-error">
      {describeError(error)}
    </p>
  );
}
