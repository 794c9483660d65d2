CREATE TABLE `request_agents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`name` text NOT NULL,
	`organisation` text,
	`email` text NOT NULL,
	`permission_filename` text NOT NULL,
	`permission_mime_type` text NOT NULL,
	`permission_size` integer NOT NULL,
	`permission` blob NOT NULL,
	`review` text DEFAULT 'pending' NOT NULL,
	`reviewed_by` text,
	`reviewed_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_agents_request_id_unique` ON `request_agents` (`request_id`);