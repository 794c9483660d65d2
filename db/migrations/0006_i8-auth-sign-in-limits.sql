CREATE TABLE `sign_in_throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`window_start_at` integer NOT NULL,
	`locked_until` integer,
	`lockouts` integer DEFAULT 0 NOT NULL,
	`last_locked_at` integer
);
--> statement-breakpoint
CREATE INDEX `sign_in_throttles_window` ON `sign_in_throttles` (`window_start_at`);