// A push subscription as the API shows it: where it goes only as its push service's origin.
import type { PushSubscriptionRow } from './push.service.js';

export function toSubscriptionJson(s: PushSubscriptionRow) {
  return {
    id: s.id,
    name: s.name,
    user_agent: s.userAgent,
    endpoint_origin: new URL(s.endpoint).origin,
    expires_at: s.expiresAt?.toISOString() ?? null,
    failure_count: s.failureCount,
    last_status: s.lastStatus,
    last_error: s.lastError,
    last_success_at: s.lastSuccessAt?.toISOString() ?? null,
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}
