-- Fail closed (issue 6): references carry the centre, the event log, login budgets, demo accounts.
-- The target of every composite (centre_id, person_id) reference comes first.
CREATE UNIQUE INDEX "persons_centre_id_key" ON "persons" USING btree ("centre_id","id");--> statement-breakpoint
CREATE TABLE "events" (
	"centre_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" bigserial NOT NULL,
	"type" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_seq" integer NOT NULL,
	"person_id" uuid,
	"occurred_on" date NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "events_pkey" PRIMARY KEY("centre_id","id")
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone
);
--> statement-breakpoint
DROP TABLE "login_attempts" CASCADE;--> statement-breakpoint
ALTER TABLE "assessments" DROP CONSTRAINT "assessments_person_id_persons_id_fk";
--> statement-breakpoint
ALTER TABLE "measurements" DROP CONSTRAINT "measurements_person_id_persons_id_fk";
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "events_subject_seq_key" ON "events" USING btree ("centre_id","subject_type","subject_id","subject_seq");--> statement-breakpoint
CREATE INDEX "events_person_idx" ON "events" USING btree ("centre_id","person_id","occurred_on");--> statement-breakpoint
CREATE INDEX "events_position_idx" ON "events" USING btree ("centre_id","position");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The timeline reads the event log from now on: give existing files their past events.
INSERT INTO events (centre_id, type, subject_type, subject_id, subject_seq, person_id, occurred_on, recorded_at, actor_user_id, payload)
  SELECT centre_id, 'person.registered', 'person', id, 1, id, (created_at AT TIME ZONE 'Europe/Brussels')::date, created_at, created_by, '{}'::jsonb
  FROM persons;
--> statement-breakpoint
INSERT INTO events (centre_id, type, subject_type, subject_id, subject_seq, person_id, occurred_on, recorded_at, actor_user_id, payload)
  SELECT centre_id, 'assessment.recorded', 'assessment', id, 1, person_id, assessed_on, created_at, created_by,
         jsonb_build_object('domains', jsonb_array_length(domains))
  FROM assessments;
--> statement-breakpoint
INSERT INTO events (centre_id, type, subject_type, subject_id, subject_seq, person_id, occurred_on, recorded_at, actor_user_id, payload)
  SELECT centre_id, 'measurement.recorded', 'measurement', id, 1, person_id, measured_on, created_at, created_by,
         jsonb_build_object('instrumentKey', instrument_key, 'instrumentVersion', instrument_version, 'context', context)
  FROM measurements;
--> statement-breakpoint
-- The event log is append-only like the audit trail: the app role may add and read its centre's events.
GRANT SELECT, INSERT ON events TO passerelle_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE events_position_seq TO passerelle_app;
--> statement-breakpoint
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY events_tenant ON events USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION events_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'events is append-only' USING ERRCODE = 'insufficient_privilege'; END $$;
--> statement-breakpoint
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();
--> statement-breakpoint
-- A request may change only a user's own preferences; role, centre, e-mail and password hash are
-- changed by administration use cases that switch up explicitly (or not at all yet).
REVOKE UPDATE ON users FROM passerelle_app;
--> statement-breakpoint
GRANT UPDATE (locale, version) ON users TO passerelle_app;
--> statement-breakpoint
-- login_throttle and sessions are authentication tables: the app role has no privilege on them;
-- login and session lookup switch up to the owner by name (src/db/tenancy.ts asSystem).
REVOKE ALL ON login_throttle FROM passerelle_app;
