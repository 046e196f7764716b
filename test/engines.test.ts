// Every installed package declares engines that include every Node version the project claims
// (package.json's engines: 20.19 and later), read from package-lock.json: a dependency that
// declares Node 22 (cookie 2, content-disposition 3 did) is pinned or overridden to one that does not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

type Version = [number, number, number];

const parse = (text: string): Version => {
  const [major, minor, patch] = text
    .replace(/^v/, '')
    .split('.')
    .map((part) => (part === 'x' || part === '*' || part === undefined ? 0 : Number(part)));
  return [major ?? 0, minor ?? 0, patch ?? 0];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` satisfies one comparator of an npm range (>=, >, <=, <, ^, ~, =, x ranges). */
function satisfiesOne(version: Version, comparator: string): boolean {
  const [, op = '', rest = ''] = /^(>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(comparator) ?? [];
  const parts = rest.replace(/^v/, '').split('.');
  const wild = (i: number) => parts[i] === undefined || parts[i] === 'x' || parts[i] === '*';
  const bound = parse(rest);
  const c = compare(version, bound);
  if (op === '>=') return c >= 0;
  if (op === '>') return c > 0;
  if (op === '<=') return c <= 0;
  if (op === '<') return c < 0;
  if (op === '^') return c >= 0 && version[0] === bound[0] && (bound[0] > 0 || version[1] === bound[1]);
  if (op === '~') return c >= 0 && version[0] === bound[0] && version[1] === bound[1];
  // A bare version: exact, or a range where parts are left out or wild ("20", "10.x", "6.*").
  return (
    version[0] === bound[0] && (wild(1) || version[1] === bound[1]) && (wild(2) || version[2] === bound[2])
  );
}

/** Whether `version` satisfies the npm range `range` ("a b || c"). */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => satisfiesOne(v, comparator)),
  );
}

describe('declared engines', () => {
  it('reads npm ranges as npm does', () => {
    expect(satisfies('20.19.0', '>=22')).toBe(false);
    expect(satisfies('20.19.0', '>= 18')).toBe(true);
    expect(satisfies('20.19.0', '^18 || >=20')).toBe(true);
    expect(satisfies('20.19.0', '>=22.12.0 || >=20.19.0 <21.0.0')).toBe(true);
    expect(satisfies('20.19.0', '^20.0.0 || >=22.0.0')).toBe(true);
    expect(satisfies('20.18.9', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('20.19.0', '10.* || >= 12.*')).toBe(true);
    expect(satisfies('24.0.0', '^20.0.0 || ^22.0.0')).toBe(false);
  });

  it('every package in the lockfile runs on every Node the project claims (20.19 on, 22, 24)', () => {
    const claimed = read('package.json').engines.node as string;
    expect(claimed).toBe('>=20.19');
    const versions = ['20.19.0', '22.12.0', '24.0.0'].filter((v) => satisfies(v, claimed));
    expect(versions).toHaveLength(3);
    const lock = read('package-lock.json') as {
      packages: Record<string, { version?: string; engines?: { node?: string } }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([name, info]) => name !== '' && typeof info.engines?.node === 'string')
      .flatMap(([name, info]) =>
        versions
          .filter((v) => !satisfies(v, info.engines!.node!))
          .map((v) => `${name}@${info.version} (node ${info.engines!.node}) refuses ${v}`),
      );
    expect(refusing).toEqual([]);
  });
});
