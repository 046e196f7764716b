-- Per-list task counts and each owner's number of subtasks (docs/decisions/0112-list-counts-and-list-pages.md):
-- the table and column, then their first values and the trigger functions that keep them.
CREATE TABLE "list_task_counts" (
	"list_key" bigint NOT NULL,
	"user_id" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"top_total" integer DEFAULT 0 NOT NULL,
	"top_completed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "list_task_counts_pkey" PRIMARY KEY("list_key","user_id")
);
--> statement-breakpoint
ALTER TABLE "task_counts" ADD COLUMN "subtasks" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "list_task_counts_user_idx" ON "list_task_counts" USING btree ("user_id");--> statement-breakpoint
-- Per-list task counts (list_key 0 is the owner's Inbox) and each owner's number of subtasks, kept
-- by the task_counts triggers of 0019, whose functions now keep both tables in one statement each
-- (docs/decisions/0112-list-counts-and-list-pages.md).
INSERT INTO "list_task_counts" ("list_key", "user_id", "total", "completed", "top_total", "top_completed")
  SELECT coalesce("list_id", 0), "user_id", count(*)::int, (count(*) FILTER (WHERE "completed"))::int,
         (count(*) FILTER (WHERE "parent_id" IS NULL))::int,
         (count(*) FILTER (WHERE "completed" AND "parent_id" IS NULL))::int
    FROM "tasks" GROUP BY 1, 2;--> statement-breakpoint
UPDATE "task_counts" t SET "subtasks" = s.n
  FROM (SELECT "user_id", count(*)::int AS n FROM "tasks" WHERE "parent_id" IS NOT NULL GROUP BY 1) s
  WHERE t."user_id" = s."user_id";--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH d AS MATERIALIZED (
    SELECT c.user_id, coalesce(c.list_id, 0) AS list_key, count(*)::int AS n,
           (count(*) FILTER (WHERE c.completed))::int AS done,
           (count(*) FILTER (WHERE c.parent_id IS NULL))::int AS top,
           (count(*) FILTER (WHERE c.completed AND c.parent_id IS NULL))::int AS top_done
      FROM new_rows c GROUP BY 1, 2
  ), owners AS (
    INSERT INTO task_counts AS t (user_id, total, completed, subtasks)
      SELECT d.user_id, sum(d.n)::int, sum(d.done)::int, sum(d.n - d.top)::int FROM d
        GROUP BY d.user_id ORDER BY d.user_id
    ON CONFLICT (user_id) DO UPDATE
      SET total = t.total + excluded.total, completed = t.completed + excluded.completed,
          subtasks = t.subtasks + excluded.subtasks
  )
  INSERT INTO list_task_counts AS l (list_key, user_id, total, completed, top_total, top_completed)
    SELECT d.list_key, d.user_id, d.n, d.done, d.top, d.top_done FROM d ORDER BY d.list_key, d.user_id
  ON CONFLICT (list_key, user_id) DO UPDATE
    SET total = l.total + excluded.total, completed = l.completed + excluded.completed,
        top_total = l.top_total + excluded.top_total, top_completed = l.top_completed + excluded.top_completed;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates change neither the owner, the list, the parent nor the completion: nothing to
  -- count, no row to lock.
  WITH d AS MATERIALIZED (
    SELECT x.user_id, x.list_key, sum(x.n)::int AS n, sum(x.done)::int AS done, sum(x.top)::int AS top,
           sum(x.top_done)::int AS top_done
      FROM (
        SELECT c.user_id, coalesce(c.list_id, 0) AS list_key, 1 AS n, c.completed::int AS done,
               (c.parent_id IS NULL)::int AS top, (c.completed AND c.parent_id IS NULL)::int AS top_done
          FROM new_rows c
        UNION ALL
        SELECT o.user_id, coalesce(o.list_id, 0), -1, -(o.completed::int), -((o.parent_id IS NULL)::int),
               -((o.completed AND o.parent_id IS NULL)::int)
          FROM old_rows o
      ) x
      GROUP BY 1, 2 HAVING sum(x.n) <> 0 OR sum(x.done) <> 0 OR sum(x.top) <> 0 OR sum(x.top_done) <> 0
  ), owners AS (
    INSERT INTO task_counts AS t (user_id, total, completed, subtasks)
      SELECT d.user_id, sum(d.n)::int, sum(d.done)::int, sum(d.n - d.top)::int FROM d
        GROUP BY d.user_id HAVING sum(d.n) <> 0 OR sum(d.done) <> 0 OR sum(d.n - d.top) <> 0
        ORDER BY d.user_id
    ON CONFLICT (user_id) DO UPDATE
      SET total = t.total + excluded.total, completed = t.completed + excluded.completed,
          subtasks = t.subtasks + excluded.subtasks
  )
  INSERT INTO list_task_counts AS l (list_key, user_id, total, completed, top_total, top_completed)
    SELECT d.list_key, d.user_id, d.n, d.done, d.top, d.top_done FROM d ORDER BY d.list_key, d.user_id
  ON CONFLICT (list_key, user_id) DO UPDATE
    SET total = l.total + excluded.total, completed = l.completed + excluded.completed,
        top_total = l.top_total + excluded.top_total, top_completed = l.top_completed + excluded.top_completed;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH d AS MATERIALIZED (
    SELECT o.user_id, coalesce(o.list_id, 0) AS list_key, count(*)::int AS n,
           (count(*) FILTER (WHERE o.completed))::int AS done,
           (count(*) FILTER (WHERE o.parent_id IS NULL))::int AS top,
           (count(*) FILTER (WHERE o.completed AND o.parent_id IS NULL))::int AS top_done
      FROM old_rows o GROUP BY 1, 2
  ), owners AS (
    UPDATE task_counts t SET total = t.total - s.n, completed = t.completed - s.done, subtasks = t.subtasks - s.sub
      FROM (
        SELECT d.user_id, sum(d.n)::int AS n, sum(d.done)::int AS done, sum(d.n - d.top)::int AS sub
          FROM d GROUP BY d.user_id
      ) s
      WHERE t.user_id = s.user_id
  )
  UPDATE list_task_counts l
    SET total = l.total - d.n, completed = l.completed - d.done, top_total = l.top_total - d.top,
        top_completed = l.top_completed - d.top_done
    FROM d WHERE l.list_key = d.list_key AND l.user_id = d.user_id;
  RETURN NULL;
END $$;
