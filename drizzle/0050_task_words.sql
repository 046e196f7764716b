-- A typo is corrected from its owner's words (decision 0171): the title trigram index of 0043 goes (nothing
-- compares whole titles by trigrams any more; one GIN index less to fill on every write).
CREATE TABLE "task_words" (
	"user_id" text NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "task_words_pkey" PRIMARY KEY("user_id","word")
);
--> statement-breakpoint
DROP INDEX "tasks_title_trgm_idx";--> statement-breakpoint
-- Each owner's title words, for correcting a typo (issue 41, decision 0171): kept by triggers on
-- tasks, only ever added to (a word whose tasks are gone costs a corrected search one term that
-- finds nothing). Words as the search document's simple configuration holds them.
CREATE FUNCTION doable_title_words(title text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT tsvector_to_array(to_tsvector('simple', doable_unaccent(title)))
$$;
--> statement-breakpoint
INSERT INTO "task_words" ("user_id", "word")
  SELECT DISTINCT t.user_id, w.word FROM tasks t, unnest(doable_title_words(t.title)) AS w(word)
  ON CONFLICT DO NOTHING;--> statement-breakpoint
-- New tasks: one statement for all the rows an INSERT made (an import's too).
CREATE FUNCTION doable_task_words_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_words (user_id, word)
    SELECT DISTINCT n.user_id, w.word FROM new_rows n, unnest(doable_title_words(n.title)) AS w(word)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A task renamed or given to another owner: its words are the owner's too.
CREATE FUNCTION doable_task_words_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_words (user_id, word)
    SELECT NEW.user_id, w.word FROM unnest(doable_title_words(NEW.title)) AS w(word)
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_words_insert AFTER INSERT ON tasks REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION doable_task_words_inserted();--> statement-breakpoint
CREATE TRIGGER tasks_words_update AFTER UPDATE ON tasks FOR EACH ROW
  WHEN (old.title IS DISTINCT FROM new.title OR old.user_id IS DISTINCT FROM new.user_id)
  EXECUTE FUNCTION doable_task_words_updated();
