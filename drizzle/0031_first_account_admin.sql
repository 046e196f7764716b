ALTER TABLE "users" ADD COLUMN "is_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The first account made on a server is its administrator (issue 39). A server that already has
-- accounts makes its oldest one the administrator, so the next stranger to sign up does not become it.
UPDATE "users" SET "is_admin" = true
  WHERE "id" = (SELECT "id" FROM "users" ORDER BY "created_at", "id" LIMIT 1);--> statement-breakpoint
-- Decided by the database whatever path inserts the account (sign-up now; a command or another
-- sign-in later), and race-safe: two first sign-ups at once both see an empty table, so the lock
-- makes the second wait for the first to commit, and its second look (a new snapshot under READ
-- COMMITTED) sees the first account. Only an empty table takes the lock. Deleting the administrator
-- makes no one else administrator: "first" is the first account, not "while there is none".
CREATE OR REPLACE FUNCTION doable_first_account_admin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT NEW.is_admin AND NOT EXISTS (SELECT 1 FROM users) THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('doable:first-account', 0));
    IF NOT EXISTS (SELECT 1 FROM users) THEN
      NEW.is_admin := true;
    END IF;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER users_first_account_admin BEFORE INSERT ON "users"
  FOR EACH ROW EXECUTE FUNCTION doable_first_account_admin();
