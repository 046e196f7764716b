import type { ReactNode } from 'react';
import { describeError } from '../api/client';
import { FormError } from '../ui/Form';

/** One card of the settings screen, named by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** What went wrong with a request, in words, announced when it appears. */
export function ErrorText({ error }: { error: unknown }) {
  return <FormError>{error ? describeError(error) : null}</FormError>;
}
