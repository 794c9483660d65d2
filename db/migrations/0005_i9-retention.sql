ALTER TABLE `deletion_outcomes` ADD `anchor_date` text;--> statement-breakpoint
ALTER TABLE `portals` ADD `data_category_details` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `requests` ADD `identity` text;--> statement-breakpoint
ALTER TABLE `retention_bases` ADD `translations` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `retention_bases` ADD `anchored_to` text;