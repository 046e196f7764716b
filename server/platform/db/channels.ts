// The channel the database's triggers NOTIFY on, and what its payloads say: the instances'
// event hubs LISTEN on it (features/events), and services that write in a transaction NOTIFY on it
// themselves where no trigger does. Beside it, the channel of access cuts.
/** The one channel of task events, list changes, inbox changes and queued deliveries. */
export const EVENTS_CHANNEL = 'doable_task_events';
/**
 * The payload on EVENTS_CHANNEL when the webhook fan-out queued deliveries (migration 0029); any
 * other payload is the user id whose events changed.
 */
export const DELIVERIES_QUEUED = '';
/**
 * The payload's prefix when a user's lists, sections, list members or settings changed (the
 * triggers of migration 0048): `lists:<user id>`.
 */
export const LISTS_CHANGED = 'lists:';
/**
 * The payload's prefix when a user's notifications inbox changed (a notification added: migration
 * 0049; read or unread: notifications.service.ts): `inbox:<user id>`.
 */
export const INBOX_CHANGED = 'inbox:';
/**
 * The channel of access cuts (platform/auth/cuts.ts): a JSON payload naming the account and the
 * credential whose open channels every instance ends.
 */
export const ACCESS_CUTS_CHANNEL = 'doable_access_cuts';
