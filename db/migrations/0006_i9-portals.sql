ALTER TABLE `portals` ADD `contact_email_confirmed` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `portals` ADD `email_intake` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `portals` ADD `seed_fingerprint` text;