-- Each task's JSON text as list pages send it, stored with the task in two parts around its subtask
-- counts (which change without the row): json_head, every field before them and '"subtasks":', and
-- json_tail, the fields after them and the closing brace. A page reads json_head || counts ||
-- json_tail instead of building the JSON of every task at every read (docs/decisions/0146-list-json-stored-with-each-task.md).
-- The functions are made from the presenter's field list (TASK_JSON_PART_FUNCTIONS_SQL in
-- src/tasks/tasks.presenter.ts; test/list-json.test.ts checks this file against it): row_to_json
-- of the same fields' SQL as before, so the text reads as it did. IMMUTABLE, as generated columns
-- need: nothing in them depends on a setting but extra_float_digits, for position (default 1).
-- One ALTER TABLE: the table is rewritten once.
CREATE OR REPLACE FUNCTION doable_task_json_head("id" bigint, "user_id" text, "title" text, "description" text, "completed" boolean, "completed_at" timestamp with time zone, "priority" smallint, "tags" text[], "due_date" date, "due_at" timestamp with time zone, "recurrence" text, "recurrence_from" text, "series_task_id" bigint, "reminders" jsonb, "list_id" bigint, "parent_id" bigint, "position" double precision, "created_by" text, "assignee_id" text)
  RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN (SELECT left(row_to_json(j)::text, -1) || ',"subtasks":' FROM (SELECT doable_task_json_head.id AS "id", doable_task_json_head.user_id AS "user_id", doable_task_json_head.title AS "title", doable_task_json_head.description AS "description", doable_task_json_head.completed AS "completed", doable_iso(doable_task_json_head.completed_at) AS "completed_at", (ARRAY['none', 'low', 'medium', 'high'])[doable_task_json_head.priority + 1] AS "priority", doable_task_json_head.tags AS "tags", to_char(doable_task_json_head.due_date, 'YYYY-MM-DD') AS "due_date", doable_iso(doable_task_json_head.due_at) AS "due_at", doable_task_json_head.recurrence AS "recurrence", doable_task_json_head.recurrence_from AS "recurrence_from", doable_task_json_head.series_task_id AS "series_task_id", doable_task_json_head.reminders AS "reminders", doable_task_json_head.list_id AS "list_id", doable_task_json_head.parent_id AS "parent_id", doable_task_json_head.position AS "position", coalesce(doable_task_json_head.created_by, doable_task_json_head.user_id) AS "created_by", doable_task_json_head.assignee_id AS "assignee_id") j);
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION doable_task_json_tail("created_at" timestamp with time zone, "updated_at" timestamp with time zone)
  RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN (SELECT ',' || substr(row_to_json(j)::text, 2) FROM (SELECT doable_iso(doable_task_json_tail.created_at) AS "created_at", doable_iso(doable_task_json_tail.updated_at) AS "updated_at") j);
END $$;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "json_head" text GENERATED ALWAYS AS (doable_task_json_head("id", "user_id", "title", "description", "completed", "completed_at", "priority", "tags", "due_date", "due_at", "recurrence", "recurrence_from", "series_task_id", "reminders", "list_id", "parent_id", "position", "created_by", "assignee_id")) STORED,
  ADD COLUMN "json_tail" text GENERATED ALWAYS AS (doable_task_json_tail("created_at", "updated_at")) STORED;
