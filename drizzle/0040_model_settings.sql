CREATE TABLE "user_model_settings" (
	"user_id" text PRIMARY KEY NOT NULL,
	"base_url" text NOT NULL,
	"model" text NOT NULL,
	"api_key_sealed" text,
	"mode" text DEFAULT 'auto' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_model_settings_mode" CHECK ("user_model_settings"."mode" in ('auto', 'agent', 'plan'))
);
--> statement-breakpoint
ALTER TABLE "admin_actions" DROP CONSTRAINT "admin_actions_action";--> statement-breakpoint
ALTER TABLE "server_settings" ADD COLUMN "model_base_url" text;--> statement-breakpoint
ALTER TABLE "server_settings" ADD COLUMN "model_name" text;--> statement-breakpoint
ALTER TABLE "server_settings" ADD COLUMN "model_key_sealed" text;--> statement-breakpoint
ALTER TABLE "server_settings" ADD COLUMN "model_mode" text;--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_action" CHECK ("admin_actions"."action" in ('disable', 'enable', 'password-reset', 'verification', 'make-admin', 'unmake-admin', 'delete', 'backup', 'signup-mode', 'invite', 'revoke-invitation', 'server-model'));