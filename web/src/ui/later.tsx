// A part of a screen that loads beside the task list's first rows rather than before them: the
// first load holds only what the rows need (scripts/web-size.ts counts it). Shows `fallback`
// (nothing by default) until its module is there.
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';

export function later<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
): (props: P) => ReactNode {
  const Loaded = lazy(async () => ({ default: await load() }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part, at module level.
  return function Later(props: P) {
    return (
      <Suspense fallback={fallback(props)}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
