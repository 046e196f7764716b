ALTER TABLE "push_deliveries" DROP CONSTRAINT "push_deliveries_status";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "sealed_link" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "in_app_reminders" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "push_reminders" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_kind" CHECK ("email_outbox"."kind" in ('reminder', 'agenda', 'reset', 'verify'));--> statement-breakpoint
ALTER TABLE "push_deliveries" ADD CONSTRAINT "push_deliveries_status" CHECK ("push_deliveries"."status" in ('pending', 'delivered', 'failed', 'cancelled'));--> statement-breakpoint
-- Fan-out, now by channel: a reminder goes to the recipient's push subscriptions unless they turned
-- push reminders off (no settings row: the defaults, push on).
CREATE OR REPLACE FUNCTION doable_push_fanout() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO push_deliveries (subscription_id, event_id)
    SELECT s.id, n.id FROM new_events n
      JOIN push_subscriptions s ON s.user_id = n.user_id
      LEFT JOIN user_settings u ON u.user_id = n.user_id
    WHERE n.type = 'reminder' AND coalesce(u.push_reminders, true)
    ORDER BY n.id, s.id;
  RETURN NULL;
END $$;
