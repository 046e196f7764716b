-- The webhook sender is woken by the fan-out itself, and only when it queued a delivery: an empty
-- payload on the events channel (no user id is empty). Before, every task event woke the sender on
-- every instance (at most every 25 ms), and each wake ran its claim and its next-due statements even
-- for owners with no webhook: under a steady stream of writes, two statements for every few writes
-- (docs/benchmarks.md, "Issue 19, session 12"). The same fan-out as migration 0015's.
CREATE OR REPLACE FUNCTION doable_webhook_fanout() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO webhook_deliveries (webhook_id, event_id)
    SELECT webhook_id, event_id FROM (
      SELECT w.id AS webhook_id, n.id AS event_id FROM new_events n
        JOIN webhooks w ON w.user_id = n.user_id AND w.disabled_at IS NULL AND n.type = ANY (w.events)
      UNION ALL
      -- A list's task events reach its members' webhooks too; reminders are the recipient's alone.
      SELECT w.id, n.id FROM new_events n
        JOIN list_members m ON m.list_id = (n.data->>'list_id')::bigint AND n.type <> 'reminder'
        JOIN webhooks w ON w.user_id = m.user_id AND w.disabled_at IS NULL AND n.type = ANY (w.events)
    ) d ORDER BY event_id, webhook_id;
  IF FOUND THEN
    PERFORM pg_notify('doable_task_events', '');
  END IF;
  RETURN NULL;
END $$;
