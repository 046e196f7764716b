-- Shared lists (issue 15): members (editors and viewers) besides the owner, invitations by email,
-- comments, who made and who is assigned each task, and the activity of shared lists' tasks.
-- created_by is null for tasks made by the owner before sharing existed (the API shows the owner).
-- tasks_list_idx serves a member's reads.
CREATE TABLE "list_invitations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "list_invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"list_id" bigint NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"invited_by" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp (3) with time zone,
	CONSTRAINT "list_invitations_role" CHECK ("list_invitations"."role" in ('editor', 'viewer')),
	CONSTRAINT "list_invitations_status" CHECK ("list_invitations"."status" in ('pending', 'accepted', 'declined', 'cancelled')),
	CONSTRAINT "list_invitations_email_length" CHECK (char_length("list_invitations"."email") between 3 and 254)
);
--> statement-breakpoint
CREATE TABLE "list_members" (
	"list_id" bigint NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_members_list_id_user_id_pk" PRIMARY KEY("list_id","user_id"),
	CONSTRAINT "list_members_role" CHECK ("list_members"."role" in ('editor', 'viewer'))
);
--> statement-breakpoint
CREATE TABLE "task_activity" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_activity_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"list_id" bigint NOT NULL,
	"task_id" bigint NOT NULL,
	"task_title" text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"changes" text[] DEFAULT '{}'::text[] NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_comments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"task_id" bigint NOT NULL,
	"author_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_comments_body_length" CHECK (char_length("task_comments"."body") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "assignee_id" text;--> statement-breakpoint
ALTER TABLE "list_invitations" ADD CONSTRAINT "list_invitations_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_members" ADD CONSTRAINT "list_members_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_activity" ADD CONSTRAINT "task_activity_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_comments" ADD CONSTRAINT "task_comments_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "list_invitations_pending_idx" ON "list_invitations" USING btree ("list_id","email") WHERE "list_invitations"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "list_invitations_email_idx" ON "list_invitations" USING btree ("email") WHERE "list_invitations"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "list_invitations_inviter_idx" ON "list_invitations" USING btree ("invited_by","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "list_members_user_idx" ON "list_members" USING btree ("user_id","list_id");--> statement-breakpoint
CREATE INDEX "task_activity_list_idx" ON "task_activity" USING btree ("list_id","id");--> statement-breakpoint
CREATE INDEX "task_activity_task_idx" ON "task_activity" USING btree ("task_id","id");--> statement-breakpoint
CREATE INDEX "task_comments_task_idx" ON "task_comments" USING btree ("task_id","id");--> statement-breakpoint
CREATE INDEX "task_comments_author_idx" ON "task_comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "tasks_list_idx" ON "tasks" USING btree ("list_id","id") WHERE "tasks"."list_id" is not null;--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("assignee_id","id") WHERE "tasks"."assignee_id" is not null;--> statement-breakpoint
-- Activity: one row per task a statement changes in a shared list (a list with members), written
-- by statement triggers over the transition tables like the events of 0014, so every write path
-- is covered. The actor is the transaction's doable.actor (set when a member writes through
-- asTaskOwner), else the owner; a new task's is its created_by.
CREATE OR REPLACE FUNCTION doable_actor(owner text) RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('doable.actor', true), ''), owner) $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_activity_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_activity (list_id, task_id, task_title, actor_id, action)
    SELECT c.list_id, c.id, c.title, coalesce(c.created_by, doable_actor(c.user_id)),
        CASE WHEN c.series_task_id IS NOT NULL AND c.completed THEN 'completed' ELSE 'created' END
      FROM new_rows c
      WHERE c.list_id IS NOT NULL AND EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = c.list_id)
      ORDER BY c.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_activity_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_activity (list_id, task_id, task_title, actor_id, action, changes)
    SELECT CASE WHEN EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = c.list_id) THEN c.list_id ELSE o.list_id END, c.id, c.title, doable_actor(c.user_id),
        CASE WHEN c.completed AND NOT o.completed THEN 'completed'
             WHEN o.completed AND NOT c.completed THEN 'reopened'
             WHEN c.list_id IS DISTINCT FROM o.list_id OR c.parent_id IS DISTINCT FROM o.parent_id THEN 'moved'
             ELSE 'updated' END,
        array_remove(ARRAY[
          CASE WHEN c.title IS DISTINCT FROM o.title THEN 'title' END,
          CASE WHEN c.description IS DISTINCT FROM o.description THEN 'description' END,
          CASE WHEN c.priority <> o.priority THEN 'priority' END,
          CASE WHEN c.tags IS DISTINCT FROM o.tags THEN 'tags' END,
          CASE WHEN c.due_date IS DISTINCT FROM o.due_date OR c.due_at IS DISTINCT FROM o.due_at THEN 'due' END,
          CASE WHEN c.recurrence IS DISTINCT FROM o.recurrence THEN 'recurrence' END,
          CASE WHEN c.reminders IS DISTINCT FROM o.reminders THEN 'reminders' END,
          CASE WHEN c.list_id IS DISTINCT FROM o.list_id THEN 'list' END,
          CASE WHEN c.parent_id IS DISTINCT FROM o.parent_id THEN 'parent' END,
          CASE WHEN c.position IS DISTINCT FROM o.position THEN 'position' END,
          CASE WHEN c.assignee_id IS DISTINCT FROM o.assignee_id THEN 'assignee' END
        ], NULL)
      FROM new_rows c JOIN old_rows o ON o.id = c.id
      WHERE c.version <> o.version AND (EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = c.list_id) OR EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = o.list_id))
      ORDER BY c.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_activity_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_activity (list_id, task_id, task_title, actor_id, action)
    SELECT c.list_id, c.id, c.title, doable_actor(c.user_id), 'deleted'
      FROM old_rows c
      WHERE c.list_id IS NOT NULL AND EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = c.list_id)
      ORDER BY c.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_activity_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_activity_inserted();--> statement-breakpoint
CREATE TRIGGER tasks_activity_update AFTER UPDATE ON tasks REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_activity_updated();--> statement-breakpoint
CREATE TRIGGER tasks_activity_delete AFTER DELETE ON tasks REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_activity_deleted();
--> statement-breakpoint
-- Webhooks of a shared list's members receive its tasks' events too (the payload's user_id stays
-- the owner's). Members and owner are different users, so no delivery is made twice.
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
  RETURN NULL;
END $$;
