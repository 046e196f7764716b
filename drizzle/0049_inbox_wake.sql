-- A new notification wakes its user's event streams as `inbox:<user id>` (events.service.ts): the
-- streams then read the inbox's count alone, and a task event no longer makes them read it.
CREATE OR REPLACE FUNCTION doable_notifications_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM notifications n
    USING (SELECT DISTINCT user_id FROM added) r
    WHERE n.user_id = r.user_id
      AND n.id < (SELECT x.id FROM notifications x WHERE x.user_id = r.user_id ORDER BY x.id DESC OFFSET 999 LIMIT 1);
  INSERT INTO push_deliveries (subscription_id, notification_id)
    SELECT s.id, a.id FROM added a
      JOIN notifications n ON n.id = a.id
      JOIN push_subscriptions s ON s.user_id = a.user_id
      LEFT JOIN user_settings u ON u.user_id = a.user_id
    WHERE coalesce(u.push_reminders, true)
    ORDER BY a.id, s.id;
  INSERT INTO email_outbox (user_id, kind, notification_id)
    SELECT a.user_id, 'notification', a.id FROM added a
      JOIN notifications n ON n.id = a.id
      JOIN user_settings u ON u.user_id = a.user_id AND u.email_reminders
    ORDER BY a.id;
  PERFORM pg_notify('doable_task_events', 'inbox:' || r.user_id) FROM (SELECT DISTINCT user_id FROM added) r;
  RETURN NULL;
END $$;
