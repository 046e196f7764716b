-- doable_derive (migration 0060) when an owner's events were numbered again from 1 (every event of
-- theirs deleted, then new ones written: a restore of older rows, a test's reset): the derived
-- number alone would skip the new events up to it. task_derived now keeps the derived event's id
-- too; when the owner's event of that number has another id (or none), every event of theirs there
-- is is derived. Rows from before this migration have no id: their owners are derived once more,
-- the same rows again. One round derives an owner at a time (the owner's advisory lock), so the
-- derived number is set, not raised.
ALTER TABLE "task_derived" ADD COLUMN "event_id" bigint;--> statement-breakpoint
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
    SELECT e.seq, e.id INTO upto, upto_id FROM task_events e WHERE e.user_id = owner ORDER BY e.seq DESC LIMIT 1;
    CONTINUE WHEN upto IS NULL OR (upto = since AND upto_id = since_id);
    -- The event numbered `since` is not the one derived (or its id was never kept): the owner's
    -- events were deleted and numbered again from 1, and every event there is now is derived.
    IF since IS NULL OR upto < since
       OR NOT EXISTS (SELECT 1 FROM task_events e WHERE e.user_id = owner AND e.seq = since AND e.id = since_id) THEN
      since := 0;
    END IF;
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
    INSERT INTO task_derived AS d (user_id, seq, event_id) VALUES (owner, upto, upto_id)
      ON CONFLICT (user_id) DO UPDATE SET seq = excluded.seq, event_id = excluded.event_id;
    done := done + 1;
  END LOOP;
  RETURN done;
END $$;
--> statement-breakpoint
-- The ids of the events already derived, so their owners are not derived again for want of one.
UPDATE task_derived d SET event_id = e.id FROM task_events e WHERE e.user_id = d.user_id AND e.seq = d.seq;--> statement-breakpoint
-- Every owner whose newest event is not the derived one (an instance's start).
CREATE OR REPLACE FUNCTION doable_derive_behind() RETURNS integer LANGUAGE sql SET search_path = public AS $$
  SELECT doable_derive(coalesce(array_agg(e.user_id), '{}'), false)
    FROM (SELECT DISTINCT ON (user_id) user_id, seq, id FROM task_events ORDER BY user_id, seq DESC) e
    LEFT JOIN task_derived d USING (user_id)
    WHERE d.user_id IS NULL OR d.seq <> e.seq OR d.event_id IS DISTINCT FROM e.id
$$;
