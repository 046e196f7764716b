-- Inbox notifications delivered by push and email too (docs/decisions/0165), on the reminders' outboxes
-- and by their channel settings: push unless push reminders are off, email when reminder emails are on.
ALTER TABLE "email_outbox" DROP CONSTRAINT "email_outbox_kind";--> statement-breakpoint
ALTER TABLE "push_deliveries" ALTER COLUMN "event_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "notification_id" bigint;--> statement-breakpoint
ALTER TABLE "push_deliveries" ADD COLUMN "notification_id" bigint;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_deliveries" ADD CONSTRAINT "push_deliveries_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_notification_idx" ON "email_outbox" USING btree ("notification_id") WHERE "email_outbox"."notification_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "push_deliveries_notification_idx" ON "push_deliveries" USING btree ("subscription_id","notification_id");--> statement-breakpoint
CREATE INDEX "push_deliveries_notification_id_idx" ON "push_deliveries" USING btree ("notification_id");--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_kind" CHECK ("email_outbox"."kind" in ('reminder', 'agenda', 'reset', 'verify', 'password-reset', 'notification'));--> statement-breakpoint
ALTER TABLE "push_deliveries" ADD CONSTRAINT "push_deliveries_one_source" CHECK (("push_deliveries"."event_id" is null) <> ("push_deliveries"."notification_id" is null));--> statement-breakpoint
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
  PERFORM pg_notify('doable_task_events', r.user_id) FROM (SELECT DISTINCT user_id FROM added) r;
  RETURN NULL;
END $$;
