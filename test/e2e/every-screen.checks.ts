// What the every-screen suite (every-screen.e2e.ts) checks on each screen: no word in English
// letters outside the names that stay in their own letters, the document's language and direction
// and nothing wider than the window, and no Nastaliq letters cut off by their box.
import type { Page } from 'playwright-core';

/** The languages the suite passes through: Urdu and the pseudo-locale. */
export type Language = 'ur' | 'en-XA';

/**
 * Names that stay in their own letters in any language (regular expressions): e-mail and web
 * addresses (and the example address ann), products, protocols and file formats, keys of the
 * keyboard, environment variables, commands and files named in the help, rules and syntax a person
 * types (RRULE, #tags, !priority, @tag, am/pm, the filter language's words), time zones' IANA
 * names, a model's name, and the clock's AM/PM (Intl's Urdu, as CLDR has it).
 */
const NAMES = [
  String.raw`\S+@\S+`,
  String.raw`(https?|webcal)://\S+`,
  String.raw`\b(Doable|Todoist|TickTick|CalDAV|DAVx|API|JSON|CSV|ZIP|QR|iCalendar|Markdown|UTC|PIN)\b`,
  String.raw`\b(OpenAI|Ollama|llama\.cpp|vLLM|LM Studio|Tasks\.org|Thunderbird)\b`,
  String.raw`\b(Google|Apple)( Calendar| Reminders)?\b|\bOutlook\b`,
  String.raw`\b(Chrome|Firefox|Safari|Edge|Linux|Windows|macOS|Android|iOS|iPhone|iPad)\b`,
  String.raw`\b(HTTPS|https|localhost)\b`,
  String.raw`\b(Alt|Shift|Ctrl|Cmd|Enter|Esc|Tab|Space)\b`,
  String.raw`\b[A-Z][A-Z0-9]*_[A-Z0-9_*]*|\bSIGNUP\b|\bnpm run \w+|\bdocs/[\w./-]+`,
  String.raw`\bRRULE\b|\bFREQ=\S+`,
  String.raw`[#!@][\w-]+\*?|\bam/pm\b|\(today \| overdue\)`,
  String.raw`\bann\b|\S+\.(json|csv|zip)\b`,
  String.raw`\b[A-Z][A-Za-z_-]+/[A-Za-z_/+-]+\b`,
  String.raw`\bqwen[\w.:-]*`,
  String.raw`\b[AP]M\b`,
];

/**
 * The pseudo-locale formats dates as English does (Intl has no en-XA): its day and month names are
 * Intl's, not messages.
 */
const INTL_ENGLISH = [
  String.raw`\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b`,
  String.raw`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b`,
  String.raw`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b`,
];

/**
 * Visible text (and the labels a screen reader reads: aria-label, placeholder, title, alt) with a
 * word in English letters besides NAMES: what did not come from a catalog.
 */
export const latinWords = (page: Page, language: Language): Promise<string[]> =>
  page.evaluate(
    (sources) => {
      const names = sources.map((source) => new RegExp(source, 'g'));
      // Marked as another language (the switch names each language in itself).
      const otherLanguage = (el: Element) => el.closest('[lang]') !== document.documentElement;
      const found = new Set<string>();
      const latin = (text: string) =>
        /[A-Za-z]{2,}/.test(names.reduce((left, name) => left.replace(name, ''), text));
      const skipped = (el: Element) =>
        el.closest('kbd, code, script, style, [aria-hidden="true"]') !== null || otherLanguage(el);
      const shown = (el: Element) => {
        const owner = el.closest('select') ?? el;
        return owner.checkVisibility();
      };
      if (latin(document.title)) found.add(`title: ${document.title}`);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent ?? '';
        if (!parent || skipped(parent) || !latin(text) || !shown(parent)) continue;
        found.add(text.trim().slice(0, 80));
      }
      for (const el of Array.from(
        document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]'),
      )) {
        if (skipped(el) || !shown(el)) continue;
        for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
          const value = el.getAttribute(attribute);
          if (value && latin(value)) found.add(`${attribute}: ${value.slice(0, 80)}`);
        }
      }
      return [...found];
    },
    [...NAMES, ...(language === 'en-XA' ? INTL_ENGLISH : [])],
  );

/**
 * The document's language and direction, how far it reaches past the window, and what reaches
 * past it (the innermost such elements: where to look).
 */
export const layout = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    // The skip link waits off the screen until it is focused.
    const past = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && (rect.left < -1 || rect.right > width + 1) && !el.closest('.skip-link');
    };
    // Past the screen, or its text past its own box (a word that does not break).
    const spills = (el: Element) =>
      el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible';
    const wide = Array.from(document.body.querySelectorAll('*'))
      .filter(
        (el) =>
          (past(el) && !Array.from(el.children).some(past)) ||
          (spills(el) && !Array.from(el.children).some(spills) && el.clientWidth > 0),
      )
      .slice(0, 4)
      .map((el) => {
        const rect = el.getBoundingClientRect();
        const text = (el.textContent ?? '').trim().slice(0, 30);
        return `${el.tagName.toLowerCase()}.${el.className} ${Math.round(rect.left)}..${Math.round(rect.right)} ${text}`;
      });
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      over: Math.max(0, document.documentElement.scrollWidth - width),
      wide,
    };
  });

/**
 * Headings (and the sidebar's list names) whose letters are cut: Nastaliq climbs and falls further
 * than Latin letters, past a line box too tight for it. A text's ink (the canvas's measure of its
 * letters in its font, from its baseline) must stay inside every box that clips it and, in the page
 * at its top, below the sticky app header.
 */
export const cutText = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    const context = document.createElement('canvas').getContext('2d');
    const found: string[] = [];
    if (!context) return ['no canvas'];
    for (const el of Array.from(document.querySelectorAll('h1, h2, h3, legend, .sidebar-label'))) {
      const text = el.textContent?.trim() ?? '';
      if (!text || !el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const metrics = context.measureText(text);
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = Array.from(range.getClientRects()).filter((r) => r.height > 0);
      if (lines.length === 0) continue;
      const first = lines[0]!;
      const last = lines[lines.length - 1]!;
      const inkTop = first.top + metrics.fontBoundingBoxAscent - metrics.actualBoundingBoxAscent;
      const inkBottom = last.bottom - metrics.fontBoundingBoxDescent + metrics.actualBoundingBoxDescent;
      const name = text.slice(0, 40);
      for (let box: Element | null = el; box && box !== document.body; box = box.parentElement) {
        // A box that scrolls shows the rest when scrolled (and boxes around it, what it shows);
        // one that hides cuts the letters.
        const clips = getComputedStyle(box).overflowY;
        if (clips === 'auto' || clips === 'scroll') break;
        if (clips !== 'hidden' && clips !== 'clip') continue;
        const rect = box.getBoundingClientRect();
        if (inkTop < rect.top - 1 || inkBottom > rect.bottom + 1) {
          const by = Math.round(Math.max(rect.top - inkTop, inkBottom - rect.bottom));
          found.push(`${name}: ${by} px cut by ${box.tagName.toLowerCase()}.${box.className}`);
          break;
        }
      }
      if (window.scrollY === 0 && !el.closest('dialog, .app-header, nav, aside') && inkTop < header - 1)
        found.push(`${name}: ${Math.round(header - inkTop)} px under the header`);
    }
    return found;
  });
