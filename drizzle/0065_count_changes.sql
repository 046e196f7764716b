-- Task counts kept as changes: a task write's triggers insert what it changed in its owners' counts
-- (task_count_changes, list_task_count_changes, tag_task_count_changes: one row per statement and
-- owner, list or tag) instead of updating the owners' count rows, which held each owner's writes
-- one after another until their commits. An owner's count is the count row plus the changes not
-- folded yet, read in one statement; doable_fold_task_counts moves the committed changes into the
-- count rows in one transaction (deleted here, added there), so every reader's snapshot sees each
-- change exactly once. Each instance's event watch folds them as it numbers events
-- (server/features/events/events.watch.ts): docs/decisions/0182-task-counts-as-changes.md.
CREATE TABLE "list_task_count_changes" (
	"list_key" bigint NOT NULL,
	"user_id" text NOT NULL,
	"total" integer NOT NULL,
	"completed" integer NOT NULL,
	"top_total" integer NOT NULL,
	"top_completed" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tag_task_count_changes" (
	"user_id" text NOT NULL,
	"tag_key" text NOT NULL,
	"total" integer NOT NULL,
	"completed" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_count_changes" (
	"user_id" text NOT NULL,
	"total" integer NOT NULL,
	"completed" integer NOT NULL,
	"subtasks" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "list_task_count_changes_list_idx" ON "list_task_count_changes" USING btree ("list_key","user_id");--> statement-breakpoint
CREATE INDEX "tag_task_count_changes_user_tag_idx" ON "tag_task_count_changes" USING btree ("user_id","tag_key");--> statement-breakpoint
CREATE INDEX "task_count_changes_user_idx" ON "task_count_changes" USING btree ("user_id");--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_tasks_inserted() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  -- Activity of shared lists; only rows in a list can have any.
  IF EXISTS (SELECT 1 FROM new_rows c WHERE c.list_id IS NOT NULL) THEN
    INSERT INTO task_activity (list_id, task_id, task_title, actor_id, action)
      SELECT c.list_id, c.id, c.title, coalesce(c.created_by, doable_actor(c.user_id)),
          CASE WHEN c.series_task_id IS NOT NULL AND c.completed THEN 'completed' ELSE 'created' END
        FROM new_rows c
        WHERE c.list_id IS NOT NULL AND EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = c.list_id)
        ORDER BY c.id;
  END IF;
  -- The events, unnumbered (doable_number_events numbers them after the commit).
  WITH changed AS (
    SELECT c.user_id, CASE WHEN c.series_task_id IS NOT NULL AND c.completed THEN 'completed' ELSE 'created' END AS type, c.id, (c.json_head || '{"open": 0, "total": 0}' || c.json_tail)::jsonb AS data
      FROM new_rows c
  )
  INSERT INTO task_events (user_id, type, task_id, data)
    SELECT c.user_id, c.type, c.id, c.data FROM changed c ORDER BY c.user_id, c.id;
  -- The counts' changes, inserted (doable_fold_task_counts folds them into the counts).
  WITH d AS MATERIALIZED (
    SELECT c.user_id, coalesce(c.list_id, 0) AS list_key, count(*)::int AS n,
           (count(*) FILTER (WHERE c.completed))::int AS done,
           (count(*) FILTER (WHERE c.parent_id IS NULL))::int AS top,
           (count(*) FILTER (WHERE c.completed AND c.parent_id IS NULL))::int AS top_done
      FROM new_rows c GROUP BY 1, 2
  ), owners AS (
    INSERT INTO task_count_changes (user_id, total, completed, subtasks)
      SELECT d.user_id, sum(d.n)::int, sum(d.done)::int, sum(d.n - d.top)::int FROM d GROUP BY d.user_id
  ), tagged AS (
    INSERT INTO tag_task_count_changes (user_id, tag_key, total, completed)
      SELECT c.user_id, k.key, count(*)::int, (count(*) FILTER (WHERE c.completed))::int
        FROM new_rows c CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(c.tag_keys) u) k
        GROUP BY 1, 2
  )
  INSERT INTO list_task_count_changes (list_key, user_id, total, completed, top_total, top_completed)
    SELECT d.list_key, d.user_id, d.n, d.done, d.top, d.top_done FROM d;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_tasks_updated() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  -- Activity of shared lists (tasks_activity_update).
  INSERT INTO task_activity (list_id, task_id, task_title, actor_id, action, changes)
    SELECT CASE WHEN EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = c.list_id) THEN c.list_id ELSE o.list_id END, c.id, c.title, doable_actor(c.user_id),
        CASE WHEN c.completed AND NOT o.completed THEN 'completed'
             WHEN o.completed AND NOT c.completed THEN 'reopened'
             WHEN c.list_id IS DISTINCT FROM o.list_id OR c.parent_id IS DISTINCT FROM o.parent_id THEN 'moved'
             ELSE 'updated' END,
        array_remove(ARRAY[
          CASE WHEN c.title IS DISTINCT FROM o.title THEN 'title' END,
          CASE WHEN c.description IS DISTINCT FROM o.description THEN 'description' END,
          CASE WHEN c.priority <> o.priority THEN 'priority' END,
          CASE WHEN c.tags IS DISTINCT FROM o.tags THEN 'tags' END,
          CASE WHEN c.due_date IS DISTINCT FROM o.due_date OR c.due_at IS DISTINCT FROM o.due_at THEN 'due' END,
          CASE WHEN c.recurrence IS DISTINCT FROM o.recurrence THEN 'recurrence' END,
          CASE WHEN c.reminders IS DISTINCT FROM o.reminders THEN 'reminders' END,
          CASE WHEN c.list_id IS DISTINCT FROM o.list_id THEN 'list' END,
          CASE WHEN c.parent_id IS DISTINCT FROM o.parent_id THEN 'parent' END,
          CASE WHEN c.position IS DISTINCT FROM o.position THEN 'position' END,
          CASE WHEN c.assignee_id IS DISTINCT FROM o.assignee_id THEN 'assignee' END
        ], NULL)
      FROM new_rows c JOIN old_rows o ON o.id = c.id
      WHERE c.version <> o.version AND (c.list_id IS NOT NULL OR o.list_id IS NOT NULL)
        AND (EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = c.list_id) OR EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = o.list_id))
      ORDER BY c.id;
  -- The events, unnumbered (doable_number_events numbers them after the commit).
  WITH changed AS (
    SELECT c.user_id, CASE WHEN c.completed AND NOT o.completed THEN 'completed' ELSE 'updated' END AS type, c.id, (c.json_head || coalesce(doable_subtask_counts(c.id)::text, '{"open": 0, "total": 0}') || c.json_tail)::jsonb AS data
      FROM new_rows c JOIN old_rows o ON o.id = c.id WHERE c.version <> o.version
  )
  INSERT INTO task_events (user_id, type, task_id, data)
    SELECT c.user_id, c.type, c.id, c.data FROM changed c ORDER BY c.user_id, c.id;
  -- The counts' changes (tasks_tally_update): most updates change neither the owner, the list, the
  -- parent, the tags nor the completion, and then insert none.
  IF EXISTS (SELECT 1 FROM new_rows c JOIN old_rows o ON o.id = c.id
      WHERE c.user_id <> o.user_id OR c.list_id IS DISTINCT FROM o.list_id OR c.parent_id IS DISTINCT FROM o.parent_id
        OR c.completed <> o.completed OR c.tag_keys IS DISTINCT FROM o.tag_keys) THEN
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
      INSERT INTO task_count_changes (user_id, total, completed, subtasks)
        SELECT d.user_id, sum(d.n)::int, sum(d.done)::int, sum(d.n - d.top)::int FROM d
          GROUP BY d.user_id HAVING sum(d.n) <> 0 OR sum(d.done) <> 0 OR sum(d.n - d.top) <> 0
    ), tagged AS (
      INSERT INTO tag_task_count_changes (user_id, tag_key, total, completed)
        SELECT x.user_id, x.key, sum(x.n)::int, sum(x.done)::int
          FROM (
            SELECT c.user_id, k.key, 1 AS n, c.completed::int AS done
              FROM new_rows c CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(c.tag_keys) u) k
            UNION ALL
            SELECT o.user_id, k.key, -1, -(o.completed::int)
              FROM old_rows o CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(o.tag_keys) u) k
          ) x
          GROUP BY 1, 2 HAVING sum(x.n) <> 0 OR sum(x.done) <> 0
    )
    INSERT INTO list_task_count_changes (list_key, user_id, total, completed, top_total, top_completed)
      SELECT d.list_key, d.user_id, d.n, d.done, d.top, d.top_done FROM d;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_counts_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  WITH d AS MATERIALIZED (
    SELECT o.user_id, coalesce(o.list_id, 0) AS list_key, -count(*)::int AS n,
           -(count(*) FILTER (WHERE o.completed))::int AS done,
           -(count(*) FILTER (WHERE o.parent_id IS NULL))::int AS top,
           -(count(*) FILTER (WHERE o.completed AND o.parent_id IS NULL))::int AS top_done
      FROM old_rows o GROUP BY 1, 2
  ), owners AS (
    INSERT INTO task_count_changes (user_id, total, completed, subtasks)
      SELECT d.user_id, sum(d.n)::int, sum(d.done)::int, sum(d.n - d.top)::int FROM d GROUP BY d.user_id
  ), tagged AS (
    INSERT INTO tag_task_count_changes (user_id, tag_key, total, completed)
      SELECT o.user_id, k.key, -count(*)::int, -(count(*) FILTER (WHERE o.completed))::int
        FROM old_rows o CROSS JOIN LATERAL (SELECT DISTINCT u AS key FROM unnest(o.tag_keys) u) k
        GROUP BY 1, 2
  )
  INSERT INTO list_task_count_changes (list_key, user_id, total, completed, top_total, top_completed)
    SELECT d.list_key, d.user_id, d.n, d.done, d.top, d.top_done FROM d;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Folds every committed change into the count rows, in one statement: the changes it deletes are
-- the ones it adds, so a reader sees each change either still a change or already in its count
-- row. One fold at a time (a fold under way elsewhere is skipped: the next one folds what it left).
-- Writers only insert changes, so a fold waits for no writer and no writer waits for it. Returns
-- how many changes it folded.
CREATE FUNCTION doable_fold_task_counts() RETURNS integer LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  folded integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(1685021048, 0) THEN
    RETURN 0;
  END IF;
  WITH owner_changes AS (
    DELETE FROM task_count_changes RETURNING user_id, total, completed, subtasks
  ), list_changes AS (
    DELETE FROM list_task_count_changes RETURNING list_key, user_id, total, completed, top_total, top_completed
  ), tag_changes AS (
    DELETE FROM tag_task_count_changes RETURNING user_id, tag_key, total, completed
  ), owners AS (
    INSERT INTO task_counts AS t (user_id, total, completed, subtasks)
      SELECT c.user_id, sum(c.total)::int, sum(c.completed)::int, sum(c.subtasks)::int
        FROM owner_changes c GROUP BY c.user_id ORDER BY c.user_id
    ON CONFLICT (user_id) DO UPDATE
      SET total = t.total + excluded.total, completed = t.completed + excluded.completed,
          subtasks = t.subtasks + excluded.subtasks
  ), listed AS (
    INSERT INTO list_task_counts AS l (list_key, user_id, total, completed, top_total, top_completed)
      SELECT c.list_key, c.user_id, sum(c.total)::int, sum(c.completed)::int, sum(c.top_total)::int,
             sum(c.top_completed)::int
        FROM list_changes c GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (list_key, user_id) DO UPDATE
      SET total = l.total + excluded.total, completed = l.completed + excluded.completed,
          top_total = l.top_total + excluded.top_total, top_completed = l.top_completed + excluded.top_completed
  ), tagged AS (
    INSERT INTO tag_task_counts AS g (user_id, tag_key, total, completed)
      SELECT c.user_id, c.tag_key, sum(c.total)::int, sum(c.completed)::int
        FROM tag_changes c GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (user_id, tag_key) DO UPDATE
      SET total = g.total + excluded.total, completed = g.completed + excluded.completed
  )
  SELECT (SELECT count(*) FROM owner_changes) + (SELECT count(*) FROM list_changes)
         + (SELECT count(*) FROM tag_changes)
    INTO folded;
  RETURN folded;
END $$;