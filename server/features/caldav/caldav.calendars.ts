// A calendar over CalDAV: MKCALENDAR, extended MKCOL and PROPPATCH.
import type { Database } from '../../platform/db/client.js';
import { caldavCollections } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { ListNameSchema } from '../lists/lists.schema.js';
import { createList, updateList } from '../lists/lists.service.js';
import {
  type Ctx,
  collectionOr404,
  collectionPath,
  DAV_HEADER,
  multi,
  p,
  type Target,
} from './caldav.request.js';
import { assertMay, type Collection, DavRefusal, findCollection, INBOX } from './caldav.service.js';
import {
  APPLE,
  CALDAV,
  child,
  children,
  DAV,
  escapeXml,
  href,
  is,
  multistatus,
  type PropName,
  parseXml,
  status,
  textOf,
  XmlError,
} from './caldav.xml.js';

// --- MKCALENDAR, extended MKCOL, PROPPATCH ---

/** #RRGGBB or #RRGGBBAA (Apple) as ours, #rrggbb. */
function colorOf(value: string): string | null {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value.trim());
  if (!m) throw new DavRefusal(403, null, 'calendar-color must be #RRGGBB or #RRGGBBAA');
  return `#${m[1]!.toLowerCase()}`;
}

export async function mkcalendar(ctx: Ctx, target: Target) {
  if (target.kind !== 'collection') {
    throw new DavRefusal(403, 'c:calendar-collection-location-ok', 'Make calendars in the calendar home');
  }
  const root = parseXml(ctx.body);
  const mkcol = ctx.request.method === 'MKCOL';
  if (root && !(mkcol ? is(root, DAV, 'mkcol') : is(root, CALDAV, 'mkcalendar'))) {
    throw new XmlError(mkcol ? 'Expected a DAV:mkcol body' : 'Expected a mkcalendar body');
  }
  const props = root
    ? children(root, DAV, 'set').flatMap((s) => children(s, DAV, 'prop').flatMap((x) => children(x)))
    : [];
  if (mkcol) {
    const type = props.find((x) => is(x, DAV, 'resourcetype'));
    if (!type || !child(type, CALDAV, 'calendar')) {
      throw new DavRefusal(403, 'd:valid-resourcetype', 'Only calendars can be made here');
    }
  }
  let name: string | undefined;
  let color: string | null | undefined;
  for (const prop of props) {
    if (is(prop, DAV, 'displayname')) name = textOf(prop);
    else if (is(prop, APPLE, 'calendar-color')) color = colorOf(textOf(prop));
    else if (is(prop, CALDAV, 'supported-calendar-component-set')) {
      const comps = children(prop, CALDAV, 'comp').map((x) => (x.getAttribute('name') ?? '').toUpperCase());
      if (!comps.includes('VTODO')) {
        throw new DavRefusal(403, 'c:supported-calendar-component', 'Calendars here hold tasks (VTODO)');
      }
    }
  }
  await makeCollection(ctx.db, ctx.userId, target.segment, { name: name || undefined, color });
  return ctx.reply.code(201).header('dav', DAV_HEADER).header('content-length', '0').send();
}

export async function proppatch(ctx: Ctx, target: Target) {
  if (target.kind !== 'collection')
    throw new DavRefusal(
      403,
      'd:cannot-modify-protected-property',
      'Only calendars have properties to change',
    );
  const c = await collectionOr404(ctx, target.segment);
  const root = parseXml(ctx.body);
  if (!root || !is(root, DAV, 'propertyupdate')) throw new XmlError('Expected a DAV:propertyupdate body');
  const patch: { name?: string; color?: string | null; position?: number } = {};
  const ok: PropName[] = [];
  const refused: PropName[] = [];
  for (const op of children(root)) {
    const setting = is(op, DAV, 'set');
    if (!setting && !is(op, DAV, 'remove')) continue;
    for (const prop of children(op, DAV, 'prop').flatMap((x) => children(x))) {
      const name = p(prop.namespaceURI ?? '', prop.localName ?? '');
      if (is(prop, DAV, 'displayname') && setting && textOf(prop) !== '') patch.name = textOf(prop);
      else if (is(prop, APPLE, 'calendar-color')) patch.color = setting ? colorOf(textOf(prop)) : null;
      else if (is(prop, APPLE, 'calendar-order') && setting && Number.isFinite(Number(textOf(prop))))
        patch.position = Number(textOf(prop));
      else {
        refused.push(name);
        continue;
      }
      ok.push(name);
    }
  }
  const path = collectionPath(ctx.userId, c);
  if (refused.length > 0) {
    // Atomic (RFC 4918 9.2): nothing is applied; the refused get 403, the others 424.
    const stat = (names: PropName[], code: number) =>
      names.length === 0
        ? ''
        : `<d:propstat><d:prop>${names.map((n) => `<${n.ns === DAV ? 'd' : n.ns === APPLE ? 'ic' : n.ns === CALDAV ? 'c' : 'x'}:${n.name}${n.ns === DAV || n.ns === APPLE || n.ns === CALDAV ? '' : ` xmlns:x="${escapeXml(n.ns)}"`}/>`).join('')}</d:prop>${status(code)}</d:propstat>`;
    return multi(
      ctx.reply,
      multistatus([`<d:response>${href(path)}${stat(refused, 403)}${stat(ok, 424)}</d:response>`]),
    );
  }
  if (ok.length > 0) {
    try {
      await updateCollection(ctx.db, ctx.userId, c, patch);
    } catch (error) {
      if (error instanceof AppError && error.status === 422) throw new DavRefusal(403, null, error.message);
      throw error;
    }
  }
  const props = ok.map((n) => `<${n.ns === DAV ? 'd' : 'ic'}:${n.name}/>`).join('');
  return multi(
    ctx.reply,
    multistatus([
      `<d:response>${href(path)}<d:propstat><d:prop>${props}</d:prop>${status(200)}</d:propstat></d:response>`,
    ]),
  );
}

// --- The lists behind them. ---

/** A display name as a list name (the REST API's rules), or 403. */
function listName(name: string): string {
  const parsed = ListNameSchema.safeParse(name);
  if (!parsed.success)
    throw new DavRefusal(403, null, `displayname: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** MKCALENDAR / extended MKCOL: a new list that answers at `slug`. */
export async function makeCollection(
  db: Database,
  userId: string,
  slug: string,
  props: { name?: string | undefined; color?: string | null | undefined },
): Promise<void> {
  if (slug === INBOX || (await findCollection(db, userId, slug))) {
    throw new DavRefusal(405, 'd:resource-must-be-null', 'A calendar is already there');
  }
  if (slug.length > 200 || /^[1-9]\d*$/.test(slug)) {
    throw new DavRefusal(403, 'c:calendar-collection-location-ok', 'Choose another name for the calendar');
  }
  // createList reads on the driver itself (not inside a transaction): the slug follows the list.
  // Its cap on lists per account is the cap on calendars (RFC 4331's quota precondition past it).
  const list = await createList(db, userId, {
    name: listName(props.name ?? slug),
    ...(props.color ? { color: props.color } : {}),
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 409)
      throw new DavRefusal(507, 'd:quota-not-exceeded', error.message);
    throw error;
  });
  // A slug left by a list deleted in Doable is taken over.
  await db
    .insert(caldavCollections)
    .values({ userId, listId: list.id, slug })
    .onConflictDoUpdate({
      target: [caldavCollections.userId, caldavCollections.slug],
      set: { listId: list.id },
    });
}

/** PROPPATCH: renames or recolours a list (its owner only). */
export async function updateCollection(
  db: Database,
  userId: string,
  c: Collection,
  patch: { name?: string; color?: string | null; position?: number },
): Promise<void> {
  if (patch.name !== undefined) patch.name = listName(patch.name);
  if (c.listId === null)
    throw new DavRefusal(403, 'd:cannot-modify-protected-property', 'The Inbox cannot be renamed');
  assertMay(c, 'update');
  await updateList(db, userId, c.listId, patch);
}
