DROP INDEX `requests_closed_erase`;--> statement-breakpoint
CREATE INDEX `requests_closed_erase` ON `requests` (`status`,`closed_at`) WHERE "requests"."erased_at" is null;--> statement-breakpoint
CREATE INDEX `user_next_digest` ON `user` (`next_digest_at`);