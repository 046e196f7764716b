// Column kinds the tables share.
import { sql } from 'drizzle-orm';
import { customType, doublePrecision, timestamp } from 'drizzle-orm/pg-core';

// Millisecond precision: timestamps round-trip through JavaScript Dates and cursors exactly.
export const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const doablePosition = () => doublePrecision('position').notNull().default(sql`doable_new_position()`);
