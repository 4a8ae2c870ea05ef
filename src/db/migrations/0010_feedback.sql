CREATE TABLE "feedback_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"language" text NOT NULL,
	"understandable" smallint,
	"heard" smallint,
	"help_fits" smallint,
	"comment" text,
	CONSTRAINT "feedback_answers_language_check" CHECK ("feedback_answers"."language" in ('fr','nl','de','en')),
	CONSTRAINT "feedback_answers_scores_check" CHECK ("feedback_answers"."understandable" between 1 and 4 and "feedback_answers"."heard" between 1 and 4 and "feedback_answers"."help_fits" between 1 and 4),
	CONSTRAINT "feedback_answers_comment_check" CHECK (char_length("feedback_answers"."comment") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "feedback_links" (
	"secret_hash" text PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"language" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_links_language_check" CHECK ("feedback_links"."language" in ('fr','nl','de','en'))
);
--> statement-breakpoint
CREATE TABLE "studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid,
	"title" jsonb NOT NULL,
	"questions" jsonb NOT NULL,
	"target_all" boolean DEFAULT false NOT NULL,
	"target_centre_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "studies_state_check" CHECK ("studies"."state" in ('draft','published','closed')),
	CONSTRAINT "studies_dates_check" CHECK ("studies"."opens_on" <= "studies"."closes_on"),
	CONSTRAINT "studies_centre_target_check" CHECK ("studies"."centre_id" is null or (not "studies"."target_all" and "studies"."target_centre_ids" = array["studies"."centre_id"]))
);
--> statement-breakpoint
CREATE TABLE "study_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"answers" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_respondents" (
	"study_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "study_respondents_pkey" PRIMARY KEY("study_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_answers" ADD CONSTRAINT "feedback_answers_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_links" ADD CONSTRAINT "feedback_links_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "studies" ADD CONSTRAINT "studies_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_answers" ADD CONSTRAINT "study_answers_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_answers" ADD CONSTRAINT "study_answers_study_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_respondents" ADD CONSTRAINT "study_respondents_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_respondents" ADD CONSTRAINT "study_respondents_study_fk" FOREIGN KEY ("study_id") REFERENCES "public"."studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_respondents" ADD CONSTRAINT "study_respondents_user_fk" FOREIGN KEY ("centre_id","user_id") REFERENCES "public"."users"("centre_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_answers_year_idx" ON "feedback_answers" USING btree ("centre_id","year");--> statement-breakpoint
CREATE INDEX "feedback_links_centre_idx" ON "feedback_links" USING btree ("centre_id","expires_at");--> statement-breakpoint
CREATE INDEX "study_answers_study_idx" ON "study_answers" USING btree ("study_id","centre_id");--> statement-breakpoint
-- Feedback: a centre's staff create links and read their centre's answers (the report counts
-- them); a person reaches one link through passerelle_enter_feedback below. Answers are never
-- changed nor removed; links are removed when answered or expired.
GRANT SELECT, INSERT, DELETE ON feedback_links TO passerelle_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON feedback_answers TO passerelle_app;
--> statement-breakpoint
ALTER TABLE feedback_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feedback_links FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY feedback_links_tenant ON feedback_links TO passerelle_app USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
ALTER TABLE feedback_answers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feedback_answers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY feedback_answers_tenant ON feedback_answers TO passerelle_app USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
-- A person's request, entered through the secret of a feedback link (SHA-256), like a calendar
-- feed: finds a link not expired and names its centre under the restricted role (no user).
CREATE FUNCTION passerelle_enter_feedback(p_secret_hash text, p_now timestamptz)
  RETURNS TABLE (centre_id uuid, language text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$
#variable_conflict use_column
DECLARE
  link record;
BEGIN
  SELECT l.centre_id, l.language INTO link
    FROM public.feedback_links l
   WHERE l.secret_hash = p_secret_hash AND l.expires_at > p_now;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM set_config('app.centre_id', link.centre_id::text, true),
          set_config('app.user_id', '', true);
  RETURN QUERY SELECT link.centre_id, link.language;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION passerelle_enter_feedback(text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION passerelle_enter_feedback(text, timestamptz) TO passerelle_app;
--> statement-breakpoint
-- Studies. The federal analyst has no centre: a transaction is federal when no centre is set and
-- its user (app.user_id, set by passerelle_enter) is a federal account. A bare connection (no user)
-- is not federal, so it still sees nothing.
CREATE FUNCTION app_is_federal() RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT app_centre_id() IS NULL AND EXISTS (
    SELECT 1 FROM users u
     WHERE u.id = nullif(current_setting('app.user_id', true), '')::uuid
       AND u.role = 'federal' AND u.centre_id IS NULL) $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_is_federal() TO passerelle_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON studies TO passerelle_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON study_respondents, study_answers TO passerelle_app;
--> statement-breakpoint
ALTER TABLE studies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE studies FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The owner (a centre, or the federal analyst for federal studies) reads and writes its studies.
CREATE POLICY studies_owner ON studies TO passerelle_app
  USING (centre_id = app_centre_id() OR (centre_id IS NULL AND app_is_federal()))
  WITH CHECK (centre_id = app_centre_id() OR (centre_id IS NULL AND app_is_federal()));
--> statement-breakpoint
-- Staff of a targeted centre read a published or closed study addressed to it, federal ones included.
CREATE POLICY studies_addressed ON studies FOR SELECT TO passerelle_app
  USING (state <> 'draft' AND app_centre_id() IS NOT NULL AND (target_all OR app_centre_id() = ANY (target_centre_ids)));
--> statement-breakpoint
ALTER TABLE study_respondents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE study_respondents FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Only the respondent sees that they answered: no one else learns who did.
CREATE POLICY study_respondents_self ON study_respondents TO passerelle_app
  USING (centre_id = app_centre_id() AND user_id = nullif(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (centre_id = app_centre_id() AND user_id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE study_answers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE study_answers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- An answer is given for the respondent's own centre to a published study they can read.
CREATE POLICY study_answers_give ON study_answers FOR INSERT TO passerelle_app
  WITH CHECK (centre_id = app_centre_id()
    AND EXISTS (SELECT 1 FROM studies s WHERE s.id = study_id AND s.state = 'published'));
--> statement-breakpoint
-- Answers are read by the study's owner only (across centres for a federal study).
CREATE POLICY study_answers_owner ON study_answers FOR SELECT TO passerelle_app
  USING (EXISTS (SELECT 1 FROM studies s WHERE s.id = study_id
    AND (s.centre_id = app_centre_id() OR (s.centre_id IS NULL AND app_is_federal()))));
--> statement-breakpoint
-- The federal analyst may read the list of centres (public institutions: id, name, region) to
-- address a study; nothing of their data.
CREATE POLICY centres_federal_app ON centres FOR SELECT TO passerelle_app USING (app_is_federal());
