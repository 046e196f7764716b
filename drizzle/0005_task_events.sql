CREATE TABLE "task_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"task_id" bigint NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "task_events_user_idx" ON "task_events" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "task_events_created_idx" ON "task_events" USING btree ("created_at");--> statement-breakpoint
-- The task as the API presents it (src/tasks/tasks.schema.ts toTaskJson; a test keeps them equal).
CREATE OR REPLACE FUNCTION doable_iso(timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_char($1 AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_json(t tasks) RETURNS jsonb
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT jsonb_build_object(
    'id', t.id, 'user_id', t.user_id, 'title', t.title, 'description', t.description,
    'completed', t.completed, 'completed_at', doable_iso(t.completed_at),
    'priority', (ARRAY['none', 'low', 'medium', 'high'])[t.priority + 1],
    'tags', to_jsonb(t.tags), 'due_date', to_char(t.due_date, 'YYYY-MM-DD'), 'due_at', doable_iso(t.due_at),
    'created_at', doable_iso(t.created_at), 'updated_at', doable_iso(t.updated_at)) $$;--> statement-breakpoint
-- One event per real change: updates that leave the version alone (a time-zone re-anchoring of
-- due_sort, a no-op write) emit nothing. Completing is its own event type.
CREATE OR REPLACE FUNCTION doable_task_event() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  kind text;
  subject tasks;
BEGIN
  IF TG_OP = 'INSERT' THEN
    kind := 'created'; subject := NEW;
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
END $$;--> statement-breakpoint
CREATE TRIGGER tasks_events AFTER INSERT OR UPDATE OR DELETE ON tasks
  FOR EACH ROW EXECUTE FUNCTION doable_task_event();
