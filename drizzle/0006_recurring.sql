ALTER TABLE "tasks" ADD COLUMN "recurrence" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "recurrence_from" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "series_start_date" date;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "series_start_time" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "occurrences_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "series_task_id" bigint;--> statement-breakpoint
CREATE INDEX "tasks_series_idx" ON "tasks" USING btree ("user_id","series_task_id") WHERE "tasks"."series_task_id" is not null;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_recurrence_needs_due" CHECK ("tasks"."recurrence" is null or "tasks"."due_sort" is not null);--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_recurrence_from" CHECK ("tasks"."recurrence_from" is null or "tasks"."recurrence_from" in ('due', 'completion'));--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_json(t tasks) RETURNS jsonb
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT jsonb_build_object(
    'id', t.id, 'user_id', t.user_id, 'title', t.title, 'description', t.description,
    'completed', t.completed, 'completed_at', doable_iso(t.completed_at),
    'priority', (ARRAY['none', 'low', 'medium', 'high'])[t.priority + 1],
    'tags', to_jsonb(t.tags), 'due_date', to_char(t.due_date, 'YYYY-MM-DD'), 'due_at', doable_iso(t.due_at),
    'recurrence', t.recurrence, 'recurrence_from', t.recurrence_from, 'series_task_id', t.series_task_id,
    'created_at', doable_iso(t.created_at), 'updated_at', doable_iso(t.updated_at)) $$;--> statement-breakpoint
-- Completing an occurrence of a recurring task inserts its completed record: that is a completion.
CREATE OR REPLACE FUNCTION doable_task_event() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  kind text;
  subject tasks;
BEGIN
  IF TG_OP = 'INSERT' THEN
    kind := CASE WHEN NEW.series_task_id IS NOT NULL AND NEW.completed THEN 'completed' ELSE 'created' END;
    subject := NEW;
  ELSIF TG_OP = 'DELETE' THEN
    kind := 'deleted'; subject := OLD;
  ELSE
    IF NEW.version = OLD.version THEN RETURN NULL; END IF;
    kind := CASE WHEN NEW.completed AND NOT OLD.completed THEN 'completed' ELSE 'updated' END;
    subject := NEW;
  END IF;
  INSERT INTO task_events (user_id, type, task_id, data)
    VALUES (subject.user_id, kind, subject.id, doable_task_json(subject));
  PERFORM pg_notify('doable_task_events', subject.user_id);
  RETURN NULL;
END $$;
