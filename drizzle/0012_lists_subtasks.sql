-- Lists, subtasks and a manual order (issue 14). A new task or list takes the current time in
-- milliseconds as its position, so it comes after everything made before it with no lookup; a move
-- takes the midpoint of its new neighbours (src/tasks/tasks.move.ts), one row written per move.
CREATE OR REPLACE FUNCTION doable_new_position() RETURNS double precision
  LANGUAGE sql VOLATILE PARALLEL SAFE
  AS $$ SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::double precision $$;--> statement-breakpoint
CREATE TABLE "lists" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"color" text,
	"position" double precision DEFAULT doable_new_position() NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lists_name_length" CHECK (char_length("lists"."name") between 1 and 100),
	CONSTRAINT "lists_color_format" CHECK ("lists"."color" is null or "lists"."color" ~ '^#[0-9a-f]{6}$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "lists_user_id_idx" ON "lists" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "lists_user_position_idx" ON "lists" USING btree ("user_id","position","id");--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "list_id" bigint;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "parent_id" bigint;--> statement-breakpoint
-- Existing tasks keep their creation order as their manual order (the version is unchanged, so no
-- live event is written for this).
ALTER TABLE "tasks" ADD COLUMN "position" double precision;--> statement-breakpoint
UPDATE "tasks" SET "position" = floor(extract(epoch FROM "created_at") * 1000);--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "position" SET DEFAULT doable_new_position();--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "position" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_user_id_idx" ON "tasks" USING btree ("user_id","id");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_list_fk" FOREIGN KEY ("user_id","list_id") REFERENCES "public"."lists"("user_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_parent_fk" FOREIGN KEY ("user_id","parent_id") REFERENCES "public"."tasks"("user_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_user_list_position_idx" ON "tasks" USING btree ("user_id","list_id","position","id");--> statement-breakpoint
CREATE INDEX "tasks_parent_idx" ON "tasks" USING btree ("parent_id","position","id") WHERE "tasks"."parent_id" is not null;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_not_own_parent" CHECK ("tasks"."parent_id" is null or "tasks"."parent_id" <> "tasks"."id");
