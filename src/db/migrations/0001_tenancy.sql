-- Tenancy by row-level security (DESIGN.md §1.4).
-- Requests run as passerelle_app, a role that is neither owner nor superuser, so the policies bite.
-- Centre data tables also FORCE row-level security, so even their owner must name a centre.
-- centres and users do not: logging in and seeding run as the owner before any centre is known.
-- Roles are cluster-wide: create idempotently.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'passerelle_app') THEN
    CREATE ROLE passerelle_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
-- The connecting user must be able to SET ROLE to it (a no-op for superusers).
GRANT passerelle_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO passerelle_app;
--> statement-breakpoint
-- The current centre of a request; NULL (no row matches) when it is not set.
CREATE OR REPLACE FUNCTION app_centre_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.centre_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_centre_id() TO passerelle_app;
--> statement-breakpoint
GRANT SELECT ON centres TO passerelle_app;
--> statement-breakpoint
ALTER TABLE centres ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY centres_tenant ON centres USING (id = app_centre_id());
--> statement-breakpoint
GRANT SELECT, UPDATE ON users TO passerelle_app;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A user always sees their own row (the federal analyst has no centre).
CREATE POLICY users_tenant ON users
  USING (centre_id = app_centre_id() OR id = nullif(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (centre_id = app_centre_id() OR id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON api_tokens TO passerelle_app;
--> statement-breakpoint
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_tokens_tenant ON api_tokens USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON persons TO passerelle_app;
--> statement-breakpoint
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE persons FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY persons_tenant ON persons USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
GRANT SELECT, INSERT ON record_versions TO passerelle_app;
--> statement-breakpoint
ALTER TABLE record_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE record_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY record_versions_tenant ON record_versions USING (centre_id = app_centre_id()) WITH CHECK (centre_id = app_centre_id());
--> statement-breakpoint
-- The audit log is append-only: the app role may only insert and read its centre's events.
GRANT SELECT, INSERT ON audit_events TO passerelle_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_events_id_seq TO passerelle_app;
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_events_read ON audit_events FOR SELECT USING (centre_id = app_centre_id());
--> statement-breakpoint
CREATE POLICY audit_events_append ON audit_events FOR INSERT
  WITH CHECK (centre_id = app_centre_id() OR (centre_id IS NULL AND app_centre_id() IS NULL));
--> statement-breakpoint
-- Privileges stop the app role; the trigger also stops the owner and any later grant.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege'; END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
