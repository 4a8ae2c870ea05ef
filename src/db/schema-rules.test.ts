/**
 * The catalogue keeps the tenancy rules, so a new table cannot forget them: every table holding a
 * centre's data has row-level security enabled and forced with a policy, and every reference to a
 * person or to another centre table carries the centre. Exceptions are written here by hand, each
 * with its reason; a table missing from both is a failure.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/database.ts';
import { ownerRows } from '../../test/owner.ts';
import type { Database } from './connect.ts';

/** Tables with a centre_id that are not a centre's data, and what protects them instead. */
const AUTHENTICATION_TABLES: Record<string, { rls: 'enabled' | 'none'; appPrivileges: string[] }> = {
  // Login finds an account by e-mail before any centre is known (asSystem 'login'); requests see
  // their centre's users through an enabled, unforced policy and may change only the language.
  users: { rls: 'enabled', appPrivileges: ['SELECT', 'UPDATE(locale)', 'UPDATE(version)'] },
  // The request role has no privilege at all: sessions are read through passerelle_enter and
  // ended through passerelle_end_session (definer's rights, migration 0004), or by asSystem.
  sessions: { rls: 'none', appPrivileges: [] },
};

/** References between centre tables that deliberately do not carry the centre, and why. */
const CROSS_CENTRE_REFERENCES: Record<string, string> = {
  // A federal study (centre_id null) is answered by the staff of many centres: an answer and a
  // respondent belong to the respondent's centre, not to the study's owner.
  study_answers_study_fk: 'a federal study is answered from every centre',
  study_respondents_study_fk: 'a federal study is answered from every centre',
};

/** person_id columns that deliberately have no foreign key. */
const UNCHECKED_PERSON_REFERENCES: Record<string, string> = {
  // The trail keeps the id of a person probed from another centre and outlives any record.
  audit_events: 'an id as evidence, not a reference',
};

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

const centreTables = () =>
  ownerRows<{ table: string; rls: boolean; forced: boolean; policies: number }>(
    database,
    sql`select c.relname as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
               (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        where c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'centre_id' and not a.attisdropped)
        order by c.relname`,
  );

describe('tenancy rules in the catalogue', () => {
  it('every table of centre data has row-level security enabled, forced and a policy', async () => {
    const tables = await centreTables();
    const data = tables.filter((t) => !(t.table in AUTHENTICATION_TABLES));
    expect(data.map((t) => t.table)).toEqual([
      'api_tokens',
      'assessments',
      'audit_events',
      'calendar_feeds',
      'centre_policies',
      'evaluations',
      'events',
      'feedback_answers',
      'feedback_links',
      'instruments',
      'interview_requests',
      'journal_entries',
      'measurements',
      'module_enrolments',
      'module_sessions',
      'modules',
      'person_name_words',
      'persons',
      'record_versions',
      'referrals',
      'report_counts',
      'report_members',
      'report_years',
      'sanctions',
      'service_members',
      'services',
      'session_attendance',
      'signature_files',
      'signing_delegations',
      'studies',
      'study_answers',
      'study_respondents',
      'trajectories',
      'trajectory_costs',
      'trajectory_versions',
    ]);
    for (const t of data) expect(t, t.table).toMatchObject({ rls: true, forced: true });
    for (const t of data) expect(t.policies, t.table).toBeGreaterThan(0);
  });

  it('authentication tables are protected as written above', async () => {
    const tables = await centreTables();
    for (const [name, rule] of Object.entries(AUTHENTICATION_TABLES)) {
      const table = tables.find((t) => t.table === name);
      expect(table?.rls, name).toBe(rule.rls === 'enabled');
      const grants = await ownerRows<{ privilege: string }>(
        database,
        sql`select privilege_type as privilege from information_schema.role_table_grants
            where grantee = 'passerelle_app' and table_name = ${name}
            union all
            select privilege_type || '(' || column_name || ')' from information_schema.column_privileges
            where grantee = 'passerelle_app' and table_name = ${name} and privilege_type <> 'SELECT'
            order by 1`,
      );
      expect(
        grants.map((g) => g.privilege),
        name,
      ).toEqual(rule.appPrivileges);
    }
  });

  it('every person_id is a (centre_id, person_id) reference to persons', async () => {
    const columns = await ownerRows<{ table: string; key: string | null }>(
      database,
      sql`select c.relname as table,
                 (select string_agg(a2.attname, ',' order by k.ord)
                    from pg_constraint fk
                    cross join lateral unnest(fk.conkey) with ordinality as k(attnum, ord)
                    join pg_attribute a2 on a2.attrelid = fk.conrelid and a2.attnum = k.attnum
                   where fk.conrelid = c.oid and fk.contype = 'f' and fk.confrelid = 'persons'::regclass
                     and a.attnum = any (fk.conkey)) as key
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid and c.relkind = 'r'
          join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
          where a.attname = 'person_id' and not a.attisdropped
          order by c.relname`,
    );
    const checked = columns.filter((c) => !(c.table in UNCHECKED_PERSON_REFERENCES));
    expect(checked.map((c) => c.table)).toEqual([
      'assessments',
      'evaluations',
      'events',
      'journal_entries',
      'measurements',
      'module_enrolments',
      'person_name_words',
      'referrals',
      'sanctions',
      'trajectories',
    ]);
    for (const c of checked) expect(c.key, c.table).toBe('centre_id,person_id');
  });

  it('every reference between two centre tables includes the centre', async () => {
    const references = await ownerRows<{ name: string; columns: string[] }>(
      database,
      sql`select fk.conname as name,
                 array(select a.attname::text from unnest(fk.conkey) k(attnum)
                       join pg_attribute a on a.attrelid = fk.conrelid and a.attnum = k.attnum) as columns
          from pg_constraint fk
          where fk.contype = 'f'
            and exists (select 1 from pg_attribute a where a.attrelid = fk.conrelid and a.attname = 'centre_id')
            and exists (select 1 from pg_attribute a where a.attrelid = fk.confrelid and a.attname = 'centre_id')
            and fk.conrelid::regclass::text not in ('users', 'sessions')
            and fk.confrelid::regclass::text not in ('users', 'sessions')
          order by fk.conname`,
    );
    expect(references.map((r) => r.name)).toEqual([
      'assessments_person_fk',
      'evaluations_measurement_fk',
      'evaluations_person_fk',
      'evaluations_trajectory_fk',
      'events_person_fk',
      'interview_requests_trajectory_fk',
      'journal_entries_person_fk',
      'measurements_person_fk',
      'module_enrolments_module_fk',
      'module_enrolments_person_fk',
      'module_enrolments_trajectory_fk',
      'module_sessions_module_fk',
      'modules_partner_fk',
      'person_name_words_person_fk',
      'referrals_person_fk',
      'referrals_service_fk',
      'referrals_trajectory_fk',
      'report_counts_year_fk',
      'report_members_year_fk',
      'sanctions_person_fk',
      'sanctions_trajectory_fk',
      'service_members_service_fk',
      'session_attendance_enrolment_fk',
      'session_attendance_session_fk',
      'signature_files_version_fk',
      'study_answers_study_fk',
      'study_respondents_study_fk',
      'trajectories_assessment_fk',
      'trajectories_person_fk',
      'trajectory_costs_trajectory_fk',
      'trajectory_versions_trajectory_fk',
    ]);
    for (const r of references.filter((r) => !(r.name in CROSS_CENTRE_REFERENCES)))
      expect(r.columns, r.name).toContain('centre_id');
  });
});
