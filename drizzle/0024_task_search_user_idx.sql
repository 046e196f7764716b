-- A search ranks and counts its newest matches only (at most 1,000; a common word's 40,000 matches
-- are not all read): the window walks the owner's task_search rows newest first through this index
-- (docs/decisions/0141-a-search-ranks-and-counts-its-newest-matches.md).
CREATE INDEX "task_search_user_id_idx" ON "task_search" USING btree ("user_id","id");
