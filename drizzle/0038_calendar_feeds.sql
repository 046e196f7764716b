CREATE TABLE "calendar_feeds" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_feeds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"list_id" bigint,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_fetched_at" timestamp (3) with time zone,
	CONSTRAINT "calendar_feeds_hash_length" CHECK (char_length("calendar_feeds"."token_hash") = 64)
);
--> statement-breakpoint
CREATE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("user_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_user_list_idx" ON "calendar_feeds" USING btree ("user_id",coalesce("list_id", 0));