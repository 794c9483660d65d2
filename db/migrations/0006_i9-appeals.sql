ALTER TABLE `portals` ADD `duplicate_window_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `portals` ADD `appeal_window_days` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `appeal_of` integer REFERENCES requests(id);--> statement-breakpoint
ALTER TABLE `requests` ADD `duplicate_of` integer REFERENCES requests(id);--> statement-breakpoint
ALTER TABLE `requests` ADD `duplicate_state` text;--> statement-breakpoint
CREATE INDEX `requests_appeal_of` ON `requests` (`appeal_of`);--> statement-breakpoint
CREATE INDEX `requests_portal_received` ON `requests` (`portal_id`,`received_at`);