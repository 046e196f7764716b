import { describe, expect, it } from 'vitest';
import { markdownAsText } from './plainText';

describe('a description previewed as plain text', () => {
  it.each([
    ['**Book** the [hotel](https://example.com/h)', 'Book the hotel'],
    ['__ضرور__ کل تک بھیجیں', 'ضرور کل تک بھیجیں'],
    ['*soon*, _really_ ~~not~~ `now`', 'soon, really not now'],
    ['# Plan\n- eggs\n- [x] milk\n1. bread', 'Plan\neggs\nmilk\nbread'],
    ['> quoted\n---\ntext', 'quoted\ntext'],
    ['![receipt](https://x.example/r.png) and <https://example.com>', 'receipt and https://example.com'],
    ['snake_case_name and 2*3*4 stay', 'snake_case_name and 2*3*4 stay'],
    ['\\*not emphasis\\*', '*not emphasis*'],
    ['<b onclick="x()">now</b>', '<b onclick="x()">now</b>'],
    ['[a link](https://example.com/a_(b))', 'a link'],
  ])('%j reads %j', (markdown, text) => {
    expect(markdownAsText(markdown)).toBe(text);
  });
});
