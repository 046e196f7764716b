// A repeat in words, in a task row and under the add box. The describer (recurrence.ts with
// shared/recurrence/describe.ts, about 4 KB gzipped) loads beside the first rows rather than
// before them; until it is there a row says only "Repeats" (the rule in full as its tooltip once loaded).
import { useEffect, useState } from 'react';
import { t } from '../ui/i18n';

type Describer = typeof import('./recurrence');
let describer: Describer | null = null;
let loading: Promise<Describer> | undefined;
const load = () => {
  loading ??= import('./recurrence').then((module) => {
    describer = module;
    return module;
  });
  return loading;
};

/** The describer once loaded (asked for on first use), else null. */
export function useDescriber(): Describer | null {
  const [loaded, setLoaded] = useState(describer);
  useEffect(() => {
    if (!loaded) void load().then(setLoaded, () => undefined);
  }, [loaded]);
  return loaded;
}

/** A row's "Repeats: every Mon and Thu", with the whole rule as its tooltip. */
export function RepeatsText({ rule }: { rule: string }) {
  const words = useDescriber();
  return (
    <span className="repeats" title={words?.describeRuleFully(rule)}>
      {words ? t('Repeats: {rule}', { rule: words.describeRule(rule) }) : t('Repeats')}
    </span>
  );
}
