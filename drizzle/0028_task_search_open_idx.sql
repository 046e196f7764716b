-- The GIN index of migration 0025 over open tasks only: a search of open tasks (status=pending,
-- the default of the app's own views) reads the open tasks' entries alone, where the whole index
-- gave every match and the rows of the done ones were read to drop them
-- (q=invoice&tag=home&status=pending on 100,000 tasks: 1,068 rows read against 1,763; docs/benchmarks.md,
-- "Issue 19, session 11"). A search of all tasks or of done ones reads the whole index as before.
CREATE INDEX "task_search_open_tags_search_idx" ON "task_search" USING gin ("tag_keys","search") WHERE not "task_search"."completed";
