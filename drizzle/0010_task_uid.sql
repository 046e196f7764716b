ALTER TABLE "tasks" ADD COLUMN "uid" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_user_uid_idx" ON "tasks" USING btree ("user_id","uid");