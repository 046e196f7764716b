DROP INDEX "tasks_user_due_asc_idx";--> statement-breakpoint
DROP INDEX "tasks_user_open_due_idx";--> statement-breakpoint
CREATE INDEX "tasks_user_due_asc_idx" ON "tasks" USING btree ("user_id",coalesce("due_sort", 'infinity'::timestamptz),"id","due_sort");--> statement-breakpoint
CREATE INDEX "tasks_user_open_due_idx" ON "tasks" USING btree ("user_id",coalesce("due_sort", 'infinity'::timestamptz),"id","due_sort") WHERE not "tasks"."completed";