import { integer, text } from 'drizzle-orm/sqlite-core';

/** Timestamps are stored as integer milliseconds since the epoch (UTC); pages render them in Europe/Berlin. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const createdAt = () =>
	timestamp('created_at')
		.notNull()
		.$defaultFn(() => new Date());

/** Random, URL-safe primary keys so ids leak neither counts nor order. */
export const id = () =>
	text('id')
		.primaryKey()
		.$defaultFn(() => crypto.randomUUID());

export const updatedAt = () =>
	timestamp('updated_at')
		.notNull()
		.$defaultFn(() => new Date());
