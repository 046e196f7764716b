CREATE TABLE "email_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "email_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"event_id" bigint,
	"agenda_day" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_status" CHECK ("email_outbox"."status" in ('pending', 'sent', 'failed', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "email_reminders" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "email_agenda" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "agenda_time" text DEFAULT '08:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "user_settings" ADD COLUMN "agenda_next_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_event_id_task_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."task_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_event_idx" ON "email_outbox" USING btree ("event_id") WHERE "email_outbox"."event_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_agenda_idx" ON "email_outbox" USING btree ("user_id","agenda_day") WHERE "email_outbox"."agenda_day" is not null;--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("next_attempt_at") WHERE "email_outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "email_outbox_user_idx" ON "email_outbox" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_settings_agenda_due_idx" ON "user_settings" USING btree ("agenda_next_at") WHERE "user_settings"."agenda_next_at" is not null;--> statement-breakpoint
ALTER TABLE "user_settings" ADD CONSTRAINT "user_settings_agenda_time" CHECK ("user_settings"."agenda_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');--> statement-breakpoint
-- The next moment of a daily local time after `after`, in `zone` (a time the zone skips, as in a
-- spring-forward gap, lands where Postgres puts it: just after the gap).
CREATE OR REPLACE FUNCTION doable_next_agenda(zone text, at_time text, after timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN today > after THEN today
    ELSE (((after AT TIME ZONE zone)::date + 1) + at_time::time) AT TIME ZONE zone END
  FROM (SELECT (((after AT TIME ZONE zone)::date) + at_time::time) AT TIME ZONE zone AS today) t
$$;--> statement-breakpoint
-- The agenda's next moment follows the opt-in, the chosen time and the zone, whatever writes them.
CREATE OR REPLACE FUNCTION doable_agenda_schedule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.agenda_next_at := CASE WHEN NEW.email_agenda
    THEN doable_next_agenda(NEW.time_zone, NEW.agenda_time, now()) END;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER user_settings_agenda BEFORE INSERT OR UPDATE OF email_agenda, agenda_time, time_zone
  ON user_settings FOR EACH ROW EXECUTE FUNCTION doable_agenda_schedule();--> statement-breakpoint
-- Fan-out: every reminder event whose recipient (the event's user: the assignee of an assigned
-- task, else the owner) opted in to reminder emails becomes one email, in the writing statement.
CREATE OR REPLACE FUNCTION doable_email_fanout() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO email_outbox (user_id, kind, event_id)
    SELECT n.user_id, 'reminder', n.id FROM new_events n
      JOIN user_settings s ON s.user_id = n.user_id AND s.email_reminders
    WHERE n.type = 'reminder'
    ORDER BY n.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER task_events_email AFTER INSERT ON task_events REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION doable_email_fanout();
