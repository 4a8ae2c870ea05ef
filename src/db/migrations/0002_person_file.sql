CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"domains" jsonb NOT NULL,
	"aspirations" text DEFAULT '' NOT NULL,
	"aptitudes" text DEFAULT '' NOT NULL,
	"qualifications" text DEFAULT '' NOT NULL,
	"needs" text DEFAULT '' NOT NULL,
	"locked_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"instrument_key" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"measured_on" date NOT NULL,
	"context" text NOT NULL,
	"scores" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "measurements_context_check" CHECK ("measurements"."context" in ('intake','evaluation','closure','other'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instruments" ADD CONSTRAINT "instruments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_person_idx" ON "assessments" USING btree ("centre_id","person_id","assessed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "instruments_key_version" ON "instruments" USING btree ("centre_id","key","version");--> statement-breakpoint
CREATE INDEX "measurements_person_idx" ON "measurements" USING btree ("centre_id","person_id","instrument_key","measured_on");--> statement-breakpoint
-- Tenancy for the person file (see 0001_tenancy.sql). Measurements and instrument versions are
-- never changed or removed: the app role may only add and read them.
GRANT SELECT, INSERT, UPDATE ON assessments TO passerelle_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON instruments, measurements TO passerelle_app;
--> statement-breakpoint
ALTER TABLE assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assessments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assessments_tenant ON assessments USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE instruments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE instruments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY instruments_tenant ON instruments USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE measurements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE measurements FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY measurements_tenant ON measurements USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
