-- A task write no longer sends NOTIFY from its transaction. Postgres takes one database-wide lock
-- for every transaction that notified, from its commit's start until it ends (WAL flush included),
-- so every task write in the database committed one after another: writes stayed at one commit's
-- rate whatever the connections (docs/benchmarks.md, the write breakdown). The event rows are
-- unchanged (same transaction, same per-owner numbering under the owner's event lock); each
-- instance finds new ones by reading the table (features/events/events.watch.ts) and wakes its
-- streams and the bus relay itself. Other notifications (lists, inbox, queued webhook deliveries,
-- the reminder scheduler's) stay: they are not on a task write's path, or only for owners with
-- webhooks.
CREATE OR REPLACE FUNCTION doable_task_events_inserted() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
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
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_events_updated() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1685021046, hashtext(u.user_id))
    FROM (SELECT DISTINCT c.user_id FROM new_rows c JOIN old_rows o ON o.id = c.id WHERE c.version <> o.version ORDER BY 1) u;
  WITH changed AS (
    SELECT c.user_id, CASE WHEN c.completed AND NOT o.completed THEN 'completed' ELSE 'updated' END AS type, c.id, doable_task_json(c) AS data
      FROM new_rows c JOIN old_rows o ON o.id = c.id WHERE c.version <> o.version
  ), top AS MATERIALIZED (
    SELECT u.user_id, (SELECT coalesce(max(e.seq), 0) FROM task_events e WHERE e.user_id = u.user_id) AS seq
      FROM (SELECT DISTINCT user_id FROM changed) u
  )
  INSERT INTO task_events (user_id, type, task_id, data, seq)
    SELECT c.user_id, c.type, c.id, c.data, top.seq + row_number() OVER (PARTITION BY c.user_id ORDER BY c.id)
      FROM changed c JOIN top USING (user_id) ORDER BY c.user_id, c.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_events_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1685021046, hashtext(u.user_id))
    FROM (SELECT DISTINCT c.user_id FROM old_rows c ORDER BY 1) u;
  WITH changed AS (
    SELECT c.user_id, 'deleted' AS type, c.id, doable_task_json(c) AS data
      FROM old_rows c
  ), top AS MATERIALIZED (
    SELECT u.user_id, (SELECT coalesce(max(e.seq), 0) FROM task_events e WHERE e.user_id = u.user_id) AS seq
      FROM (SELECT DISTINCT user_id FROM changed) u
  )
  INSERT INTO task_events (user_id, type, task_id, data, seq)
    SELECT c.user_id, c.type, c.id, c.data, top.seq + row_number() OVER (PARTITION BY c.user_id ORDER BY c.id)
      FROM changed c JOIN top USING (user_id) ORDER BY c.user_id, c.id;
  RETURN NULL;
END $$;
