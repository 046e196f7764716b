-- Descriptions in Markdown up to 16,000 characters (issue 41 part 3), on every path: REST, MCP, CalDAV, imports.
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_description_length";--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_description_length" CHECK ("tasks"."description" is null or char_length("tasks"."description") <= 16000);