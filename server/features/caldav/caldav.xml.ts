// WebDAV XML: request bodies read namespace-aware (@xmldom/xmldom; elements matched by namespace
// URI and local name, never by prefix) within limits, and the multistatus and error bodies written.
import { DOMParser, type Element } from '@xmldom/xmldom';

export const DAV = 'DAV:';
export const CALDAV = 'urn:ietf:params:xml:ns:caldav';
export const CS = 'http://calendarserver.org/ns/';
export const APPLE = 'http://apple.com/ns/ical/';

const PREFIXES: Record<string, string> = { [DAV]: 'd', [CALDAV]: 'c', [CS]: 'cs', [APPLE]: 'ic' };
const NAMESPACES = `xmlns:d="DAV:" xmlns:c="${CALDAV}" xmlns:cs="${CS}" xmlns:ic="${APPLE}"`;

/** Deepest element nesting a request may have (a calendar-query filter needs about 8). */
export const MAX_XML_DEPTH = 20;

/** A request's XML could not be read: 400 (bad XML) with a DAV error body. */
export class XmlError extends Error {}

/** A property name: namespace URI and local name. */
export interface PropName {
  ns: string;
  name: string;
}
export const key = (p: PropName) => `{${p.ns}}${p.name}`;

/** Most distinct properties one request may name (a client asks for about 30). */
export const MAX_PROPS = 100;

/**
 * Parses a request body; null for an empty one. Refuses DTDs, deep nesting (counted on the text
 * before any tree is built, so a deep body costs one pass) and bad XML.
 */
export function parseXml(body: string): Element | null {
  if (body.trim() === '') return null;
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw new XmlError('DTDs and entity declarations are not accepted');
  if (nestingOf(body) > MAX_XML_DEPTH) throw new XmlError(`XML nested deeper than ${MAX_XML_DEPTH}`);
  let failure: string | undefined;
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') failure ??= message;
    },
  });
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = parser.parseFromString(body, 'text/xml');
  } catch (error) {
    throw new XmlError(`Not well-formed XML: ${String((error as Error).message).slice(0, 200)}`);
  }
  if (failure !== undefined || !doc.documentElement)
    throw new XmlError(`Not well-formed XML: ${String(failure).slice(0, 200)}`);
  if (depthOf(doc.documentElement, 1) > MAX_XML_DEPTH)
    throw new XmlError(`XML nested deeper than ${MAX_XML_DEPTH}`);
  return doc.documentElement;
}

/**
 * How deep the elements of an XML text nest, read in one pass over its tags (comments, CDATA and
 * processing instructions skipped; quoted attribute values may hold ">"); it stops counting past
 * the limit. Malformed text is left to the parser.
 */
export function nestingOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  let at = text.indexOf('<');
  while (at !== -1 && deepest <= MAX_XML_DEPTH) {
    const next = text[at + 1];
    if (text.startsWith('<!--', at)) at = skipPast(text, '-->', at + 4);
    else if (text.startsWith('<![CDATA[', at)) at = skipPast(text, ']]>', at + 9);
    else if (next === '?' || next === '!') at = skipPast(text, '>', at + 2);
    else if (next === '/') {
      depth -= 1;
      at = skipPast(text, '>', at + 2);
    } else {
      let end = at + 1;
      let quote = '';
      for (; end < text.length; end++) {
        const c = text[end]!;
        if (quote !== '') {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (text[end - 1] !== '/') {
        depth += 1;
        deepest = Math.max(deepest, depth);
      }
      at = end + 1;
    }
    if (at === -1 || at >= text.length) break;
    at = text.indexOf('<', at);
  }
  return deepest;
}

function skipPast(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from);
  return found === -1 ? -1 : found + marker.length;
}

function depthOf(element: Element, depth: number): number {
  if (depth > MAX_XML_DEPTH) return depth;
  let max = depth;
  for (const child of children(element)) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}

/** The element children of `element`, optionally only those named (ns, name). */
export function children(element: Element, ns?: string, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (ns !== undefined && (el.namespaceURI !== ns || el.localName !== name)) continue;
    out.push(el);
  }
  return out;
}

export const child = (element: Element, ns: string, name: string): Element | undefined =>
  children(element, ns, name)[0];

export const is = (element: Element, ns: string, name: string) =>
  element.namespaceURI === ns && element.localName === name;

export const textOf = (element: Element | undefined): string => (element?.textContent ?? '').trim();

/**
 * The property names under a `<d:prop>`, each once (a name asked twice is answered once); more
 * than MAX_PROPS distinct names: XmlError.
 */
export function propNames(prop: Element): PropName[] {
  const names = new Map<string, PropName>();
  for (const el of children(prop)) {
    const name = { ns: el.namespaceURI ?? '', name: el.localName ?? '' };
    names.set(key(name), name);
    if (names.size > MAX_PROPS) throw new XmlError(`At most ${MAX_PROPS} properties in one request`);
  }
  return [...names.values()];
}

// --- Writing. ---

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** An element for a property name, with `inner` XML (empty: self-closing). */
export function element(p: PropName, inner = ''): string {
  const prefix = PREFIXES[p.ns];
  const open = prefix ? `${prefix}:${p.name}` : `x:${p.name} xmlns:x="${escapeXml(p.ns)}"`;
  const close = prefix ? `${prefix}:${p.name}` : `x:${p.name}`;
  return inner === '' ? `<${open}/>` : `<${open}>${inner}</${close}>`;
}

/** A property's value: the XML inside it, or undefined when the resource has no such property. */
export type PropValues = Map<string, string>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  424: 'Failed Dependency',
  507: 'Insufficient Storage',
};
export const status = (code: number) => `<d:status>HTTP/1.1 ${code} ${STATUS_TEXT[code] ?? ''}</d:status>`;

/** One d:response: the asked properties found in `values` in a 200 propstat, the rest in a 404 one. */
export function propResponse(href: string, asked: PropName[] | 'all', values: PropValues): string {
  const found: string[] = [];
  const missing: string[] = [];
  if (asked === 'all') {
    for (const [k, v] of values) found.push(element(unkey(k), v));
  } else {
    for (const p of asked) {
      const v = values.get(key(p));
      if (v === undefined) missing.push(element(p));
      else found.push(element(p, v));
    }
  }
  let out = `<d:response><d:href>${escapeXml(href)}</d:href>`;
  if (found.length > 0 || missing.length === 0)
    out += `<d:propstat><d:prop>${found.join('')}</d:prop>${status(200)}</d:propstat>`;
  if (missing.length > 0)
    out += `<d:propstat><d:prop>${missing.join('')}</d:prop>${status(404)}</d:propstat>`;
  return `${out}</d:response>`;
}

/** Largest multistatus answered (a first sync of 10,000 tasks with their data is about 9 MiB). */
export const MAX_RESPONSE = 24 * 1024 * 1024;

/** An answer would exceed MAX_RESPONSE: 507 with DAV:number-of-matches-within-limits. */
export class ResponseTooLarge extends Error {}

/** The d:response elements of one multistatus, refused as they are added once past MAX_RESPONSE. */
export class Responses {
  readonly items: string[] = [];
  private size = 0;

  push(response: string): void {
    this.size += response.length;
    if (this.size > MAX_RESPONSE)
      throw new ResponseTooLarge('The answer would be too large: ask for fewer properties or resources');
    this.items.push(response);
  }
}

export const statusResponse = (href: string, code: number) =>
  `<d:response><d:href>${escapeXml(href)}</d:href>${status(code)}</d:response>`;

function unkey(k: string): PropName {
  const end = k.indexOf('}');
  return { ns: k.slice(1, end), name: k.slice(end + 1) };
}

export const multistatus = (responses: string[] | Responses, extra = '') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<d:multistatus ${NAMESPACES}>${(Array.isArray(responses) ? responses : responses.items).join('')}${extra}</d:multistatus>`;

/** A DAV error body with one precondition element, e.g. `c:supported-calendar-component`. */
export const errorBody = (precondition: string, message?: string, inner = '') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<d:error ${NAMESPACES}>${inner === '' ? `<${precondition}/>` : `<${precondition}>${inner}</${precondition}>`}${
    message ? `<d:responsedescription>${escapeXml(message)}</d:responsedescription>` : ''
  }</d:error>`;

export const href = (path: string) => `<d:href>${escapeXml(path)}</d:href>`;
