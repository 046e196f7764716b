-- Every function of the schema that names its tables or functions sets its own search_path, so it
-- finds them whatever the caller's is. pg_dump's restore runs with an empty search_path (so does
-- a data-only restore, whose COPY fires the triggers, and logical replication's apply): a function
-- that leaves the lookup to the caller fails there. Postgres's documented way for functions that
-- run under another's search_path is the SET clause of the function itself. The few functions that
-- name only built-ins, or name the rest with their schema, are left without it, so the planner
-- still inlines them: doable_actor, doable_iso, doable_new_position, doable_next_agenda,
-- doable_unaccent, and the functions server/migrate.ts derives (doable_task_json,
-- doable_subtask_counts, doable_task_json_head, doable_task_json_tail).
ALTER FUNCTION doable_agenda_schedule() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_arm_reminders() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_email_fanout() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_event_seq() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_first_account_admin() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_lists_changed() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_notifications_added() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_notify_task_activity() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_push_fanout() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_reminder_times(t tasks) SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_search_query(words text) SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_signal_list(p_list bigint, p_also text) SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_activity_deleted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_activity_inserted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_activity_updated() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_counts_deleted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_counts_inserted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_counts_updated() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_events_deleted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_events_inserted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_events_updated() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_search_deleted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_search_inserted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_search_updated() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_words_inserted() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_task_words_updated() SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_title_words(title text) SET search_path = public;--> statement-breakpoint
ALTER FUNCTION doable_webhook_fanout() SET search_path = public;
