// What an address that names nothing shows: a page that does not exist, or a list that is not
// there for you; a heading that says so, a line why, and a link to somewhere that is.
import type { ReactNode } from 'react';
import { onLinkClick } from './router';

export function NotFound({
  title,
  back,
  children,
}: {
  title: string;
  back: { href: string; label: string };
  children?: ReactNode;
}) {
  return (
    <div className="state">
      <h1>{title}</h1>
      {children}
      <p>
        <a href={back.href} onClick={onLinkClick}>
          {back.label}
        </a>
      </p>
    </div>
  );
}
