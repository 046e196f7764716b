-- Per-tag task counts (docs/decisions/0116-tag-counts-and-pages-without-the-shared-branch.md): the
-- table, its first values and the trigger functions that keep it.
CREATE TABLE "tag_task_counts" (
	"user_id" text NOT NULL,
	"tag_key" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "tag_task_counts_pkey" PRIMARY KEY("user_id","tag_key")
);
--> statement-breakpoint
-- Per-tag task counts (docs/decisions/0116-tag-counts-and-pages-without-the-shared-branch.md): how
-- many of an owner's tasks carry each tag key, and how many of those are done. Filled once here,
-- then kept by the task_counts trigger functions (0019, 0020), which now keep all three tables in
-- one statement each; the triggers, their names and their firing order are unchanged. A task's tag
-- keys are counted once each even if a key were repeated.
INSERT INTO "tag_task_counts" ("user_id", "tag_key", "total", "completed")
  SELECT t."user_id", k.key, count(*)::int, (count(*) FILTER (WHERE t."completed"))::int
    FROM "tasks" t CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(t."tag_keys") u) k
    GROUP BY 1, 2;--> statement-breakpoint
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
  ), tagged AS (
    INSERT INTO tag_task_counts AS g (user_id, tag_key, total, completed)
      SELECT c.user_id, k.key, count(*)::int, (count(*) FILTER (WHERE c.completed))::int
        FROM new_rows c CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(c.tag_keys) u) k
        GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (user_id, tag_key) DO UPDATE
      SET total = g.total + excluded.total, completed = g.completed + excluded.completed
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
  -- Most updates change neither the owner, the list, the parent, the tags nor the completion:
  -- nothing to count, no row to lock.
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
  ), tagged AS (
    INSERT INTO tag_task_counts AS g (user_id, tag_key, total, completed)
      SELECT x.user_id, x.key, sum(x.n)::int, sum(x.done)::int
        FROM (
          SELECT c.user_id, k.key, 1 AS n, c.completed::int AS done
            FROM new_rows c CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(c.tag_keys) u) k
          UNION ALL
          SELECT o.user_id, k.key, -1, -(o.completed::int)
            FROM old_rows o CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(o.tag_keys) u) k
        ) x
        GROUP BY 1, 2 HAVING sum(x.n) <> 0 OR sum(x.done) <> 0 ORDER BY 1, 2
    ON CONFLICT (user_id, tag_key) DO UPDATE
      SET total = g.total + excluded.total, completed = g.completed + excluded.completed
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
  ), tagged AS (
    UPDATE tag_task_counts g SET total = g.total - s.n, completed = g.completed - s.done
      FROM (
        SELECT o.user_id, k.key, count(*)::int AS n, (count(*) FILTER (WHERE o.completed))::int AS done
          FROM old_rows o CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(o.tag_keys) u) k
          GROUP BY 1, 2
      ) s
      WHERE g.user_id = s.user_id AND g.tag_key = s.key
  )
  UPDATE list_task_counts l
    SET total = l.total - d.n, completed = l.completed - d.done, top_total = l.top_total - d.top,
        top_completed = l.top_completed - d.top_done
    FROM d WHERE l.list_key = d.list_key AND l.user_id = d.user_id;
  RETURN NULL;
END $$;
