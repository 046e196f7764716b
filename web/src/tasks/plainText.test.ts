import { describe, expect, it } from 'vitest';
import { markdownAsText } from './plainText';

describe('a description previewed as plain text', () => {
  it.each([
    ['**Book** the [hotel](https://example.com/h)', 'Book the hotel'],
    ['__ضرور__ کل تک بھیجیں', 'ضرور کل تک بھیجیں'],
    ['*soon*, _really_', 'soon, really'],
    ['# Plan\n- eggs\n* milk\n> quoted', 'Plan\neggs\nmilk\nquoted'],
    ['![receipt](https://x.example/r.png) and more', 'receipt and more'],
    ['2 * 3 * 4 stays', '2 * 3 * 4 stays'],
    ['<b onclick="x()">now</b>', '<b onclick="x()">now</b>'],
  ])('%j reads %j', (markdown, text) => {
    expect(markdownAsText(markdown)).toBe(text);
  });
});
