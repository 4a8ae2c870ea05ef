CREATE TABLE "calendar_feeds" (
	"secret_hash" text PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"mode" text NOT NULL,
	"missed" boolean DEFAULT false NOT NULL,
	"attendance" jsonb NOT NULL,
	"objective_progress" jsonb NOT NULL,
	"person_did" text,
	"centre_did" text,
	"next_steps" text,
	"next_on" date,
	"measurement_id" uuid,
	"held_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "evaluations_mode_check" CHECK ("evaluations"."mode" in ('inPerson','remote','written')),
	CONSTRAINT "evaluations_next_check" CHECK ("evaluations"."next_on" is null or "evaluations"."next_on" > "evaluations"."held_on")
);
--> statement-breakpoint
CREATE TABLE "module_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"enrolled_on" date NOT NULL,
	"left_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "module_enrolments_order_check" CHECK ("module_enrolments"."left_on" is null or "module_enrolments"."left_on" >= "module_enrolments"."enrolled_on")
);
--> statement-breakpoint
CREATE TABLE "module_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "module_sessions_order_check" CHECK ("module_sessions"."ends_at" > "module_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"partner_id" uuid,
	"capacity" integer,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "modules_kind_check" CHECK ("modules"."kind" in ('individual','collective')),
	CONSTRAINT "modules_capacity_check" CHECK ("modules"."capacity" is null or "modules"."capacity" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"to_user_id" uuid,
	"handover_note" text NOT NULL,
	"sent_on" date NOT NULL,
	"sent_by" uuid NOT NULL,
	"state" text NOT NULL,
	"answered_on" date,
	"answered_by" uuid,
	"answer_note" text,
	"receiving_user_id" uuid,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "referrals_state_check" CHECK ("referrals"."state" in ('pending','accepted','declined','withdrawn','ended')),
	CONSTRAINT "referrals_answer_check" CHECK (("referrals"."state" = 'pending') = ("referrals"."answered_on" is null) and ("referrals"."state" = 'ended') = ("referrals"."ended_on" is not null)),
	CONSTRAINT "referrals_order_check" CHECK (("referrals"."answered_on" is null or "referrals"."answered_on" >= "referrals"."sent_on") and ("referrals"."ended_on" is null or "referrals"."ended_on" >= "referrals"."answered_on"))
);
--> statement-breakpoint
CREATE TABLE "sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"state" text NOT NULL,
	"notice_on" date,
	"worker_opinion" text,
	"worker_opinion_on" date,
	"hearing_on" date,
	"hearing_assisted" boolean,
	"extent" text NOT NULL,
	"partial_percent" integer,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"suspended" boolean DEFAULT false NOT NULL,
	"proposed_by" uuid NOT NULL,
	"approved_by" uuid,
	"approved_on" date,
	"approval_note" text,
	"decision_on" date,
	"notified_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "sanctions_state_check" CHECK ("sanctions"."state" in ('proposed','approved','refused','decided','withdrawn')),
	CONSTRAINT "sanctions_extent_check" CHECK ("sanctions"."extent" in ('total','partial')),
	CONSTRAINT "sanctions_partial_check" CHECK (("sanctions"."extent" = 'partial') = ("sanctions"."partial_percent" is not null) and ("sanctions"."partial_percent" is null or "sanctions"."partial_percent" between 1 and 99)),
	CONSTRAINT "sanctions_period_check" CHECK ("sanctions"."end_on" >= "sanctions"."start_on"),
	CONSTRAINT "sanctions_decided_check" CHECK (("sanctions"."state" = 'decided') = ("sanctions"."decision_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "service_members" (
	"centre_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "service_members_pkey" PRIMARY KEY("centre_id","service_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"contact" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "services_kind_check" CHECK ("services"."kind" in ('internal','partner'))
);
--> statement-breakpoint
CREATE TABLE "session_attendance" (
	"centre_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"status" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "session_attendance_pkey" PRIMARY KEY("centre_id","session_id","enrolment_id"),
	CONSTRAINT "session_attendance_status_check" CHECK ("session_attendance"."status" in ('present','excused','absent'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_active_key" ON "calendar_feeds" USING btree ("centre_id","user_id") WHERE "calendar_feeds"."revoked_at" is null;
--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_centre_id_key" ON "evaluations" USING btree ("centre_id","id");
--> statement-breakpoint
CREATE INDEX "evaluations_trajectory_idx" ON "evaluations" USING btree ("centre_id","trajectory_id","held_on");
--> statement-breakpoint
CREATE INDEX "evaluations_person_idx" ON "evaluations" USING btree ("centre_id","person_id","held_on");
--> statement-breakpoint
CREATE UNIQUE INDEX "module_enrolments_centre_id_key" ON "module_enrolments" USING btree ("centre_id","id");
--> statement-breakpoint
CREATE UNIQUE INDEX "module_enrolments_once_key" ON "module_enrolments" USING btree ("centre_id","module_id","trajectory_id");
--> statement-breakpoint
CREATE INDEX "module_enrolments_trajectory_idx" ON "module_enrolments" USING btree ("centre_id","trajectory_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "module_sessions_centre_id_key" ON "module_sessions" USING btree ("centre_id","id");
--> statement-breakpoint
CREATE INDEX "module_sessions_module_idx" ON "module_sessions" USING btree ("centre_id","module_id","starts_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "modules_centre_id_key" ON "modules" USING btree ("centre_id","id");
--> statement-breakpoint
CREATE INDEX "modules_centre_idx" ON "modules" USING btree ("centre_id","name");
--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_centre_id_key" ON "referrals" USING btree ("centre_id","id");
--> statement-breakpoint
CREATE INDEX "referrals_trajectory_idx" ON "referrals" USING btree ("centre_id","trajectory_id","sent_on");
--> statement-breakpoint
CREATE INDEX "referrals_service_state_idx" ON "referrals" USING btree ("centre_id","service_id","state");
--> statement-breakpoint
CREATE INDEX "referrals_receiving_idx" ON "referrals" USING btree ("centre_id","receiving_user_id","state");
--> statement-breakpoint
CREATE UNIQUE INDEX "sanctions_centre_id_key" ON "sanctions" USING btree ("centre_id","id");
--> statement-breakpoint
CREATE INDEX "sanctions_person_idx" ON "sanctions" USING btree ("centre_id","person_id","decision_on");
--> statement-breakpoint
CREATE INDEX "sanctions_trajectory_idx" ON "sanctions" USING btree ("centre_id","trajectory_id","created_at");
--> statement-breakpoint
CREATE INDEX "sanctions_state_idx" ON "sanctions" USING btree ("centre_id","state","created_at");
--> statement-breakpoint
CREATE INDEX "service_members_user_idx" ON "service_members" USING btree ("centre_id","user_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "services_centre_id_key" ON "services" USING btree ("centre_id","id");
--> statement-breakpoint
CREATE INDEX "services_centre_idx" ON "services" USING btree ("centre_id","kind","name");
--> statement-breakpoint
CREATE INDEX "session_attendance_enrolment_idx" ON "session_attendance" USING btree ("centre_id","enrolment_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "measurements_centre_id_key" ON "measurements" USING btree ("centre_id","id");
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_fk" FOREIGN KEY ("centre_id","user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_trajectory_fk" FOREIGN KEY ("centre_id","trajectory_id") REFERENCES "public"."trajectories"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_held_by_fk" FOREIGN KEY ("centre_id","held_by") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_measurement_fk" FOREIGN KEY ("centre_id","measurement_id") REFERENCES "public"."measurements"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "module_enrolments" ADD CONSTRAINT "module_enrolments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "module_enrolments" ADD CONSTRAINT "module_enrolments_module_fk" FOREIGN KEY ("centre_id","module_id") REFERENCES "public"."modules"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "module_enrolments" ADD CONSTRAINT "module_enrolments_trajectory_fk" FOREIGN KEY ("centre_id","trajectory_id") REFERENCES "public"."trajectories"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "module_enrolments" ADD CONSTRAINT "module_enrolments_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "module_sessions" ADD CONSTRAINT "module_sessions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "module_sessions" ADD CONSTRAINT "module_sessions_module_fk" FOREIGN KEY ("centre_id","module_id") REFERENCES "public"."modules"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "modules" ADD CONSTRAINT "modules_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "modules" ADD CONSTRAINT "modules_partner_fk" FOREIGN KEY ("centre_id","partner_id") REFERENCES "public"."services"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_trajectory_fk" FOREIGN KEY ("centre_id","trajectory_id") REFERENCES "public"."trajectories"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_fk" FOREIGN KEY ("centre_id","service_id") REFERENCES "public"."services"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_user_fk" FOREIGN KEY ("centre_id","to_user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sent_by_fk" FOREIGN KEY ("centre_id","sent_by") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_receiving_user_fk" FOREIGN KEY ("centre_id","receiving_user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_trajectory_fk" FOREIGN KEY ("centre_id","trajectory_id") REFERENCES "public"."trajectories"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_proposed_by_fk" FOREIGN KEY ("centre_id","proposed_by") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_approved_by_fk" FOREIGN KEY ("centre_id","approved_by") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "service_members" ADD CONSTRAINT "service_members_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "service_members" ADD CONSTRAINT "service_members_service_fk" FOREIGN KEY ("centre_id","service_id") REFERENCES "public"."services"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "service_members" ADD CONSTRAINT "service_members_user_fk" FOREIGN KEY ("centre_id","user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_fk" FOREIGN KEY ("centre_id","session_id") REFERENCES "public"."module_sessions"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_enrolment_fk" FOREIGN KEY ("centre_id","enrolment_id") REFERENCES "public"."module_enrolments"("centre_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Tenancy, as for every table of a centre's data (DESIGN.md §1.4). Attendance and service
-- membership are corrected by deleting the row; the other tables are never deleted from.
GRANT SELECT, INSERT, UPDATE ON evaluations, sanctions, services, referrals, modules, module_sessions, module_enrolments, calendar_feeds TO passerelle_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON service_members, session_attendance TO passerelle_app;
--> statement-breakpoint
ALTER TABLE evaluations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE evaluations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY evaluations_tenant ON evaluations USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE sanctions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sanctions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sanctions_tenant ON sanctions USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE services FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY services_tenant ON services USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE service_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE service_members FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY service_members_tenant ON service_members USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referrals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referrals_tenant ON referrals USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE modules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE modules FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY modules_tenant ON modules USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE module_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE module_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY module_sessions_tenant ON module_sessions USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE module_enrolments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE module_enrolments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY module_enrolments_tenant ON module_enrolments USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE session_attendance ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE session_attendance FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY session_attendance_tenant ON session_attendance USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_feeds_tenant ON calendar_feeds USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
-- A calendar application fetches the feed with nothing but the secret of its URL: this finds the
-- worker it belongs to and enters their centre, like passerelle_enter does for a session.
CREATE FUNCTION passerelle_enter_calendar(p_secret_hash text)
  RETURNS TABLE (user_id uuid, centre_id uuid, role text, locale text, email text, display_name text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$
#variable_conflict use_column
DECLARE
  account record;
BEGIN
  SELECT u.id, u.centre_id, u.role, u.locale, u.email, u.display_name INTO account
    FROM public.calendar_feeds f JOIN public.users u ON u.id = f.user_id AND u.centre_id = f.centre_id
   WHERE f.secret_hash = p_secret_hash AND f.revoked_at IS NULL;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM set_config('app.centre_id', account.centre_id::text, true),
          set_config('app.user_id', account.id::text, true);
  RETURN QUERY SELECT account.id, account.centre_id, account.role, account.locale, account.email, account.display_name;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION passerelle_enter_calendar(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION passerelle_enter_calendar(text) TO passerelle_app;
