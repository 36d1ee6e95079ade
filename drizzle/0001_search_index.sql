-- Full-text search over chapters and published comments (SQLite FTS5). The application writes German
-- stems (Snowball) into `stems`, so "Wohnungen" finds "Wohnung"; see src/lib/server/search/.
-- `search_refs` maps an FTS rowid to what it indexes, so updates and deletes are index lookups.
CREATE TABLE `search_refs` (
	`rowid` integer PRIMARY KEY,
	`kind` text NOT NULL,
	`ref_id` text NOT NULL,
	`process_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_refs_ref_uq` ON `search_refs` (`kind`, `ref_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`stems`,
	tokenize = 'unicode61 remove_diacritics 2'
);
