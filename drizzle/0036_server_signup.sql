CREATE TABLE "server_invitations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "server_invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"token_hash" text NOT NULL,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"used_at" timestamp (3) with time zone,
	"used_by" text,
	CONSTRAINT "server_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "server_settings" (
	"one" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"signup" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "server_settings_one" CHECK ("server_settings"."one"),
	CONSTRAINT "server_settings_signup" CHECK ("server_settings"."signup" in ('open', 'invite', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "admin_actions" DROP CONSTRAINT "admin_actions_action";--> statement-breakpoint
CREATE INDEX "server_invitations_created_idx" ON "server_invitations" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_action" CHECK ("admin_actions"."action" in ('disable', 'enable', 'password-reset', 'verification', 'make-admin', 'unmake-admin', 'delete', 'backup', 'signup-mode', 'invite', 'revoke-invitation'));