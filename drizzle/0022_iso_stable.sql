-- doable_iso (0005) was declared IMMUTABLE while its body (to_char of a timestamp) is STABLE, so
-- Postgres never inlined it: every call ran the SQL function executor, about 3 µs, against 0.7 µs
-- inlined (list pages build four a task: docs/decisions/0130-list-pages-as-json-from-postgres.md).
-- STABLE is what it is; nothing indexes it.
ALTER FUNCTION doable_iso(timestamptz) STABLE;
