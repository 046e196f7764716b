// The catalog files on disk, for Node (the server and the command line; the web app bundles its
// catalogs instead): the languages that have a folder, and one part of a language's catalog. Each
// caller names the folder (shared/i18n/catalogs) from where it runs: the server from its bundle too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SOURCE_LANGUAGE } from './languages.js';

/** English and every language with a catalog folder. */
export function catalogLanguages(dir: string): [string, ...string[]] {
  return [
    SOURCE_LANGUAGE,
    ...(existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
          .map((d) => d.name)
          .sort()
      : []),
  ];
}

/** One part of a language's catalog (`server`, `cli`, `shared`), or none when it has no such file. */
export function readCatalog(dir: string, language: string, part: string): Record<string, string> {
  const file = `${dir}/${language}/${part}.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}
