CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"task_id" bigint,
	"list_id" bigint,
	"comment_id" bigint,
	"subject" text NOT NULL,
	"excerpt" text,
	"read_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_kind" CHECK ("notifications"."kind" in ('assigned', 'comment', 'mention', 'joined', 'left', 'completed')),
	CONSTRAINT "notifications_not_actor" CHECK ("notifications"."user_id" <> "notifications"."actor_id"),
	CONSTRAINT "notifications_subject_length" CHECK (char_length("notifications"."subject") <= 500),
	CONSTRAINT "notifications_excerpt_length" CHECK (char_length("notifications"."excerpt") <= 200)
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_list_id_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_task_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."task_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id","id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_task_idx" ON "notifications" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "notifications_list_idx" ON "notifications" USING btree ("list_id");--> statement-breakpoint
CREATE INDEX "notifications_comment_idx" ON "notifications" USING btree ("comment_id");--> statement-breakpoint
-- Assignments and completions are notified from the activity of shared lists (0015's triggers, so
-- every write path is covered, with the same actor), in the same transaction: a task assigned to
-- someone other than the actor (created so, or its assignee changed), and a completed task to the
-- list's owner and members but the actor. Assigning is possible only to the owner or a member of a
-- task's list, so a task outside a shared list is only ever assigned by its owner to themselves.
CREATE OR REPLACE FUNCTION doable_notify_task_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notifications (user_id, kind, actor_id, task_id, list_id, subject)
    SELECT t.assignee_id, 'assigned', a.actor_id, a.task_id, a.list_id, left(a.task_title, 500)
      FROM added a JOIN tasks t ON t.id = a.task_id
      WHERE (a.action = 'created' OR 'assignee' = ANY (a.changes))
        AND t.assignee_id IS NOT NULL AND t.assignee_id <> a.actor_id
    UNION ALL
    SELECT r.user_id, 'completed', a.actor_id, a.task_id, a.list_id, left(a.task_title, 500)
      FROM added a
      CROSS JOIN LATERAL (
        SELECT l.user_id FROM lists l WHERE l.id = a.list_id
        UNION SELECT m.user_id FROM list_members m WHERE m.list_id = a.list_id
      ) r
      WHERE a.action = 'completed' AND r.user_id <> a.actor_id AND EXISTS (SELECT 1 FROM tasks t WHERE t.id = a.task_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_activity_notify AFTER INSERT ON task_activity REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION doable_notify_task_activity();--> statement-breakpoint
-- Whoever received notifications: their event streams wake (they send the new unread count), and
-- only their newest 1,000 are kept.
CREATE OR REPLACE FUNCTION doable_notifications_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM notifications n
    USING (SELECT DISTINCT user_id FROM added) r
    WHERE n.user_id = r.user_id
      AND n.id < (SELECT x.id FROM notifications x WHERE x.user_id = r.user_id ORDER BY x.id DESC OFFSET 999 LIMIT 1);
  PERFORM pg_notify('doable_task_events', r.user_id) FROM (SELECT DISTINCT user_id FROM added) r;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER notifications_added AFTER INSERT ON notifications REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION doable_notifications_added();
