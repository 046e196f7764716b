-- The tsquery a search filters with: a search matches a task whose document holds every word as
-- its English stem or every word as typed, each as a prefix (src/tasks/tasks.list.ts). When every
-- word's stem is a prefix of the word as typed ('invoic' of 'invoice', 'run' of 'running'), a
-- document holding the typed words holds the stems too, so the stems alone find the same tasks:
-- one prefix scan of the search index per word instead of two, and an estimate the planner reads
-- as one term (q=invoice&tag=home: the index scan 2.1-3.5 ms against 3.7-8.9 ms, and no parallel
-- sequential scan chosen for it; docs/benchmarks.md, "Issue 19, session 10"). Otherwise (a stop
-- word the stems leave out, a stem that is not a prefix) the query is both, as before. Ranking still
-- uses both forms. Immutable: with the words as a constant, the planner computes it once.
CREATE OR REPLACE FUNCTION doable_search_query(words text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
      WHEN coalesce(array_length(stems.lexemes, 1), 0) > 0
        AND array_length(stems.lexemes, 1) = array_length(typed.lexemes, 1)
        AND NOT EXISTS (
          SELECT FROM unnest(stems.lexemes, typed.lexemes) AS pair(stem, word)
            WHERE NOT starts_with(pair.word, pair.stem))
      THEN stems.query
      ELSE stems.query || typed.query
    END
    FROM (SELECT q AS query, ARRAY(SELECT m.match[1] FROM regexp_matches(q::text, '''((?:[^'']|'''')*)''', 'g')
                 WITH ORDINALITY AS m(match, n) ORDER BY m.n) AS lexemes
            FROM to_tsquery('english', doable_unaccent(words)) AS q) stems,
         (SELECT q AS query, ARRAY(SELECT m.match[1] FROM regexp_matches(q::text, '''((?:[^'']|'''')*)''', 'g')
                 WITH ORDINALITY AS m(match, n) ORDER BY m.n) AS lexemes
            FROM to_tsquery('simple', doable_unaccent(words)) AS q) typed
$$;
