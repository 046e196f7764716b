CREATE SEQUENCE "public"."caldav_stamp_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "caldav_collections" (
	"user_id" text NOT NULL,
	"list_id" bigint NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "caldav_collections_slug_length" CHECK (char_length("caldav_collections"."slug") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "caldav_objects" (
	"user_id" text NOT NULL,
	"task_id" bigint NOT NULL,
	"name" text NOT NULL,
	"ical_uid" text NOT NULL,
	"extra" text,
	"stamp" bigint DEFAULT nextval('caldav_stamp_seq') NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "caldav_objects_name_length" CHECK (char_length("caldav_objects"."name") between 1 and 255),
	CONSTRAINT "caldav_objects_uid_length" CHECK (char_length("caldav_objects"."ical_uid") between 1 and 255),
	CONSTRAINT "caldav_objects_extra_length" CHECK ("caldav_objects"."extra" is null or octet_length("caldav_objects"."extra") <= 262144)
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "scopes" text[] DEFAULT '{api}'::text[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "caldav_collections_slug_idx" ON "caldav_collections" USING btree ("user_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "caldav_collections_list_idx" ON "caldav_collections" USING btree ("list_id");--> statement-breakpoint
CREATE UNIQUE INDEX "caldav_objects_task_idx" ON "caldav_objects" USING btree ("user_id","task_id");--> statement-breakpoint
CREATE INDEX "caldav_objects_name_idx" ON "caldav_objects" USING btree ("user_id","name");--> statement-breakpoint
CREATE INDEX "caldav_objects_uid_idx" ON "caldav_objects" USING btree ("user_id","ical_uid");--> statement-breakpoint
CREATE INDEX "caldav_objects_stamp_idx" ON "caldav_objects" USING btree ("user_id","stamp");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_scopes" CHECK (cardinality("api_keys"."scopes") between 1 and 2 and "api_keys"."scopes" <@ array['api', 'caldav']::text[]);