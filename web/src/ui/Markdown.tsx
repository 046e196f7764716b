// Markdown written by people (comments, task descriptions) shown as formatted text, safely: it
// becomes React elements, never HTML (raw HTML in it stays text), links only to http(s), mailto and
// this app's own paths, opened in a new tab with rel="noopener nofollow noreferrer", and images are
// shown as links (nothing is loaded from elsewhere). Loaded with the task editor, not the first page.
import MarkdownToJsx from 'markdown-to-jsx/react';
import type { AnchorHTMLAttributes, ImgHTMLAttributes } from 'react';

// An own path never starts with two slashes or a slash and a backslash: browsers read both as
// another host ("/\evil.example" is "//evil.example"). Control characters and spaces inside are
// refused too (browsers strip them, which can turn a harmless-looking address into another).
const SAFE_URL = /^(https?:\/\/|mailto:|\/(?![/\\])|#)/i;

/** A link's or image's address when it is one we allow, else null (the text stays, without a link). */
export function safeUrl(value: string): string | null {
  const url = value.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  return SAFE_URL.test(url) && !/[\u0000-\u001f\u007f\s]/u.test(url) ? url : null;
}

function Link({ href, children, title }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (!href) return <>{children}</>;
  return (
    <a href={href} title={title} target="_blank" rel="noopener nofollow noreferrer">
      {children}
    </a>
  );
}

/** An image as a link to it, by its alt text: nothing is fetched from another server. */
function Image({ src, alt }: ImgHTMLAttributes<HTMLImageElement>) {
  if (typeof src !== 'string' || !src) return <>{alt}</>;
  return (
    <a href={src} target="_blank" rel="noopener nofollow noreferrer">
      {alt || src}
    </a>
  );
}

const OPTIONS = {
  disableParsingRawHTML: true,
  forceBlock: true,
  sanitizer: (value: string) => safeUrl(value),
  overrides: { a: { component: Link }, img: { component: Image } },
};

export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ? `markdown ${className}` : 'markdown'}>
      <MarkdownToJsx options={OPTIONS}>{text}</MarkdownToJsx>
    </div>
  );
}
