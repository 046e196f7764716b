-- An owner's words near a searched word through an index (decision 0171): btree_gin's operator class
-- on the owner beside the array of the word's trigrams (pg_trgm's show_trgm), so one GIN index
-- answers "this owner's words sharing a trigram with X" (words starting with X among them); the
-- similarity is then computed for those alone. btree_gin, like pg_trgm, is a trusted extension.
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;--> statement-breakpoint
CREATE INDEX "task_words_user_trigrams_idx" ON "task_words" USING gin ("user_id",show_trgm("word"));
