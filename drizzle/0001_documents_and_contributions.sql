CREATE TABLE `modules` (
	`id` text PRIMARY KEY NOT NULL,
	`process_id` text NOT NULL,
	`type` text NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `modules_process_slug_uq` ON `modules` (`process_id`,`slug`);--> statement-breakpoint
CREATE INDEX `modules_process_idx` ON `modules` (`process_id`,`position`);--> statement-breakpoint
CREATE TABLE `phase_modules` (
	`phase_id` text NOT NULL,
	`module_id` text NOT NULL,
	`flags` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`phase_id`, `module_id`),
	FOREIGN KEY (`phase_id`) REFERENCES `phases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `phase_modules_module_idx` ON `phase_modules` (`module_id`);--> statement-breakpoint
CREATE TABLE `chapters` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`key` text NOT NULL,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`position` integer NOT NULL,
	`markdown` text NOT NULL,
	`html` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chapters_version_key_uq` ON `chapters` (`version_id`,`key`);--> statement-breakpoint
CREATE INDEX `chapters_version_pos_idx` ON `chapters` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `document_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`number` integer NOT NULL,
	`label` text NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_versions_number_uq` ON `document_versions` (`document_id`,`number`);--> statement-breakpoint
CREATE INDEX `document_versions_state_idx` ON `document_versions` (`document_id`,`state`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`module_id` text NOT NULL,
	`title` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_module_uq` ON `documents` (`module_id`);--> statement-breakpoint
CREATE TABLE `paragraphs` (
	`id` text PRIMARY KEY NOT NULL,
	`chapter_id` text NOT NULL,
	`anchor` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`chapter_id`) REFERENCES `chapters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `paragraphs_chapter_anchor_uq` ON `paragraphs` (`chapter_id`,`anchor`);--> statement-breakpoint
CREATE INDEX `paragraphs_chapter_pos_idx` ON `paragraphs` (`chapter_id`,`position`);--> statement-breakpoint
CREATE TABLE `contributions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`process_id` text NOT NULL,
	`module_id` text,
	`phase_id` text,
	`author_id` text,
	`organisation_id` text,
	`parent_id` text,
	`root_id` text,
	`depth` integer DEFAULT 0 NOT NULL,
	`body` text NOT NULL,
	`state` text NOT NULL,
	`moderation_mode` text NOT NULL,
	`reviewed_at` integer,
	`reviewed_by` text,
	`rejection_reason` text,
	`version_id` text,
	`chapter_id` text,
	`anchor` text,
	`anchor_state` text,
	`original_version_id` text,
	`original_chapter_id` text,
	`original_anchor` text,
	`support_count` integer DEFAULT 0 NOT NULL,
	`reply_count` integer DEFAULT 0 NOT NULL,
	`client_nonce` text,
	`created_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`phase_id`) REFERENCES `phases`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`parent_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`chapter_id`) REFERENCES `chapters`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`original_version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`original_chapter_id`) REFERENCES `chapters`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `contributions_chapter_new_idx` ON `contributions` (`chapter_id`,`state`,`depth`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_chapter_support_idx` ON `contributions` (`chapter_id`,`state`,`depth`,`support_count`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_chapter_anchor_idx` ON `contributions` (`chapter_id`,`state`,`anchor`);--> statement-breakpoint
CREATE INDEX `contributions_root_idx` ON `contributions` (`root_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `contributions_author_idx` ON `contributions` (`author_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `contributions_state_idx` ON `contributions` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `contributions_unmatched_idx` ON `contributions` (`anchor_state`) WHERE anchor_state = 'unmatched';--> statement-breakpoint
CREATE UNIQUE INDEX `contributions_nonce_uq` ON `contributions` (`author_id`,`client_nonce`);--> statement-breakpoint
CREATE TABLE `supports` (
	`contribution_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`contribution_id`, `user_id`),
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `supports_user_idx` ON `supports` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_type_idx` ON `audit_log` (`entity_type`,`id`);