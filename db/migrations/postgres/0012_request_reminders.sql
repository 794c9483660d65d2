CREATE TABLE "request_reminders" (
	"request_id" integer NOT NULL,
	"next_reminder_at" timestamp (3) with time zone,
	CONSTRAINT "request_reminders_request_id_pk" PRIMARY KEY("request_id")
);
--> statement-breakpoint
-- Issue 12: the reminder times move out of requests.
INSERT INTO "request_reminders" ("request_id", "next_reminder_at") SELECT "id", "next_reminder_at" FROM "requests" WHERE "next_reminder_at" IS NOT NULL;--> statement-breakpoint
DROP INDEX "requests_next_reminder";--> statement-breakpoint
ALTER TABLE "request_reminders" ADD CONSTRAINT "request_reminders_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_reminders_due" ON "request_reminders" USING btree ("next_reminder_at");--> statement-breakpoint
ALTER TABLE "requests" DROP COLUMN "next_reminder_at";