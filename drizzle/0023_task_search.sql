-- The columns a search reads, in a narrow table kept by triggers on tasks
-- (docs/decisions/0135-search-reads-a-narrow-table.md): a search of a common word ranks and counts
-- every match, and reading ~300 bytes a match here instead of the ~550-byte task row is what makes
-- that cheaper. tasks.search and tasks_search_idx stay: pages of matches in another order read them.
CREATE TABLE "task_search" (
	"id" bigint PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"list_id" bigint,
	"completed" boolean NOT NULL,
	"tag_keys" text[] NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
INSERT INTO "task_search" ("id", "user_id", "list_id", "completed", "tag_keys", "search")
  SELECT "id", "user_id", "list_id", "completed", "tag_keys", "search" FROM "tasks";--> statement-breakpoint
CREATE INDEX "task_search_search_idx" ON "task_search" USING gin ("search");--> statement-breakpoint
CREATE INDEX "task_search_tag_keys_idx" ON "task_search" USING gin ("tag_keys");--> statement-breakpoint
-- New tasks: one statement for all the rows an INSERT made (an import's 50,000 too).
CREATE FUNCTION doable_task_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_search (id, user_id, list_id, completed, tag_keys, search)
    SELECT n.id, n.user_id, n.list_id, n.completed, n.tag_keys, n.search FROM new_rows n;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A changed task, only when something the table holds changed (the trigger's WHEN): most edits
-- (due, priority, reminders, position) cost nothing here.
CREATE FUNCTION doable_task_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE task_search
    SET user_id = NEW.user_id, list_id = NEW.list_id, completed = NEW.completed, tag_keys = NEW.tag_keys,
        search = NEW.search
    WHERE id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION doable_task_search_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM task_search s USING old_rows o WHERE s.id = o.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_search_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_search_inserted();--> statement-breakpoint
CREATE TRIGGER tasks_search_update AFTER UPDATE ON tasks FOR EACH ROW
  WHEN (old.title IS DISTINCT FROM new.title OR old.description IS DISTINCT FROM new.description
        OR old.completed IS DISTINCT FROM new.completed OR old.tag_keys IS DISTINCT FROM new.tag_keys
        OR old.list_id IS DISTINCT FROM new.list_id OR old.user_id IS DISTINCT FROM new.user_id)
  EXECUTE FUNCTION doable_task_search_updated();--> statement-breakpoint
CREATE TRIGGER tasks_search_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_search_deleted();
