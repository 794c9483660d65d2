CREATE TABLE `sign_in_throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`window_start_at` integer NOT NULL,
	`locked_until` integer,
	`lockouts` integer DEFAULT 0 NOT NULL,
	`last_locked_at` integer
);
--> statement-breakpoint
CREATE INDEX `sign_in_throttles_window` ON `sign_in_throttles` (`window_start_at`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_user` ON `staff_sessions` (`user_id`);--> statement-breakpoint
ALTER TABLE `deletion_outcomes` ADD `anchor_date` text;--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `portal_id` integer REFERENCES portals(id);--> statement-breakpoint
CREATE INDEX `email_outbox_portal_status` ON `email_outbox` (`portal_id`,`status`);--> statement-breakpoint
CREATE INDEX `email_outbox_template_created` ON `email_outbox` (`template`,`created_at`);--> statement-breakpoint
ALTER TABLE `portals` ADD `contact_email_confirmed` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `portals` ADD `email_intake` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `portals` ADD `data_category_details` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `portals` ADD `seed_fingerprint` text;--> statement-breakpoint
ALTER TABLE `portals` ADD `duplicate_window_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `portals` ADD `appeal_window_days` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `refusal_by` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `identity` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `appeal_of` integer REFERENCES requests(id);--> statement-breakpoint
ALTER TABLE `requests` ADD `duplicate_of` integer REFERENCES requests(id);--> statement-breakpoint
ALTER TABLE `requests` ADD `duplicate_state` text;--> statement-breakpoint
CREATE INDEX `requests_appeal_of` ON `requests` (`appeal_of`);--> statement-breakpoint
CREATE INDEX `requests_portal_received` ON `requests` (`portal_id`,`received_at`);--> statement-breakpoint
ALTER TABLE `retention_bases` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `retention_bases` ADD `anchored_to` text;--> statement-breakpoint
ALTER TABLE `user` DROP COLUMN `session_version`;--> statement-breakpoint
UPDATE `email_outbox` SET `portal_id` = (SELECT `portal_id` FROM `requests` WHERE `requests`.`id` = `email_outbox`.`request_id`) WHERE `request_id` IS NOT NULL;
