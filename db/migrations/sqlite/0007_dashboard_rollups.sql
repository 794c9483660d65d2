CREATE TABLE `request_close_times` (
	`portal_id` integer NOT NULL,
	`week` integer NOT NULL,
	`tenths` integer NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`portal_id`, `week`, `tenths`),
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `request_open_counts` (
	`portal_id` integer PRIMARY KEY NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `request_week_counts` (
	`portal_id` integer NOT NULL,
	`week` integer NOT NULL,
	`type` text NOT NULL,
	`received` integer DEFAULT 0 NOT NULL,
	`completed` integer DEFAULT 0 NOT NULL,
	`on_time` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`portal_id`, `week`, `type`),
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `requests_closed`;--> statement-breakpoint
CREATE INDEX `requests_active_due` ON `requests` (`due_at`,`id`) WHERE "requests"."status" in ('open', 'in_progress', 'awaiting_requester');--> statement-breakpoint
CREATE INDEX `requests_active_portal_due` ON `requests` (`portal_id`,`due_at`,`id`) WHERE "requests"."status" in ('open', 'in_progress', 'awaiting_requester');--> statement-breakpoint
CREATE INDEX `requests_active_assignee_due` ON `requests` (`assignee_id`,`due_at`,`id`) WHERE "requests"."status" in ('open', 'in_progress', 'awaiting_requester');--> statement-breakpoint
CREATE INDEX `requests_closed` ON `requests` (`portal_id`,`status`,`closed_at`,`received_at`,`due_at`);