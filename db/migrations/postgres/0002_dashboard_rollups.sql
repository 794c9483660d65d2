CREATE TABLE "request_close_times" (
	"portal_id" integer NOT NULL,
	"week" timestamp (3) with time zone NOT NULL,
	"tenths" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "request_close_times_portal_id_week_tenths_pk" PRIMARY KEY("portal_id","week","tenths")
);
--> statement-breakpoint
CREATE TABLE "request_open_counts" (
	"portal_id" integer NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "request_open_counts_portal_id_pk" PRIMARY KEY("portal_id")
);
--> statement-breakpoint
CREATE TABLE "request_week_counts" (
	"portal_id" integer NOT NULL,
	"week" timestamp (3) with time zone NOT NULL,
	"type" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"on_time" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "request_week_counts_portal_id_week_type_pk" PRIMARY KEY("portal_id","week","type")
);
--> statement-breakpoint
DROP INDEX "requests_closed";--> statement-breakpoint
ALTER TABLE "request_close_times" ADD CONSTRAINT "request_close_times_portal_id_portals_id_fk" FOREIGN KEY ("portal_id") REFERENCES "public"."portals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_open_counts" ADD CONSTRAINT "request_open_counts_portal_id_portals_id_fk" FOREIGN KEY ("portal_id") REFERENCES "public"."portals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_week_counts" ADD CONSTRAINT "request_week_counts_portal_id_portals_id_fk" FOREIGN KEY ("portal_id") REFERENCES "public"."portals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requests_active_due" ON "requests" USING btree ("due_at" NULLS FIRST,"id") WHERE "requests"."status" in ('open', 'in_progress', 'awaiting_requester');--> statement-breakpoint
CREATE INDEX "requests_active_portal_due" ON "requests" USING btree ("portal_id","due_at" NULLS FIRST,"id") WHERE "requests"."status" in ('open', 'in_progress', 'awaiting_requester');--> statement-breakpoint
CREATE INDEX "requests_active_assignee_due" ON "requests" USING btree ("assignee_id","due_at" NULLS FIRST,"id") WHERE "requests"."status" in ('open', 'in_progress', 'awaiting_requester');--> statement-breakpoint
CREATE INDEX "requests_closed" ON "requests" USING btree ("portal_id","status","closed_at","received_at","due_at");