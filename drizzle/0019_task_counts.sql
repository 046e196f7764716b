-- Per-owner task counts kept by triggers, so a page of all of an owner's tasks (or all open or
-- done ones) reads its count from one row (docs/decisions/0101-task-counts-per-owner.md).
CREATE TABLE "task_counts" (
	"user_id" text PRIMARY KEY NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
INSERT INTO "task_counts" ("user_id", "total", "completed")
  SELECT "user_id", count(*)::int, (count(*) FILTER (WHERE "completed"))::int FROM "tasks" GROUP BY "user_id";--> statement-breakpoint
-- Keeps task_counts in step with every write to tasks, once per statement (transition tables, as
-- the event triggers of 0014 do). Named so that they fire after tasks_events_*: the owner's event
-- lock is taken first and the count row second, in every path.
CREATE OR REPLACE FUNCTION doable_task_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_counts AS t (user_id, total, completed)
    SELECT c.user_id, count(*)::int, (count(*) FILTER (WHERE c.completed))::int
      FROM new_rows c GROUP BY c.user_id ORDER BY c.user_id
  ON CONFLICT (user_id) DO UPDATE
    SET total = t.total + excluded.total, completed = t.completed + excluded.completed;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates change neither the owner nor the completion: nothing to count, no row to lock.
  INSERT INTO task_counts AS t (user_id, total, completed)
    SELECT d.user_id, sum(d.n)::int, sum(d.done)::int
      FROM (
        SELECT c.user_id, 1 AS n, c.completed::int AS done FROM new_rows c
        UNION ALL
        SELECT o.user_id, -1, -(o.completed::int) FROM old_rows o
      ) d
      GROUP BY d.user_id HAVING sum(d.n) <> 0 OR sum(d.done) <> 0 ORDER BY d.user_id
  ON CONFLICT (user_id) DO UPDATE
    SET total = t.total + excluded.total, completed = t.completed + excluded.completed;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE task_counts t SET total = t.total - d.n, completed = t.completed - d.done
    FROM (
      SELECT o.user_id, count(*)::int AS n, (count(*) FILTER (WHERE o.completed))::int AS done
        FROM old_rows o GROUP BY o.user_id
    ) d
    WHERE t.user_id = d.user_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_tally_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_counts_inserted();--> statement-breakpoint
CREATE TRIGGER tasks_tally_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_counts_updated();--> statement-breakpoint
CREATE TRIGGER tasks_tally_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_counts_deleted();
