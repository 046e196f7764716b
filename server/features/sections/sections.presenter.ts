// The section presenter: a section as the API shows it (SectionSchema).
import type { SectionJson } from './sections.schema.js';
import type { Section } from './sections.service.js';

export function toSectionJson(section: Section): SectionJson {
  return {
    id: section.id,
    list_id: section.listId,
    name: section.name,
    position: section.position,
    created_at: section.createdAt.toISOString(),
    updated_at: section.updatedAt.toISOString(),
  };
}
