// Task events as CloudEvents 1.0 in structured mode (the JSON event format is the whole message
// body, as the CloudEvents NATS binding has it), the topics each goes to, and the subject of a
// user's messages on a topic.
import { type EventType, eventPayload, type TaskEvent } from '../events.service.js';

/** The topics of the event-driven design: task changes, reminders, and every change for live sync. */
export const TOPICS = ['task-events', 'reminders', 'task-updates'] as const;
export type Topic = (typeof TOPICS)[number];

/** The topics an event goes to, in publishing order: its own, then `task-updates` (which carries all). */
export function topicsOf(type: EventType): Topic[] {
  return type === 'reminder' ? ['reminders', 'task-updates'] : ['task-events', 'task-updates'];
}

/** `<prefix>.<topic>.<user token>`: one subject per user and topic, so consumers can key by user. */
export function subjectOf(prefix: string, topic: Topic, userId: string): string {
  return `${prefix}.${topic}.${userToken(userId)}`;
}

/**
 * A user id as one NATS subject token and KV key: letters, digits, `_` and `-` as they are, every
 * other byte (of its UTF-8) as `=XX`, `=` included, so two ids never share a token.
 */
export function userToken(userId: string): string {
  let token = '';
  for (const byte of Buffer.from(userId, 'utf8')) {
    const char = String.fromCharCode(byte);
    token += /[A-Za-z0-9_-]/.test(char) ? char : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return token;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

export interface CloudEvent {
  specversion: '1.0';
  /** The event's id in the task_events table, the same as a webhook body's `id`. */
  id: string;
  /** The deployment (APP_URL): with `id`, identifies the event. */
  source: string;
  /** `dev.doable.task.created`, `.updated`, `.completed`, `.deleted` or `.reminder`. */
  type: `dev.doable.task.${EventType}`;
  /** `tasks/<task id>`. */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  /** Extension: the owner of the task. */
  userid: string;
  /** Extension: the owner's event number (1, 2, 3... without gaps): the order to apply them in. */
  userseq: number;
  /** The Partitioning extension (the Kafka binding's message key): the owner, so order per user holds. */
  partitionkey: string;
  /** The body a webhook gets: the type, the task as the API shows it, the user, when, the reminder. */
  data: { id: number } & ReturnType<typeof eventPayload>;
}

export function toCloudEvent(event: TaskEvent, source: string): CloudEvent {
  return {
    specversion: '1.0',
    id: String(event.id),
    source,
    type: `dev.doable.task.${event.type}`,
    subject: `tasks/${event.taskId}`,
    time: event.createdAt.toISOString(),
    datacontenttype: 'application/json',
    userid: event.userId,
    userseq: event.seq,
    partitionkey: event.userId,
    data: { id: event.id, ...eventPayload(event) },
  };
}
