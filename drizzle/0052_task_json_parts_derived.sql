ALTER TABLE "tasks" DROP COLUMN "json_head";--> statement-breakpoint
ALTER TABLE "tasks" DROP COLUMN "json_tail";