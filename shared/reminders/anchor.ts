// Where relative reminders ({minutes_before}) count back from: the due moment, and for an all-day
// task the wall time below on its due day, in the owner's time zone. Plain and dependency-free, so
// the server (the iCalendar export) and the web app (web/src/tasks/reminders.ts) read this one value.
// The database arms reminders with its own copy, in the SQL function doable_reminder_times
// (drizzle/0008_reminders.sql; a past migration, not edited): test/reminders.test.ts fails if the
// two ever differ, and a new time means a new migration replacing that function.

/** Relative reminders of an all-day task count back from this wall time ("HH:MM") on the due day. */
export const ALL_DAY_REMINDER_TIME = '09:00';

/** The same wall time, in minutes after midnight. */
export const ALL_DAY_REMINDER_MINUTES =
  Number(ALL_DAY_REMINDER_TIME.slice(0, 2)) * 60 + Number(ALL_DAY_REMINDER_TIME.slice(3, 5));
