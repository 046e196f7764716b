ALTER TABLE "email_outbox" DROP CONSTRAINT "email_outbox_kind";--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "invitation_id" bigint;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_invitation_id_list_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."list_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_invitation_idx" ON "email_outbox" USING btree ("invitation_id") WHERE "email_outbox"."invitation_id" is not null;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_kind" CHECK ("email_outbox"."kind" in ('reminder', 'agenda', 'reset', 'verify', 'password-reset', 'notification', 'invitation'));