CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"text" text NOT NULL,
	"search_text" text NOT NULL,
	"duration_minutes" integer,
	"author_user_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "journal_entries_kind_check" CHECK ("journal_entries"."kind" in ('interview','home_visit','phone','written','partner_meeting','other')),
	CONSTRAINT "journal_entries_duration_check" CHECK ("journal_entries"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "withdrawn_by" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "withdrawn_by" uuid;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "street" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "house_number" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "box" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "postcode" char(4);--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "municipality" text;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_author_fk" FOREIGN KEY ("centre_id","author_user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journal_entries_person_idx" ON "journal_entries" USING btree ("centre_id","person_id","occurred_on","created_at");--> statement-breakpoint
CREATE INDEX "persons_centre_birth_date_idx" ON "persons" USING btree ("centre_id","birth_date","search_name","id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_withdrawal_check" CHECK (("assessments"."withdrawn_at" is null) = ("assessments"."withdrawal_reason" is null));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_withdrawn_unlocked_check" CHECK ("assessments"."withdrawn_at" is null or "assessments"."locked_at" is null);--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_withdrawal_check" CHECK (("measurements"."withdrawn_at" is null) = ("measurements"."withdrawal_reason" is null));--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_postcode_check" CHECK ("persons"."postcode" ~ '^[1-9][0-9]{3}$');--> statement-breakpoint
-- A measurement recorded before corrections existed was last changed when it was recorded.
UPDATE measurements SET updated_at = created_at, updated_by = created_by;
--> statement-breakpoint
-- Corrections and withdrawals change a measurement in place (its earlier states go to
-- record_versions); nothing is ever deleted.
GRANT UPDATE ON measurements TO passerelle_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON journal_entries TO passerelle_app;
--> statement-breakpoint
ALTER TABLE journal_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE journal_entries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY journal_entries_tenant ON journal_entries
  USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
