CREATE TABLE `inbound_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`request_id` integer,
	`filename` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`content` blob NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `inbound_attachments_message` ON `inbound_attachments` (`message_id`);--> statement-breakpoint
CREATE INDEX `inbound_attachments_request` ON `inbound_attachments` (`request_id`);--> statement-breakpoint
CREATE TABLE `inbound_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`portal_id` integer NOT NULL,
	`message_id` text NOT NULL,
	`from_address` text,
	`subject` text,
	`received_at` integer NOT NULL,
	`outcome` text NOT NULL,
	`reason` text,
	`request_id` integer,
	`size` integer NOT NULL,
	`suggested_type` text,
	`auth` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_messages_portal_message` ON `inbound_messages` (`portal_id`,`message_id`);--> statement-breakpoint
CREATE INDEX `inbound_messages_request` ON `inbound_messages` (`request_id`);--> statement-breakpoint
CREATE INDEX `inbound_messages_portal_created` ON `inbound_messages` (`portal_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `thread` text;--> statement-breakpoint
ALTER TABLE `portals` ADD `inbound_address` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `triage` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `reply_token` text;--> statement-breakpoint
CREATE UNIQUE INDEX `requests_reply_token_unique` ON `requests` (`reply_token`);