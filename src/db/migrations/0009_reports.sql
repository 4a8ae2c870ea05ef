CREATE TABLE "report_counts" (
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"cell" text NOT NULL,
	"count" integer NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "report_counts_pkey" PRIMARY KEY("centre_id","year","cell")
);
--> statement-breakpoint
CREATE TABLE "report_members" (
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"cell" text NOT NULL,
	"subject_id" uuid NOT NULL,
	CONSTRAINT "report_members_pkey" PRIMARY KEY("centre_id","year","cell","subject_id")
);
--> statement-breakpoint
CREATE TABLE "report_years" (
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"objectives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"subsidies" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "report_years_pkey" PRIMARY KEY("centre_id","year"),
	CONSTRAINT "report_years_year_check" CHECK ("report_years"."year" between 2000 and 2100),
	CONSTRAINT "report_years_closed_check" CHECK (("report_years"."closed_at" is null) = ("report_years"."closed_by" is null))
);
--> statement-breakpoint
CREATE TABLE "trajectory_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"incurred_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"description" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "trajectory_costs_amount_check" CHECK ("trajectory_costs"."amount_cents" > 0 and "trajectory_costs"."amount_cents" <= 100000000)
);
--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "region" text;--> statement-breakpoint
ALTER TABLE "report_counts" ADD CONSTRAINT "report_counts_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_counts" ADD CONSTRAINT "report_counts_year_fk" FOREIGN KEY ("centre_id","year") REFERENCES "public"."report_years"("centre_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_members" ADD CONSTRAINT "report_members_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_members" ADD CONSTRAINT "report_members_year_fk" FOREIGN KEY ("centre_id","year") REFERENCES "public"."report_years"("centre_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_years" ADD CONSTRAINT "report_years_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_years" ADD CONSTRAINT "report_years_closed_by_fk" FOREIGN KEY ("centre_id","closed_by") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_costs" ADD CONSTRAINT "trajectory_costs_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectory_costs" ADD CONSTRAINT "trajectory_costs_trajectory_fk" FOREIGN KEY ("centre_id","trajectory_id") REFERENCES "public"."trajectories"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_counts_year_idx" ON "report_counts" USING btree ("year","cell");--> statement-breakpoint
CREATE UNIQUE INDEX "trajectory_costs_centre_id_key" ON "trajectory_costs" USING btree ("centre_id","id");--> statement-breakpoint
CREATE INDEX "trajectory_costs_trajectory_idx" ON "trajectory_costs" USING btree ("centre_id","trajectory_id","incurred_on");--> statement-breakpoint
CREATE INDEX "trajectory_costs_day_idx" ON "trajectory_costs" USING btree ("centre_id","incurred_on");--> statement-breakpoint
ALTER TABLE "centres" ADD CONSTRAINT "centres_region_check" CHECK ("centres"."region" in ('brussels','flanders','wallonia'));--> statement-breakpoint
-- Reports: centre staff read and write their own centre's rows. A closed year's figures are never
-- changed nor removed: no UPDATE or DELETE on report_counts and report_members for anyone.
GRANT SELECT, INSERT, UPDATE ON trajectory_costs, report_years TO passerelle_app;
--> statement-breakpoint
GRANT DELETE ON trajectory_costs TO passerelle_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON report_counts, report_members TO passerelle_app;
--> statement-breakpoint
ALTER TABLE trajectory_costs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE trajectory_costs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trajectory_costs_tenant ON trajectory_costs USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE report_years ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_years FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_years_tenant ON report_years TO passerelle_app USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE report_counts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_counts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_counts_tenant ON report_counts TO passerelle_app USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE report_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_members FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_members_tenant ON report_members USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
-- The federal reader: a role that reads the closed years' aggregate counts of every centre, which
-- centres closed which year, and each centre's region; nothing else (no person, no file, no
-- member list, no centre name). Federal routes switch to it for their one query (src/db/tenancy.ts
-- asFederalReader); the connecting owner may switch to it, passerelle_app may not.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'passerelle_federal') THEN
    CREATE ROLE passerelle_federal NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
GRANT passerelle_federal TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO passerelle_federal;
--> statement-breakpoint
GRANT SELECT ON report_counts TO passerelle_federal;
--> statement-breakpoint
GRANT SELECT (centre_id, year, closed_at) ON report_years TO passerelle_federal;
--> statement-breakpoint
GRANT SELECT (id, region) ON centres TO passerelle_federal;
--> statement-breakpoint
CREATE POLICY report_counts_federal ON report_counts FOR SELECT TO passerelle_federal USING (true);
--> statement-breakpoint
CREATE POLICY report_years_federal ON report_years FOR SELECT TO passerelle_federal USING (closed_at IS NOT NULL);
--> statement-breakpoint
CREATE POLICY centres_federal ON centres FOR SELECT TO passerelle_federal USING (true);
