-- A task event's JSON from the task's stored JSON parts (json_head and json_tail, the generated
-- columns a list page reads: docs/decisions/0100-list-pages.md) instead of doable_task_json, which
-- builds every field again from the row: the INSERT has just computed the parts. A new task has no
-- subtasks yet; a changed one's counts are read as the list page reads them. The same JSON; about
-- 0.2 ms less of Postgres CPU a create (docs/benchmarks.md, "Where a write's time goes").
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
  -- The events, numbered per owner under the owner's event lock.
  PERFORM pg_advisory_xact_lock(1685021046, hashtext(u.user_id))
    FROM (SELECT DISTINCT c.user_id FROM new_rows c ORDER BY 1) u;
  WITH changed AS (
    SELECT c.user_id, CASE WHEN c.series_task_id IS NOT NULL AND c.completed THEN 'completed' ELSE 'created' END AS type, c.id, (c.json_head || '{"open": 0, "total": 0}' || c.json_tail)::jsonb AS data
      FROM new_rows c
  ), top AS MATERIALIZED (
    SELECT u.user_id, (SELECT coalesce(max(e.seq), 0) FROM task_events e WHERE e.user_id = u.user_id) AS seq
      FROM (SELECT DISTINCT user_id FROM changed) u
  )
  INSERT INTO task_events (user_id, type, task_id, data, seq)
    SELECT c.user_id, c.type, c.id, c.data, top.seq + row_number() OVER (PARTITION BY c.user_id ORDER BY c.id)
      FROM changed c JOIN top USING (user_id) ORDER BY c.user_id, c.id;
  -- The counts.
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
  -- The events (tasks_events_update).
  PERFORM pg_advisory_xact_lock(1685021046, hashtext(u.user_id))
    FROM (SELECT DISTINCT c.user_id FROM new_rows c JOIN old_rows o ON o.id = c.id WHERE c.version <> o.version ORDER BY 1) u;
  WITH changed AS (
    SELECT c.user_id, CASE WHEN c.completed AND NOT o.completed THEN 'completed' ELSE 'updated' END AS type, c.id, (c.json_head || coalesce(doable_subtask_counts(c.id)::text, '{"open": 0, "total": 0}') || c.json_tail)::jsonb AS data
      FROM new_rows c JOIN old_rows o ON o.id = c.id WHERE c.version <> o.version
  ), top AS MATERIALIZED (
    SELECT u.user_id, (SELECT coalesce(max(e.seq), 0) FROM task_events e WHERE e.user_id = u.user_id) AS seq
      FROM (SELECT DISTINCT user_id FROM changed) u
  )
  INSERT INTO task_events (user_id, type, task_id, data, seq)
    SELECT c.user_id, c.type, c.id, c.data, top.seq + row_number() OVER (PARTITION BY c.user_id ORDER BY c.id)
      FROM changed c JOIN top USING (user_id) ORDER BY c.user_id, c.id;
  -- The counts (tasks_tally_update): most updates change neither the owner, the list, the parent,
  -- the tags nor the completion, and then count nothing and lock no row.
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
  END IF;
  RETURN NULL;
END $$;
