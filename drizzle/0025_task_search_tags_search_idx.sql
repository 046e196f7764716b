-- One GIN index over a task's tag keys and its search document replaces the index of each: a search
-- with a tag (q=invoice&tag=home) takes the tasks holding both from it at once instead of testing
-- the document of every task with the tag; a search or a tag alone reads its own column's entries
-- (docs/decisions/0143-one-search-index-for-words-and-tags.md).
CREATE INDEX "task_search_tags_search_idx" ON "task_search" USING gin ("tag_keys","search");--> statement-breakpoint
DROP INDEX "task_search_search_idx";--> statement-breakpoint
DROP INDEX "task_search_tag_keys_idx";
