CREATE TABLE "task_reminders" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_reminders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"task_id" bigint NOT NULL,
	"user_id" text NOT NULL,
	"fire_at" timestamp (3) with time zone NOT NULL,
	"reminder" jsonb NOT NULL,
	"sent_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "task_events" ADD COLUMN "detail" jsonb;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "reminders" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "task_reminders" ADD CONSTRAINT "task_reminders_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "task_reminders_task_fire_idx" ON "task_reminders" USING btree ("task_id","fire_at");--> statement-breakpoint
CREATE INDEX "task_reminders_pending_idx" ON "task_reminders" USING btree ("fire_at") WHERE "task_reminders"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "task_reminders_sent_idx" ON "task_reminders" USING btree ("sent_at") WHERE "task_reminders"."sent_at" is not null;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_json(t tasks) RETURNS jsonb
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT jsonb_build_object(
    'id', t.id, 'user_id', t.user_id, 'title', t.title, 'description', t.description,
    'completed', t.completed, 'completed_at', doable_iso(t.completed_at),
    'priority', (ARRAY['none', 'low', 'medium', 'high'])[t.priority + 1],
    'tags', to_jsonb(t.tags), 'due_date', to_char(t.due_date, 'YYYY-MM-DD'), 'due_at', doable_iso(t.due_at),
    'recurrence', t.recurrence, 'recurrence_from', t.recurrence_from, 'series_task_id', t.series_task_id,
    'reminders', t.reminders,
    'created_at', doable_iso(t.created_at), 'updated_at', doable_iso(t.updated_at)) $$;--> statement-breakpoint
-- The moments a task's reminders fire: an `at` reminder at its instant; a `minutes_before` one
-- counted back from due_at, or from 09:00 on an all-day due_date in the owner's time zone; none
-- without a due moment (dormant until one is set). Two reminders at one moment fire once.
CREATE OR REPLACE FUNCTION doable_reminder_times(t tasks)
  RETURNS TABLE (fire_at timestamptz, reminder jsonb)
  LANGUAGE sql STABLE
  AS $$
  SELECT DISTINCT ON (x.fire_at) x.fire_at, x.reminder FROM (
    SELECT r AS reminder, CASE
      WHEN r ? 'at' THEN (r ->> 'at')::timestamptz
      WHEN t.due_at IS NOT NULL THEN t.due_at - make_interval(mins => (r ->> 'minutes_before')::int)
      WHEN t.due_date IS NOT NULL THEN ((t.due_date + time '09:00') AT TIME ZONE coalesce(
        (SELECT s.time_zone FROM user_settings s WHERE s.user_id = t.user_id), 'UTC'))
        - make_interval(mins => (r ->> 'minutes_before')::int)
    END AS fire_at
    FROM jsonb_array_elements(t.reminders) AS r
  ) x WHERE x.fire_at IS NOT NULL
  ORDER BY x.fire_at $$;--> statement-breakpoint
-- Keeps the schedule in step with the task, in the task's own transaction: unsent moments the task
-- no longer has are dropped; new ones are armed unless already past (a reminder set for a moment
-- that has gone is not delivered late); a moment already sent is never armed again. An open task
-- whose due moment moved (an edit, the next occurrence of a series, a time-zone change) re-arms its
-- relative reminders; a completed one keeps none.
CREATE OR REPLACE FUNCTION doable_arm_reminders() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF NEW.completed OR NEW.reminders = '[]'::jsonb THEN
    DELETE FROM task_reminders WHERE task_id = NEW.id AND sent_at IS NULL;
    RETURN NULL;
  END IF;
  DELETE FROM task_reminders r WHERE r.task_id = NEW.id AND r.sent_at IS NULL
    AND r.fire_at NOT IN (SELECT w.fire_at FROM doable_reminder_times(NEW) w);
  INSERT INTO task_reminders (task_id, user_id, fire_at, reminder)
    SELECT NEW.id, NEW.user_id, w.fire_at, w.reminder FROM doable_reminder_times(NEW) w
    WHERE w.fire_at >= now()
    ON CONFLICT (task_id, fire_at) DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER tasks_arm_reminders_insert AFTER INSERT ON tasks
  FOR EACH ROW WHEN (NEW.reminders <> '[]'::jsonb AND NOT NEW.completed)
  EXECUTE FUNCTION doable_arm_reminders();--> statement-breakpoint
CREATE TRIGGER tasks_arm_reminders_update AFTER UPDATE ON tasks
  FOR EACH ROW WHEN (OLD.reminders IS DISTINCT FROM NEW.reminders OR OLD.due_sort IS DISTINCT FROM NEW.due_sort
    OR OLD.due_at IS DISTINCT FROM NEW.due_at OR OLD.due_date IS DISTINCT FROM NEW.due_date
    OR OLD.completed IS DISTINCT FROM NEW.completed)
  EXECUTE FUNCTION doable_arm_reminders();
