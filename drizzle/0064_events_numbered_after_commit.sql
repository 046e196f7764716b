-- Events numbered after their commit: a task write's triggers insert its events unnumbered (seq
-- null) and take no lock, so one owner's writes commit in parallel; doable_number_events numbers
-- an owner's committed, unnumbered events in a short statement of its own under the owner's event
-- lock: one more than the owner's highest number, in id order. Numbers become visible in order
-- without gaps (each numbering counts from the numbers of the one before it), and an event that
-- commits after a numbering gets a higher number, so a reader of `seq > n` never skips one.
-- Each instance's event watch numbers them (server/features/events/events.watch.ts), and so do
-- the readers that need an owner's events at once (a new stream, a CalDAV sync token, a reminder
-- round): docs/decisions/0019-event-numbers-per-owner.md.
DROP TRIGGER task_events_seq ON task_events;--> statement-breakpoint
DROP FUNCTION doable_event_seq();--> statement-breakpoint
ALTER TABLE "task_events" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
-- The events not numbered yet, lowest id first (the event watch reads the lowest; a numbering
-- reads an owner's).
CREATE INDEX "task_events_unnumbered_idx" ON "task_events" USING btree ("id","user_id") WHERE "task_events"."seq" is null;--> statement-breakpoint
-- Numbers the unnumbered events of `owners` (when null, of up to 500 owners that have some) that
-- this statement's snapshot sees; an owner whose event lock is held is skipped unless `wait`
-- (another numbering is under way: what it does not see, a later call numbers). Returns how many
-- events it numbered. Each statement inside takes a snapshot of its own (read committed), so the
-- highest number read after the lock includes the numbering that held it before.
CREATE FUNCTION doable_number_events(owners text[], wait boolean) RETURNS integer LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  owner text;
  numbered integer;
  done integer := 0;
BEGIN
  FOR owner IN
    SELECT DISTINCT e.user_id FROM task_events e
      WHERE e.seq IS NULL AND (owners IS NULL OR e.user_id = ANY (owners))
      ORDER BY 1 LIMIT 500
  LOOP
    IF wait THEN
      PERFORM pg_advisory_xact_lock(1685021046, hashtext(owner));
    ELSIF NOT pg_try_advisory_xact_lock(1685021046, hashtext(owner)) THEN
      CONTINUE;
    END IF;
    WITH top AS MATERIALIZED (
      SELECT coalesce(max(e.seq), 0) AS seq FROM task_events e WHERE e.user_id = owner
    ), fresh AS MATERIALIZED (
      SELECT e.id, row_number() OVER (ORDER BY e.id) AS n FROM task_events e
        WHERE e.user_id = owner AND e.seq IS NULL
    )
    UPDATE task_events e SET seq = top.seq + fresh.n FROM top, fresh WHERE e.id = fresh.id;
    GET DIAGNOSTICS numbered = ROW_COUNT;
    done := done + numbered;
  END LOOP;
  RETURN done;
END $$;--> statement-breakpoint
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
  -- The events, unnumbered (doable_number_events numbers them after the commit).
  WITH changed AS (
    SELECT c.user_id, CASE WHEN c.completed AND NOT o.completed THEN 'completed' ELSE 'updated' END AS type, c.id, (c.json_head || coalesce(doable_subtask_counts(c.id)::text, '{"open": 0, "total": 0}') || c.json_tail)::jsonb AS data
      FROM new_rows c JOIN old_rows o ON o.id = c.id WHERE c.version <> o.version
  )
  INSERT INTO task_events (user_id, type, task_id, data)
    SELECT c.user_id, c.type, c.id, c.data FROM changed c ORDER BY c.user_id, c.id;
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
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_events_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  -- The events, unnumbered (doable_number_events numbers them after the commit).
  WITH changed AS (
    SELECT c.user_id, 'deleted' AS type, c.id, doable_task_json(c) AS data
      FROM old_rows c
  )
  INSERT INTO task_events (user_id, type, task_id, data)
    SELECT c.user_id, c.type, c.id, c.data FROM changed c ORDER BY c.user_id, c.id;
  RETURN NULL;
END $$;--> statement-breakpoint
-- doable_derive (migration 0063) with unnumbered events: it derives the tasks of the owner's
-- events numbered above the derived number and of those not numbered yet, and records the highest
-- number it read first (an event numbered meanwhile is derived now and again by the next round).
CREATE OR REPLACE FUNCTION doable_derive(owners text[], wait boolean) RETURNS integer LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  owner text;
  since bigint;
  since_id bigint;
  upto bigint;
  upto_id bigint;
  done integer := 0;
BEGIN
  FOR owner IN SELECT DISTINCT o FROM unnest(owners) AS o WHERE o IS NOT NULL ORDER BY 1 LOOP
    IF wait THEN
      PERFORM pg_advisory_xact_lock(1685021047, hashtext(owner));
    ELSIF NOT pg_try_advisory_xact_lock(1685021047, hashtext(owner)) THEN
      CONTINUE;
    END IF;
    SELECT d.seq, d.event_id INTO since, since_id FROM task_derived d WHERE d.user_id = owner;
    SELECT e.seq, e.id INTO upto, upto_id FROM task_events e
      WHERE e.user_id = owner AND e.seq IS NOT NULL ORDER BY e.seq DESC LIMIT 1;
    CONTINUE WHEN (upto IS NULL OR (upto = since AND upto_id = since_id))
      AND NOT EXISTS (SELECT 1 FROM task_events e WHERE e.user_id = owner AND e.seq IS NULL);
    -- The event numbered `since` is not the one derived (or its id was never kept): the owner's
    -- events were deleted and numbered again from 1, and every event there is now is derived.
    IF upto IS NULL OR since IS NULL OR upto < since
       OR NOT EXISTS (SELECT 1 FROM task_events e WHERE e.user_id = owner AND e.seq = since AND e.id = since_id) THEN
      since := 0;
    END IF;
    -- The tasks written since, as they are now; a task deleted meanwhile is gone from tasks (its
    -- search row went with it), and one being deleted waits for this statement (FOR KEY SHARE), so
    -- its delete removes the row written here.
    WITH written AS MATERIALIZED (
      SELECT t.id, t.user_id, t.list_id, t.completed, t.tag_keys, t.search, t.title
        FROM tasks t
        WHERE t.id IN (SELECT e.task_id FROM task_events e WHERE e.user_id = owner AND e.seq > since
                       UNION ALL
                       SELECT e.task_id FROM task_events e WHERE e.user_id = owner AND e.seq IS NULL)
        FOR KEY SHARE OF t
    ), searched AS (
      INSERT INTO task_search AS s (id, user_id, list_id, completed, tag_keys, search)
        SELECT w.id, w.user_id, w.list_id, w.completed, w.tag_keys, w.search FROM written w ORDER BY w.id
      ON CONFLICT (id) DO UPDATE
        SET user_id = excluded.user_id, list_id = excluded.list_id, completed = excluded.completed,
            tag_keys = excluded.tag_keys, search = excluded.search
        WHERE (s.user_id, s.list_id, s.completed, s.tag_keys, s.search)
          IS DISTINCT FROM (excluded.user_id, excluded.list_id, excluded.completed, excluded.tag_keys, excluded.search)
    )
    INSERT INTO task_words (user_id, word)
      SELECT DISTINCT w.user_id, x.word FROM written w, unnest(doable_title_words(w.title)) AS x(word)
      ORDER BY 1, 2
      ON CONFLICT DO NOTHING;
    IF upto IS NOT NULL THEN
      INSERT INTO task_derived AS d (user_id, seq, event_id) VALUES (owner, upto, upto_id)
        ON CONFLICT (user_id) DO UPDATE SET seq = excluded.seq, event_id = excluded.event_id;
    END IF;
    done := done + 1;
  END LOOP;
  RETURN done;
END $$;--> statement-breakpoint
-- Every owner whose newest numbered event is not the derived one, or who has events not numbered
-- yet (an instance's start).
CREATE OR REPLACE FUNCTION doable_derive_behind() RETURNS integer LANGUAGE sql SET search_path = public AS $$
  SELECT doable_derive(coalesce(array_agg(b.user_id), '{}'), false) FROM (
    SELECT e.user_id
      FROM (SELECT DISTINCT ON (user_id) user_id, seq, id FROM task_events WHERE seq IS NOT NULL
            ORDER BY user_id, seq DESC) e
      LEFT JOIN task_derived d USING (user_id)
      WHERE d.user_id IS NULL OR d.seq <> e.seq OR d.event_id IS DISTINCT FROM e.id
    UNION
    SELECT DISTINCT user_id FROM task_events WHERE seq IS NULL
  ) b
$$;
