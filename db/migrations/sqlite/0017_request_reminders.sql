CREATE TABLE `request_reminders` (
	`request_id` integer PRIMARY KEY NOT NULL,
	`next_reminder_at` integer,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `request_reminders_due` ON `request_reminders` (`next_reminder_at`);--> statement-breakpoint
-- Issue 12: the reminder times move out of requests.
INSERT INTO `request_reminders` (`request_id`, `next_reminder_at`) SELECT `id`, `next_reminder_at` FROM `requests` WHERE `next_reminder_at` IS NOT NULL;--> statement-breakpoint
DROP INDEX `requests_next_reminder`;--> statement-breakpoint
ALTER TABLE `requests` DROP COLUMN `next_reminder_at`;