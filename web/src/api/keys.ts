// The query key every task query sits under (the list, the counts, the tags, each task): a write
// anywhere (a list deleted, an invitation taken, tasks imported) refreshes them all with one
// invalidate, without knowing the task screen's keys.
export const tasksRoot = ['tasks'] as const;
