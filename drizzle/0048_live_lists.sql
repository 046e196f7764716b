-- Live lists (server/features/events/events.service.ts): a change of a list, its sections or its
-- members, or of a person's settings, wakes the event streams of everyone who sees it, with the
-- payload 'lists:<user id>' on the task events' channel. The stream sends them an `event: lists`,
-- and the web app reads its lists, sections and settings again. Notifications of one transaction
-- with the same payload are sent once, so a reorder of many lists wakes each person once.
CREATE FUNCTION doable_signal_list(p_list bigint, p_also text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('doable_task_events', 'lists:' || who.user_id)
  FROM (
    SELECT user_id FROM lists WHERE id = p_list
    UNION SELECT user_id FROM list_members WHERE list_id = p_list
    UNION SELECT p_also WHERE p_also IS NOT NULL
  ) who;
END $$;--> statement-breakpoint
CREATE FUNCTION doable_lists_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  IF TG_TABLE_NAME = 'user_settings' THEN
    PERFORM pg_notify('doable_task_events', 'lists:' || r.user_id);
  ELSIF TG_TABLE_NAME = 'lists' THEN
    PERFORM doable_signal_list(r.id, r.user_id);
    -- A list handed to another owner: the one it left sees it go.
    IF TG_OP = 'UPDATE' AND OLD.user_id IS DISTINCT FROM NEW.user_id THEN
      PERFORM pg_notify('doable_task_events', 'lists:' || OLD.user_id);
    END IF;
  ELSE
    -- sections and list_members: everyone in the list, and the row's own user (a member removed).
    PERFORM doable_signal_list(r.list_id, r.user_id);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER lists_live AFTER INSERT OR UPDATE OR DELETE ON lists
  FOR EACH ROW EXECUTE FUNCTION doable_lists_changed();--> statement-breakpoint
CREATE TRIGGER sections_live AFTER INSERT OR UPDATE OR DELETE ON sections
  FOR EACH ROW EXECUTE FUNCTION doable_lists_changed();--> statement-breakpoint
CREATE TRIGGER list_members_live AFTER INSERT OR UPDATE OR DELETE ON list_members
  FOR EACH ROW EXECUTE FUNCTION doable_lists_changed();--> statement-breakpoint
CREATE TRIGGER user_settings_live AFTER INSERT OR UPDATE OR DELETE ON user_settings
  FOR EACH ROW EXECUTE FUNCTION doable_lists_changed();
