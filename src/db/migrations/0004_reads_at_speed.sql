CREATE TABLE "person_name_words" (
	"centre_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"word" text NOT NULL,
	"search_name" text NOT NULL,
	CONSTRAINT "person_name_words_centre_id_person_id_word_pk" PRIMARY KEY("centre_id","person_id","word")
);
--> statement-breakpoint
ALTER TABLE "person_name_words" ADD CONSTRAINT "person_name_words_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_name_words" ADD CONSTRAINT "person_name_words_person_fk" FOREIGN KEY ("centre_id","person_id") REFERENCES "public"."persons"("centre_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_name_words_prefix_idx" ON "person_name_words" USING btree ("centre_id","word" text_pattern_ops,"search_name","person_id");--> statement-breakpoint
CREATE INDEX "persons_centre_national_number_prefix_idx" ON "persons" USING btree ("centre_id","national_number" bpchar_pattern_ops) WHERE "persons"."national_number" is not null;
--> statement-breakpoint
-- The words of a person's folded name, for the name search (issue 11). Kept by the database, so
-- every way a name is written (a request, a seed, an import later) keeps them true; the trigger
-- runs as the owner, so the request role only ever reads this table.
CREATE FUNCTION person_name_words_sync() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.search_name IS NOT DISTINCT FROM OLD.search_name AND NEW.centre_id = OLD.centre_id THEN
      RETURN NULL;
    END IF;
    DELETE FROM public.person_name_words WHERE centre_id = OLD.centre_id AND person_id = OLD.id;
  END IF;
  INSERT INTO public.person_name_words (centre_id, person_id, word, search_name)
    SELECT DISTINCT NEW.centre_id, NEW.id, w, NEW.search_name
    FROM regexp_split_to_table(NEW.search_name, ' ') AS w WHERE w <> '';
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION person_name_words_sync() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER persons_name_words AFTER INSERT OR UPDATE OF search_name, centre_id ON persons
  FOR EACH ROW EXECUTE FUNCTION person_name_words_sync();
--> statement-breakpoint
INSERT INTO person_name_words (centre_id, person_id, word, search_name)
  SELECT DISTINCT p.centre_id, p.id, w, p.search_name
  FROM persons p, regexp_split_to_table(p.search_name, ' ') AS w WHERE w <> '';
--> statement-breakpoint
GRANT SELECT ON person_name_words TO passerelle_app;
--> statement-breakpoint
ALTER TABLE person_name_words ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE person_name_words FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_name_words_tenant ON person_name_words
  USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
-- A request's first statement (src/db/tenancy.ts inSession): finds the live session behind a
-- cookie's hash, marks it seen (at most once a minute), and names the user and centre of the
-- transaction, all in one round trip. Definer's rights, because the request role has no privilege
-- on sessions; it can only ask "whose is this hash", which the hash itself already answers.
-- No session: no row, and nothing is set (no centre, so no centre row is visible).
CREATE FUNCTION passerelle_enter(p_session_hash text, p_now timestamptz, p_idle_ms bigint, p_read_only boolean)
  RETURNS TABLE (user_id uuid, centre_id uuid, role text, locale text, email text, display_name text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$
#variable_conflict use_column
DECLARE
  who uuid;
  seen timestamptz;
  account record;
BEGIN
  SELECT s.user_id, s.last_seen_at INTO who, seen FROM public.sessions s
   WHERE s.id_hash = p_session_hash AND s.expires_at > p_now
     AND s.last_seen_at > p_now - p_idle_ms * interval '1 millisecond';
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF seen < p_now - interval '1 minute' THEN
    UPDATE public.sessions SET last_seen_at = p_now WHERE id_hash = p_session_hash;
  END IF;
  SELECT u.id, u.centre_id, u.role, u.locale, u.email, u.display_name INTO account
    FROM public.users u WHERE u.id = who;
  PERFORM set_config('app.centre_id', coalesce(account.centre_id::text, ''), true),
          set_config('app.user_id', account.id::text, true),
          set_config('synchronous_commit', CASE WHEN p_read_only THEN 'off' ELSE 'on' END, true);
  RETURN QUERY SELECT account.id, account.centre_id, account.role, account.locale, account.email, account.display_name;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION passerelle_enter(text, timestamptz, bigint, boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION passerelle_enter(text, timestamptz, bigint, boolean) TO passerelle_app;
--> statement-breakpoint
-- Logging out in the request's own transaction: only the session of the user the transaction
-- was entered as (app.user_id, set by passerelle_enter) can be ended this way.
CREATE FUNCTION passerelle_end_session(p_session_hash text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$
    DELETE FROM public.sessions
     WHERE id_hash = p_session_hash AND user_id = nullif(current_setting('app.user_id', true), '')::uuid
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION passerelle_end_session(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION passerelle_end_session(text) TO passerelle_app;
