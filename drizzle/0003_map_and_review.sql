CREATE TABLE `districts` (
	`id` text PRIMARY KEY NOT NULL,
	`stadtbezirk_id` text NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`position` integer NOT NULL,
	`geometry` text NOT NULL,
	`min_lat` real NOT NULL,
	`min_lon` real NOT NULL,
	`max_lat` real NOT NULL,
	`max_lon` real NOT NULL,
	`label_lat` real NOT NULL,
	`label_lon` real NOT NULL,
	`approximate` integer DEFAULT true NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`stadtbezirk_id`) REFERENCES `stadtbezirke`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `districts_name_uq` ON `districts` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `districts_slug_uq` ON `districts` (`slug`);--> statement-breakpoint
CREATE INDEX `districts_stadtbezirk_idx` ON `districts` (`stadtbezirk_id`,`position`);--> statement-breakpoint
CREATE TABLE `pin_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`module_id` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`label_en` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`color` text DEFAULT '#0b5394' NOT NULL,
	`position` integer NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pin_categories_module_key_uq` ON `pin_categories` (`module_id`,`key`);--> statement-breakpoint
CREATE INDEX `pin_categories_module_idx` ON `pin_categories` (`module_id`,`position`);--> statement-breakpoint
CREATE TABLE `stadtbezirke` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stadtbezirke_name_uq` ON `stadtbezirke` (`name`);--> statement-breakpoint
CREATE TABLE `photos` (
	`id` text PRIMARY KEY NOT NULL,
	`contribution_id` text NOT NULL,
	`mime` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`data` blob NOT NULL,
	`thumb` blob NOT NULL,
	`alt` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`reviewed_at` integer,
	`reviewed_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `photos_contribution_uq` ON `photos` (`contribution_id`);--> statement-breakpoint
CREATE INDEX `photos_state_idx` ON `photos` (`state`,`created_at`);--> statement-breakpoint
CREATE TABLE `topic_packages` (
	`id` text PRIMARY KEY NOT NULL,
	`process_id` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`created_by` text,
	`forwarded_at` integer,
	`forwarded_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`forwarded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `topic_packages_process_idx` ON `topic_packages` (`process_id`,`state`,`created_at`);--> statement-breakpoint
CREATE TABLE `contribution_tags` (
	`contribution_id` text NOT NULL,
	`tag_id` text NOT NULL,
	PRIMARY KEY(`contribution_id`, `tag_id`),
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contribution_tags_tag_idx` ON `contribution_tags` (`tag_id`,`contribution_id`);--> statement-breakpoint
CREATE TABLE `internal_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`package_id` text,
	`contribution_id` text,
	`author_id` text,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`package_id`) REFERENCES `topic_packages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `internal_comments_package_idx` ON `internal_comments` (`package_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `internal_comments_contribution_idx` ON `internal_comments` (`contribution_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`contribution_id` text NOT NULL,
	`event` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_pending_idx` ON `notifications` (`id`) WHERE sent_at is null;--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`package_id` text,
	`contribution_id` text,
	`verdict` text NOT NULL,
	`reason` text NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`package_id`) REFERENCES `topic_packages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_package_uq` ON `recommendations` (`package_id`) WHERE package_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_contribution_uq` ON `recommendations` (`contribution_id`) WHERE contribution_id is not null;--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`contribution_id` text NOT NULL,
	`reporter_id` text,
	`reason` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_contribution_reporter_uq` ON `reports` (`contribution_id`,`reporter_id`);--> statement-breakpoint
CREATE INDEX `reports_open_idx` ON `reports` (`contribution_id`) WHERE resolved_at is null;--> statement-breakpoint
CREATE TABLE `response_links` (
	`response_id` text NOT NULL,
	`paragraph_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`response_id`, `paragraph_id`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`paragraph_id`) REFERENCES `paragraphs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `response_links_paragraph_idx` ON `response_links` (`paragraph_id`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`package_id` text,
	`contribution_id` text,
	`verdict` text NOT NULL,
	`reason` text NOT NULL,
	`author_id` text,
	`published_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`package_id`) REFERENCES `topic_packages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contribution_id`) REFERENCES `contributions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_package_uq` ON `responses` (`package_id`) WHERE package_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `responses_contribution_uq` ON `responses` (`contribution_id`) WHERE contribution_id is not null;--> statement-breakpoint
CREATE INDEX `responses_verdict_idx` ON `responses` (`verdict`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` text PRIMARY KEY NOT NULL,
	`process_id` text NOT NULL,
	`label` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_process_label_uq` ON `tags` (`process_id`,`label`);--> statement-breakpoint
ALTER TABLE `contributions` ADD `lat` real;--> statement-breakpoint
ALTER TABLE `contributions` ADD `lon` real;--> statement-breakpoint
ALTER TABLE `contributions` ADD `district_id` text REFERENCES districts(id);--> statement-breakpoint
ALTER TABLE `contributions` ADD `category_id` text REFERENCES pin_categories(id);--> statement-breakpoint
ALTER TABLE `contributions` ADD `channel` text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE `contributions` ADD `received_at` integer;--> statement-breakpoint
ALTER TABLE `contributions` ADD `sender_name` text;--> statement-breakpoint
ALTER TABLE `contributions` ADD `assignee_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `contributions` ADD `duplicate_of_id` text REFERENCES contributions(id);--> statement-breakpoint
ALTER TABLE `contributions` ADD `open_reports` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `contributions` ADD `hidden` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `contributions` ADD `package_id` text REFERENCES topic_packages(id);--> statement-breakpoint
CREATE INDEX `contributions_process_queue_idx` ON `contributions` (`process_id`,`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_process_kind_idx` ON `contributions` (`process_id`,`kind`,`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_map_idx` ON `contributions` (`module_id`,`state`,`lat`,`lon`);--> statement-breakpoint
CREATE INDEX `contributions_district_idx` ON `contributions` (`district_id`,`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_category_idx` ON `contributions` (`category_id`,`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_assignee_idx` ON `contributions` (`assignee_id`,`state`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_package_idx` ON `contributions` (`package_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `contributions_duplicate_idx` ON `contributions` (`duplicate_of_id`);--> statement-breakpoint
CREATE INDEX `contributions_reported_idx` ON `contributions` (`process_id`,`created_at`,`id`) WHERE open_reports > 0;