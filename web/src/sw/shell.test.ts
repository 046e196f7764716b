import { describe, expect, it } from 'vitest';
import { assetsOf, chunksOf } from './shell';

describe('the shell the worker caches', () => {
  it('reads the files index.html loads', () => {
    const html =
      '<script type="module" crossorigin src="/assets/main-C1.js"></script><link rel="stylesheet" href="/assets/main-D2.css">';
    expect(assetsOf(html)).toEqual(['/assets/main-C1.js', '/assets/main-D2.css']);
  });

  it('reads the chunks a script loads on demand, as Vite writes them, once each', () => {
    // What Vite's output holds for `lazy(() => import('./TaskEditor'))` and a chunk with its styles.
    const script =
      'const a=r(()=>n(()=>import("./TaskEditor-qA8hAbjR.js"),[]));' +
      'const b=r(()=>n(()=>import("./CalendarScreen-CL6Lfc1i.js"),__vite__mapDeps([0,1])));' +
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/CalendarScreen-CL6Lfc1i.js","assets/CalendarScreen-B_12Jp-s.css"])))=>i.map(i=>d[i]);' +
      'fetch("/api/me/tasks.json");const x="./not a chunk.js";';
    expect(chunksOf(script)).toEqual([
      '/assets/TaskEditor-qA8hAbjR.js',
      '/assets/CalendarScreen-CL6Lfc1i.js',
      '/assets/CalendarScreen-B_12Jp-s.css',
    ]);
  });
});
