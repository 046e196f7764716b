-- Typo-tolerant search (issue 41): trigram similarity of titles, pg_trgm, a trusted extension
-- (PostgreSQL 13+) that PGlite loads from @electric-sql/pglite/contrib (pglite.options.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
-- Saved filters: a name and a query in the filter language, per user.
CREATE TABLE "saved_filters" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "saved_filters_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"color" text,
	"position" double precision DEFAULT doable_new_position() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_filters_name_length" CHECK (char_length("saved_filters"."name") between 1 and 100),
	CONSTRAINT "saved_filters_query_length" CHECK (char_length("saved_filters"."query") between 1 and 500),
	CONSTRAINT "saved_filters_color_format" CHECK ("saved_filters"."color" is null or "saved_filters"."color" ~ '^#[0-9a-f]{6}$')
);
--> statement-breakpoint
CREATE INDEX "saved_filters_user_position_idx" ON "saved_filters" USING btree ("user_id","position","id");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_filters_user_name_idx" ON "saved_filters" USING btree ("user_id",lower("name"));--> statement-breakpoint
CREATE INDEX "tasks_title_trgm_idx" ON "tasks" USING gin (doable_unaccent("title") gin_trgm_ops);