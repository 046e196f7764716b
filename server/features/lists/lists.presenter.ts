// The list presenter: a list with its counts as the API shows it (ListSchema).
import { listPermissions } from '../../platform/access/policy.js';
import type { ListJson } from './lists.schema.js';
import type { List } from './lists.service.js';

export function toListJson(list: List): ListJson {
  return {
    id: list.id,
    name: list.name,
    color: list.color,
    position: list.position,
    archived: list.archived,
    open_count: list.openCount,
    total_count: list.totalCount,
    owner_id: list.userId,
    role: list.role,
    permissions: listPermissions(list.role),
    member_count: list.memberCount,
    created_at: list.createdAt.toISOString(),
    updated_at: list.updatedAt.toISOString(),
  };
}
