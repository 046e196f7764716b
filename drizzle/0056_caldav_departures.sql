CREATE TABLE "caldav_departures" (
	"user_id" text NOT NULL,
	"list_id" bigint,
	"task_id" bigint NOT NULL,
	"name" text NOT NULL,
	"stamp" bigint DEFAULT nextval('caldav_stamp_seq') NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "caldav_departures_stamp_idx" ON "caldav_departures" USING btree ("user_id","stamp");--> statement-breakpoint
-- A task that leaves a calendar leaves a departure with the name that calendar knew it by
-- (docs/caldav.md, sync): on a move to another list (a row trigger that fires only when list_id
-- changes, never on an edit) and on a deletion (one INSERT per statement). A deletion that comes
-- with its list's (the calendar is gone) leaves none.
CREATE FUNCTION doable_caldav_moved() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  INSERT INTO caldav_departures (user_id, list_id, task_id, name)
  VALUES (OLD.user_id, OLD.list_id, OLD.id, coalesce(
    (SELECT o.name FROM caldav_objects o WHERE o.user_id = OLD.user_id AND o.task_id = OLD.id),
    OLD.id || '.ics'));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION doable_caldav_deleted() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  INSERT INTO caldav_departures (user_id, list_id, task_id, name)
  SELECT d.user_id, d.list_id, d.id, coalesce(o.name, d.id || '.ics')
    FROM old_rows d LEFT JOIN caldav_objects o ON o.user_id = d.user_id AND o.task_id = d.id
   WHERE d.list_id IS NULL OR EXISTS (SELECT FROM lists l WHERE l.id = d.list_id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER tasks_caldav_moved AFTER UPDATE OF list_id ON tasks FOR EACH ROW
  WHEN (OLD.list_id IS DISTINCT FROM NEW.list_id) EXECUTE FUNCTION doable_caldav_moved();--> statement-breakpoint
CREATE TRIGGER tasks_caldav_deleted AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_caldav_deleted();
