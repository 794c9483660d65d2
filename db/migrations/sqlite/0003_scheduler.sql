CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `deletion_outcomes` ADD `next_reminder_at` integer;--> statement-breakpoint
CREATE INDEX `deletion_outcomes_next_reminder` ON `deletion_outcomes` (`next_reminder_at`);--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `dedupe_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `email_outbox_dedupe_key_unique` ON `email_outbox` (`dedupe_key`);--> statement-breakpoint
ALTER TABLE `portals` ADD `closed_retention_days` integer DEFAULT 1095 NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `next_reminder_at` integer;--> statement-breakpoint
ALTER TABLE `requests` ADD `erased_at` integer;--> statement-breakpoint
CREATE INDEX `requests_next_reminder` ON `requests` (`next_reminder_at`);--> statement-breakpoint
CREATE INDEX `requests_closed_erase` ON `requests` (`status`,`closed_at`);--> statement-breakpoint
ALTER TABLE `user` ADD `next_digest_at` integer;