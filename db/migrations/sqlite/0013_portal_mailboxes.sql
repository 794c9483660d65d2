CREATE TABLE `portal_mailboxes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`portal_id` integer NOT NULL,
	`host` text NOT NULL,
	`port` integer NOT NULL,
	`tls` integer DEFAULT true NOT NULL,
	`username` text NOT NULL,
	`password` text NOT NULL,
	`folder` text DEFAULT 'INBOX' NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`last_poll_at` integer,
	`last_error` text,
	`last_error_detail` text,
	`flagged_with` text,
	`created_by` text,
	`updated_by` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `portal_mailboxes_portal_id_unique` ON `portal_mailboxes` (`portal_id`);--> statement-breakpoint
CREATE INDEX `portal_mailboxes_enabled` ON `portal_mailboxes` (`enabled`);