CREATE TABLE `drp_agent_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agent_id` integer NOT NULL,
	`hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`agent_id`) REFERENCES `drp_agents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drp_agent_tokens_hash_unique` ON `drp_agent_tokens` (`hash`);--> statement-breakpoint
CREATE INDEX `drp_agent_tokens_agent` ON `drp_agent_tokens` (`agent_id`);--> statement-breakpoint
CREATE TABLE `drp_agents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`portal_id` integer NOT NULL,
	`agent_id` text NOT NULL,
	`name` text NOT NULL,
	`verify_key` text NOT NULL,
	`contact` text,
	`status` text DEFAULT 'active' NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drp_agents_portal_agent` ON `drp_agents` (`portal_id`,`agent_id`);--> statement-breakpoint
CREATE TABLE `drp_portal_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`portal_id` integer NOT NULL,
	`business_id` text,
	`public_key` text,
	`private_key` text,
	`key_id` text,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drp_portal_settings_portal_id_unique` ON `drp_portal_settings` (`portal_id`);--> statement-breakpoint
CREATE TABLE `drp_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`drp_request_id` text NOT NULL,
	`agent_id` integer NOT NULL,
	`agent_request_id` text,
	`exercise` text NOT NULL,
	`regime` text,
	`drp_version` text,
	`claims` text,
	`status_callback` text,
	`expires_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `drp_agents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drp_requests_request_id_unique` ON `drp_requests` (`request_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `drp_requests_drp_request_id_unique` ON `drp_requests` (`drp_request_id`);--> statement-breakpoint
CREATE INDEX `drp_requests_agent` ON `drp_requests` (`agent_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`endpoint_id` integer,
	`kind` text DEFAULT 'webhook' NOT NULL,
	`target_url` text,
	`portal_id` integer NOT NULL,
	`request_id` integer,
	`event_id` text NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`locked_until` integer,
	`last_attempt_at` integer,
	`last_status_code` integer,
	`last_duration_ms` integer,
	`last_response_excerpt` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`delivered_at` integer,
	FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`portal_id`) REFERENCES `portals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_webhook_deliveries`("id", "endpoint_id", "portal_id", "request_id", "event_id", "type", "payload", "status", "attempts", "next_attempt_at", "locked_until", "last_attempt_at", "last_status_code", "last_duration_ms", "last_response_excerpt", "created_at", "delivered_at") SELECT "id", "endpoint_id", "portal_id", "request_id", "event_id", "type", "payload", "status", "attempts", "next_attempt_at", "locked_until", "last_attempt_at", "last_status_code", "last_duration_ms", "last_response_excerpt", "created_at", "delivered_at" FROM `webhook_deliveries`;--> statement-breakpoint
DROP TABLE `webhook_deliveries`;--> statement-breakpoint
ALTER TABLE `__new_webhook_deliveries` RENAME TO `webhook_deliveries`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_endpoint` ON `webhook_deliveries` (`endpoint_id`,`id`);--> statement-breakpoint
CREATE INDEX `webhook_deliveries_request` ON `webhook_deliveries` (`request_id`);