import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, safeUrl } from './Markdown';

const SAFE_TAGS = [
  'div',
  'p',
  'span',
  'a',
  'strong',
  'em',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'blockquote',
  'br',
];

describe('Markdown written by people', () => {
  it('formats emphasis, lists, code and links; links open apart with noopener nofollow', () => {
    const { container } = render(
      <Markdown text={'**Bold** and _soft_\n\n- one\n- two\n\n`code` [docs](https://example.com/a?b=1)'} />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('Bold');
    expect(container.querySelector('em')?.textContent).toBe('soft');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(container.querySelector('code')?.textContent).toBe('code');
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/a?b=1');
    expect(link.getAttribute('rel')).toBe('noopener nofollow noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('never makes markup, scripts or dangerous links from what was typed', () => {
    for (const text of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](data:text/html;base64,PHNjcmlwdD4=)',
      '[click](vbscript:msgbox)',
      '<iframe src="https://evil.example"></iframe>',
      '<div onclick="alert(1)">hi</div>',
    ]) {
      const { container } = render(<Markdown text={text} />);
      for (const el of container.querySelectorAll('*')) {
        expect(SAFE_TAGS, `${text}: <${el.localName}>`).toContain(el.localName);
        for (const attr of el.attributes) expect(attr.name, text).not.toMatch(/^on/i);
        const href = el.getAttribute('href');
        if (href !== null) expect(href, text).toMatch(/^(https?:|mailto:|\/)/);
      }
      // What was typed is still there to read, as text.
      expect(container.textContent?.length, text).toBeGreaterThan(0);
    }
  });

  it('shows images as links to them: nothing is loaded from elsewhere', () => {
    const { container } = render(<Markdown text="![a cat](https://example.com/cat.png)" />);
    expect(container.querySelector('img')).toBeNull();
    const link = container.querySelector('a')!;
    expect(link.textContent).toBe('a cat');
    expect(link.getAttribute('rel')).toBe('noopener nofollow noreferrer');
  });

  it('allows only http(s), mailto, our own paths and anchors', () => {
    expect(safeUrl('https://x.example')).toBe('https://x.example');
    expect(safeUrl('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(safeUrl('/?task=3')).toBe('/?task=3');
    expect(safeUrl('//evil.example')).toBeNull();
    expect(safeUrl('/\\evil.example')).toBeNull();
    expect(safeUrl('/\tjavascript:alert(1)')).toBeNull();
    expect(safeUrl('https://x.example/a b')).toBeNull();
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('ftp://x')).toBeNull();
  });
});
