// The nesting limit of subtasks, apart from tasks.tree.ts so that the import contract (which runs in
// a worker, without the database) can check files against it.

/** Levels of tasks: a top-level task and three levels of subtasks below it. */
export const MAX_DEPTH = 4;
