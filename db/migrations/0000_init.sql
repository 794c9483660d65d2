CREATE TABLE `email_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outbox_id` integer NOT NULL,
	`at` integer NOT NULL,
	`ok` integer NOT NULL,
	`error` text,
	FOREIGN KEY (`outbox_id`) REFERENCES `email_outbox`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `email_attempts_outbox` ON `email_attempts` (`outbox_id`);--> statement-breakpoint
CREATE TABLE `email_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer,
	`template` text NOT NULL,
	`language` text NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`locked_until` integer,
	`last_error` text,
	`sent_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `email_outbox_due` ON `email_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `email_outbox_request` ON `email_outbox` (`request_id`);--> statement-breakpoint
CREATE TABLE `portals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`reference_prefix` text NOT NULL,
	`policy_url` text NOT NULL,
	`contact_email` text NOT NULL,
	`languages` text NOT NULL,
	`default_language` text NOT NULL,
	`request_types` text NOT NULL,
	`regime` text NOT NULL,
	`promises` text NOT NULL,
	`clock_start` text NOT NULL,
	`time_zone` text NOT NULL,
	`holiday_country` text NOT NULL,
	`calendar_overrides` text DEFAULT '[]' NOT NULL,
	`data_categories` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `portals_slug_unique` ON `portals` (`slug`);--> statement-breakpoint
CREATE TABLE `request_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`portal_id` integer NOT NULL,
	`request_id` integer,
	`type` text NOT NULL,
	`actor` text NOT NULL,
	`public` integer NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`at` integer NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_events_portal` ON `request_events` (`portal_id`,`id`);--> statement-breakpoint
CREATE INDEX `request_events_request` ON `request_events` (`request_id`,`id`);--> statement-breakpoint
CREATE TABLE `requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`portal_id` integer NOT NULL,
	`reference` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`channel` text NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`account_id` text,
	`details` text,
	`language` text NOT NULL,
	`received_at` integer NOT NULL,
	`verified_at` integer,
	`verification_reminder_at` integer,
	`due_at` integer,
	`due_date` text,
	`extension_notice_by` text,
	`acknowledge_by` text,
	`deadline_provisional` integer DEFAULT false NOT NULL,
	`deadline_steps` text,
	`closed_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `requests_reference_unique` ON `requests` (`reference`);--> statement-breakpoint
CREATE INDEX `requests_queue` ON `requests` (`portal_id`,`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `requests_status_received` ON `requests` (`status`,`received_at`);--> statement-breakpoint
CREATE INDEX `requests_due` ON `requests` (`due_at`);--> statement-breakpoint
CREATE INDEX `requests_verification_reminder` ON `requests` (`verification_reminder_at`);--> statement-breakpoint
CREATE INDEX `requests_email` ON `requests` (`email`);--> statement-breakpoint
CREATE TABLE `retention_bases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`portal_id` integer NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`statute` text NOT NULL,
	`default_period_days` integer,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `retention_bases_portal_key` ON `retention_bases` (`portal_id`,`key`);--> statement-breakpoint
CREATE TABLE `tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tokens_hash_unique` ON `tokens` (`hash`);--> statement-breakpoint
CREATE INDEX `tokens_request` ON `tokens` (`request_id`,`purpose`);