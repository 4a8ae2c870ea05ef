CREATE TABLE "centre_policies" (
	"centre_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "interview_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"requested_on" date NOT NULL,
	"held_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "interview_requests_order_check" CHECK ("interview_requests"."held_on" is null or "interview_requests"."held_on" >= "interview_requests"."requested_on")
);
--> statement-breakpoint
CREATE TABLE "signature_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"kind" text NOT NULL,
	"media_type" text NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "signature_files_kind_check" CHECK ("signature_files"."kind" in ('person','worker','paper')),
	CONSTRAINT "signature_files_media_check" CHECK ("signature_files"."media_type" in ('image/png','image/jpeg','application/pdf')),
	CONSTRAINT "signature_files_size_check" CHECK (octet_length("signature_files"."bytes") <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "signing_delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "signing_delegations_period_check" CHECK ("signing_delegations"."until" is null or "signing_delegations"."until" >= "signing_delegations"."since")
);
--> statement-breakpoint
CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"form" text NOT NULL,
	"state" text NOT NULL,
	"situation" text NOT NULL,
	"income_category" text,
	"decision_date" date,
	"notification_date" date,
	"income_in_previous_three_months" boolean,
	"exemption" jsonb,
	"assessment_id" uuid,
	"reactualised_after_short_job" boolean DEFAULT false NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"subsidy_extension_motivated_on" date,
	"closed_on" date,
	"outcome" text,
	"closure_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "trajectories_form_check" CHECK ("trajectories"."form" in ('piis','growthPlan')),
	CONSTRAINT "trajectories_state_check" CHECK ("trajectories"."state" in ('draft','informed','active','closed')),
	CONSTRAINT "trajectories_situation_check" CHECK ("trajectories"."situation" in ('integrationIncome','equivalentAid','noFinancialAid')),
	CONSTRAINT "trajectories_closure_check" CHECK (("trajectories"."state" = 'closed') = ("trajectories"."closed_on" is not null and "trajectories"."outcome" is not null))
);
--> statement-breakpoint
CREATE TABLE "trajectory_versions" (
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"state" text NOT NULL,
	"content" jsonb NOT NULL,
	"start_on" date,
	"planned_end_on" date,
	"information" jsonb,
	"signed_on" date,
	"signatures" jsonb,
	"council_noted_on" date,
	"document_sha256" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "trajectory_versions_pkey" PRIMARY KEY("centre_id","trajectory_id","number"),
	CONSTRAINT "trajectory_versions_state_check" CHECK ("trajectory_versions"."state" in ('draft','informed','signed','superseded'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "trajectories_centre_id_key" ON "trajectories" USING btree ("centre_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_centre_id_key" ON "assessments" USING btree ("centre_id","id");--> statement-breakpoint
ALTER TABLE "centre_policies" ADD CONSTRAINT "centre_policies_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_requests" ADD CONSTRAINT "interview_requests_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_requests" ADD CONSTRAINT "interview_requests_trajectory_fk" FOREIGN KEY ("centre_id","trajectory_id") REFERENCES "public"."trajectories"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_files" ADD CONSTRAINT "signature_files_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_files" ADD CONSTRAINT "signature_files_version_fk" FOREIGN KEY ("centre_id","trajectory_id","version_number") REFERENCES "public"."trajectory_versions"("centre_id","trajectory_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_delegations" ADD CONSTRAINT "signing_delegations_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_delegations" ADD CONSTRAINT "signing_delegations_user_fk" FOREIGN KEY ("centre_id","user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_assessment_fk" FOREIGN KEY ("centre_id","assessment_id") REFERENCES "public"."assessments"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_versions" ADD CONSTRAINT "trajectory_versions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_versions" ADD CONSTRAINT "trajectory_versions_trajectory_fk" FOREIGN KEY ("centre_id","trajectory_id") REFERENCES "public"."trajectories"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_requests_trajectory_idx" ON "interview_requests" USING btree ("centre_id","trajectory_id","requested_on");--> statement-breakpoint
CREATE INDEX "signature_files_version_idx" ON "signature_files" USING btree ("centre_id","trajectory_id","version_number");--> statement-breakpoint
CREATE INDEX "signing_delegations_centre_idx" ON "signing_delegations" USING btree ("centre_id","user_id","since");--> statement-breakpoint
CREATE INDEX "trajectories_person_idx" ON "trajectories" USING btree ("centre_id","person_id","created_at");--> statement-breakpoint
CREATE INDEX "trajectories_state_idx" ON "trajectories" USING btree ("centre_id","state","created_at");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON centre_policies, signing_delegations, trajectories, trajectory_versions, interview_requests TO passerelle_app;
--> statement-breakpoint
-- A signature file is never replaced: a new version is signed anew.
GRANT SELECT, INSERT ON signature_files TO passerelle_app;
--> statement-breakpoint
ALTER TABLE centre_policies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE centre_policies FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY centre_policies_tenant ON centre_policies USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE signing_delegations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE signing_delegations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY signing_delegations_tenant ON signing_delegations USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE trajectories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE trajectories FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trajectories_tenant ON trajectories USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE trajectory_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE trajectory_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trajectory_versions_tenant ON trajectory_versions USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE interview_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE interview_requests FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY interview_requests_tenant ON interview_requests USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE signature_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE signature_files FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY signature_files_tenant ON signature_files USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
-- A signed version is evidence of what both sides agreed: its content, dates, information step and
-- signatures never change (for anyone, the owner included). It may only become superseded, take
-- note of the council session, and record the print of its document once.
CREATE FUNCTION trajectory_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state IN ('signed', 'superseded') AND (
       NEW.content IS DISTINCT FROM OLD.content
    OR NEW.start_on IS DISTINCT FROM OLD.start_on
    OR NEW.planned_end_on IS DISTINCT FROM OLD.planned_end_on
    OR NEW.information IS DISTINCT FROM OLD.information
    OR NEW.signed_on IS DISTINCT FROM OLD.signed_on
    OR NEW.signatures IS DISTINCT FROM OLD.signatures
    OR NEW.state NOT IN ('signed', 'superseded')
    OR (OLD.state = 'superseded' AND NEW.state <> 'superseded')
    OR (OLD.document_sha256 IS NOT NULL AND NEW.document_sha256 IS DISTINCT FROM OLD.document_sha256)
  ) THEN
    RAISE EXCEPTION 'a signed plan version is frozen' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER trajectory_versions_frozen BEFORE UPDATE ON trajectory_versions
  FOR EACH ROW EXECUTE FUNCTION trajectory_versions_frozen();
