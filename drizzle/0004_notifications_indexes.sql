CREATE INDEX `notifications_contribution_idx` ON `notifications` (`contribution_id`,`event`);--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`);