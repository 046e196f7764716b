-- Live events are read per owner in the order of `seq`, an owner's event number taken in commit
-- order: the number is assigned under a per-owner transaction-level advisory lock (held to
-- commit), as one more than the owner's highest visible number. So a writer that numbers an event
-- has waited for every earlier writer of the same owner to commit or roll back, numbers have no
-- gaps, and a reader that has seen number n has seen every number below it. Global ids (the
-- identity column) could commit out of order, so a stream reading "ids above the last sent" lost
-- events. Existing events keep their id as their number (ids rise per owner), so a client's
-- Last-Event-ID from before this migration resumes where it was.
DROP INDEX "task_events_user_idx";--> statement-breakpoint
ALTER TABLE "task_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
UPDATE "task_events" SET "seq" = "id";--> statement-breakpoint
ALTER TABLE "task_events" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "task_events_user_seq_idx" ON "task_events" USING btree ("user_id","seq");--> statement-breakpoint
-- The lock key is (1685021046, hashtext(user_id)), the two-key form: EVENT_LOCK_CLASS in
-- src/events/events.service.ts, which transactions use to take it before locking task rows.
CREATE OR REPLACE FUNCTION doable_event_seq() RETURNS trigger
  LANGUAGE plpgsql VOLATILE
  AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1685021046, hashtext(NEW.user_id));
  SELECT coalesce(max(e.seq), 0) + 1 INTO NEW.seq FROM task_events e WHERE e.user_id = NEW.user_id;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER task_events_seq BEFORE INSERT ON task_events
  FOR EACH ROW EXECUTE FUNCTION doable_event_seq();
