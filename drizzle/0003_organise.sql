-- Accent-insensitive search: unaccent is a trusted extension (PostgreSQL 13+), so a database
-- owner can create it; PGlite loads it from @electric-sql/pglite/contrib. unaccent() itself is
-- only STABLE, so generated columns and indexes use this IMMUTABLE wrapper with a fixed dictionary.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE TABLE "user_settings" (
	"user_id" text PRIMARY KEY NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "priority" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "tag_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "due_date" date;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "due_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "due_sort" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, doable_unaccent(title)), 'A') || setweight(to_tsvector('simple'::regconfig, doable_unaccent(title)), 'A') || setweight(to_tsvector('english'::regconfig, doable_unaccent(coalesce(description, ''))), 'B') || setweight(to_tsvector('simple'::regconfig, doable_unaccent(coalesce(description, ''))), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "tasks_user_priority_idx" ON "tasks" USING btree ("user_id","priority","id");--> statement-breakpoint
CREATE INDEX "tasks_user_due_asc_idx" ON "tasks" USING btree ("user_id",coalesce("due_sort", 'infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "tasks_user_due_desc_idx" ON "tasks" USING btree ("user_id",coalesce("due_sort", '-infinity'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "tasks_user_open_due_idx" ON "tasks" USING btree ("user_id",coalesce("due_sort", 'infinity'::timestamptz),"id") WHERE not "tasks"."completed";--> statement-breakpoint
CREATE INDEX "tasks_tag_keys_idx" ON "tasks" USING gin ("tag_keys");--> statement-breakpoint
CREATE INDEX "tasks_search_idx" ON "tasks" USING gin ("search");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_priority_range" CHECK ("tasks"."priority" between 0 and 3);--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_tags_count" CHECK (cardinality("tasks"."tags") <= 20 and cardinality("tasks"."tags") = cardinality("tasks"."tag_keys"));--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_one_due_moment" CHECK ("tasks"."due_date" is null or "tasks"."due_at" is null);