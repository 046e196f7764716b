CREATE TABLE "user_model_settings" (
	"user_id" text PRIMARY KEY NOT NULL,
	"base_url" text NOT NULL,
	"model" text NOT NULL,
	"api_key_sealed" text,
	"mode" text DEFAULT 'auto' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_model_settings_mode" CHECK ("user_model_settings"."mode" in ('auto', 'agent', 'plan'))
);
