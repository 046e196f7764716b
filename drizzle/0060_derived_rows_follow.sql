CREATE TABLE "task_derived" (
	"user_id" text PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
-- The search rows and title words follow a task write instead of being written inside it
-- (docs/decisions/0180-derived-rows-follow-the-write.md). A write keeps its task row and its event
-- row (numbered per owner under the owner's event lock, so an owner's events commit in number
-- order); doable_derive brings an owner's task_search rows and task_words up to their newest event,
-- from the tasks those events name, in one statement for every task written since. Each instance
-- runs it for the owners whose events grew (server/features/tasks/tasks.derived.ts), and a search
-- runs it first for the owners it reads, so the author's own search sees their last write.
-- Every owner with events is where its rows are now.
INSERT INTO "task_derived" ("user_id", "seq")
  SELECT e.user_id, max(e.seq) FROM task_events e GROUP BY e.user_id;--> statement-breakpoint
-- Brings each owner's derived rows up to their newest event. With `wait`, an owner another
-- statement is deriving is waited for (a search must see its rows); without, it is skipped (the
-- other statement does it). Returns how many owners it brought up to date.
CREATE FUNCTION doable_derive(owners text[], wait boolean) RETURNS integer LANGUAGE plpgsql SET search_path = public AS $$
DECLARE
  owner text;
  since bigint;
  upto bigint;
  done integer := 0;
BEGIN
  FOR owner IN SELECT DISTINCT o FROM unnest(owners) AS o WHERE o IS NOT NULL ORDER BY 1 LOOP
    IF wait THEN
      PERFORM pg_advisory_xact_lock(1685021047, hashtext(owner));
    ELSIF NOT pg_try_advisory_xact_lock(1685021047, hashtext(owner)) THEN
      CONTINUE;
    END IF;
    SELECT coalesce(max(d.seq), 0) INTO since FROM task_derived d WHERE d.user_id = owner;
    SELECT max(e.seq) INTO upto FROM task_events e WHERE e.user_id = owner AND e.seq > since;
    CONTINUE WHEN upto IS NULL;
    -- The tasks written since, as they are now; a task deleted meanwhile is gone from tasks (its
    -- search row went with it), and one being deleted waits for this statement (FOR KEY SHARE), so
    -- its delete removes the row written here.
    WITH written AS MATERIALIZED (
      SELECT t.id, t.user_id, t.list_id, t.completed, t.tag_keys, t.search, t.title
        FROM tasks t
        WHERE t.id IN (SELECT e.task_id FROM task_events e WHERE e.user_id = owner AND e.seq > since AND e.seq <= upto)
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
    INSERT INTO task_derived AS d (user_id, seq) VALUES (owner, upto)
      ON CONFLICT (user_id) DO UPDATE SET seq = greatest(d.seq, excluded.seq);
    done := done + 1;
  END LOOP;
  RETURN done;
END $$;--> statement-breakpoint
-- Every owner whose events are ahead of their derived rows (an instance's start: writes made while
-- no instance was deriving).
CREATE FUNCTION doable_derive_behind() RETURNS integer LANGUAGE sql SET search_path = public AS $$
  SELECT doable_derive(coalesce(array_agg(e.user_id), '{}'), false)
    FROM (SELECT user_id, max(seq) AS seq FROM task_events GROUP BY user_id) e
    LEFT JOIN task_derived d USING (user_id)
    WHERE e.seq > coalesce(d.seq, 0)
$$;--> statement-breakpoint
-- A task INSERT: the activity, the event, the counts; no longer the search row and the title words.
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
    SELECT c.user_id, CASE WHEN c.series_task_id IS NOT NULL AND c.completed THEN 'completed' ELSE 'created' END AS type, c.id, doable_task_json(c) AS data
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
-- A changed task's search row and words: written here only when the change has no event (the
-- version is the same: a list or section deleted under it, a member removed) or moves the task to
-- another owner (whose searches must not find it under the old one meanwhile); every other change
-- is derived from its event.
DROP TRIGGER tasks_search_update ON tasks;--> statement-breakpoint
CREATE TRIGGER tasks_search_update AFTER UPDATE ON tasks FOR EACH ROW
  WHEN (old.user_id IS DISTINCT FROM new.user_id
        OR (old.version = new.version
            AND (old.title IS DISTINCT FROM new.title OR old.description IS DISTINCT FROM new.description
                 OR old.completed IS DISTINCT FROM new.completed OR old.tag_keys IS DISTINCT FROM new.tag_keys
                 OR old.list_id IS DISTINCT FROM new.list_id)))
  EXECUTE FUNCTION doable_task_search_updated();--> statement-breakpoint
DROP TRIGGER tasks_words_update ON tasks;--> statement-breakpoint
CREATE TRIGGER tasks_words_update AFTER UPDATE ON tasks FOR EACH ROW
  WHEN (old.user_id IS DISTINCT FROM new.user_id OR (old.version = new.version AND old.title IS DISTINCT FROM new.title))
  EXECUTE FUNCTION doable_task_words_updated();
