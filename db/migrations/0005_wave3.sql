ALTER TABLE `email_outbox` ADD `portal_id` integer REFERENCES portals(id);--> statement-breakpoint
CREATE INDEX `email_outbox_portal_status` ON `email_outbox` (`portal_id`,`status`);--> statement-breakpoint
CREATE INDEX `email_outbox_template_created` ON `email_outbox` (`template`,`created_at`);--> statement-breakpoint
ALTER TABLE `requests` ADD `refusal_by` text;--> statement-breakpoint
UPDATE `email_outbox` SET `portal_id` = (SELECT `portal_id` FROM `requests` WHERE `requests`.`id` = `email_outbox`.`request_id`) WHERE `request_id` IS NOT NULL;
