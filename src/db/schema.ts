/**
 * Drizzle schema: the shape of every table. Row-level security, roles, grants and the
 * append-only trigger live in the hand-written tenancy migration (drizzle-kit cannot express
 * FORCE ROW LEVEL SECURITY or triggers).
 * Every table that belongs to a centre carries `centre_id`, first in its keys, so a national
 * deployment can distribute by centre (DESIGN.md §4).
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  char,
  check,
  customType,
  date,
  foreignKey,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Raw bytes (PostgreSQL bytea) as Node Buffers. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
/** The owning centre: first in every key of a centre's data (DESIGN.md §4). */
const centreRef = () =>
  uuid('centre_id')
    .notNull()
    .references(() => centres.id);
const personId = () => uuid('person_id').notNull();
/**
 * A reference to a person carries the centre: the database itself refuses a record of one centre
 * pointing at another centre's person (DESIGN.md §1.4).
 */
const personOfCentre = (name: string, t: { centreId: AnyPgColumn; personId: AnyPgColumn }) =>
  foreignKey({ name, columns: [t.centreId, t.personId], foreignColumns: [persons.centreId, persons.id] });

export const centres = pgTable(
  'centres',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The centre's working language: the default for its users and printed documents. */
    language: text('language').notNull(),
    /** Brussels-Capital, Flanders or Wallonia (the German-speaking community is in Wallonia): the federal view groups by it. */
    region: text('region'),
    createdAt: createdAt(),
  },
  (t) => [
    check('centres_language_check', sql`${t.language} in ('fr','nl','de','en')`),
    check('centres_region_check', sql`${t.region} in ('brussels','flanders','wallonia')`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null only for federal analysts, who belong to no centre. */
    centreId: uuid('centre_id').references(() => centres.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    locale: text('locale').notNull(),
    /** A demo account with the public demo password (see src/seed/demo.ts): never in production. */
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_centre_idx').on(t.centreId),
    // The target of composite (centre_id, user_id) references: a file's responsible worker.
    uniqueIndex('users_centre_id_key').on(t.centreId, t.id),
    check('users_role_check', sql`${t.role} in ('worker','lead','admin','federal')`),
    check('users_locale_check', sql`${t.locale} in ('fr','nl','de','en')`),
    check('users_centre_role_check', sql`(${t.role} = 'federal') = (${t.centreId} is null)`),
    check('users_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value: a stolen database dump holds no usable session. */
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    centreId: uuid('centre_id').references(() => centres.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Machine credentials for a centre's own software; issued by a later integration issue. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    name: text('name').notNull(),
    /** SHA-256 of the secret; the secret itself is shown once at creation. */
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_tokens_secret_key').on(t.secretHash),
    index('api_tokens_centre_idx').on(t.centreId),
  ],
);

/**
 * Failed-login budgets, one row per key (an account with an address, an address, an account).
 * A row is locked while an attempt is counted, so concurrent attempts cannot overspend it.
 * Failed logins themselves are kept in the audit trail, not here.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: char('sex', { length: 1 }).notNull(),
    language: text('language').notNull(),
    nationalNumber: char('national_number', { length: 11 }),
    email: text('email'),
    phone: text('phone'),
    /** Postal address in Belgium; every part optional, the postcode checked against the municipality. */
    street: text('street'),
    houseNumber: text('house_number'),
    box: text('box'),
    postcode: char('postcode', { length: 4 }),
    municipality: text('municipality'),
    /** Folded "last first" name (see src/domain/text.ts): what the accent-insensitive search reads. */
    searchName: text('search_name').notNull(),
    /** The worker who follows the person (null: nobody yet); a user of the same centre. */
    responsibleUserId: uuid('responsible_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    foreignKey({
      name: 'persons_responsible_fk',
      columns: [t.centreId, t.responsibleUserId],
      foreignColumns: [users.centreId, users.id],
    }),
    // "My people": a worker's list, in name order.
    index('persons_centre_responsible_idx').on(t.centreId, t.responsibleUserId, t.searchName, t.id),
    uniqueIndex('persons_centre_national_number_key')
      .on(t.centreId, t.nationalNumber)
      .where(sql`${t.nationalNumber} is not null`),
    index('persons_centre_name_idx').on(t.centreId, t.searchName, t.id),
    // Search by birth date ("18/10/1974"), and the duplicate check (same name and birth date).
    index('persons_centre_birth_date_idx').on(t.centreId, t.birthDate, t.searchName, t.id),
    // National-number prefix search: pattern operators compare bytes whatever the collation, and
    // they are leakproof, so the planner may use this index under row-level security (a LIKE may not).
    index('persons_centre_national_number_prefix_idx')
      .on(t.centreId, t.nationalNumber.op('bpchar_pattern_ops'))
      .where(sql`${t.nationalNumber} is not null`),
    // The target of every composite (centre_id, person_id) reference.
    uniqueIndex('persons_centre_id_key').on(t.centreId, t.id),
    check('persons_sex_check', sql`${t.sex} in ('F','M','X')`),
    check('persons_language_check', sql`${t.language} in ('fr','nl','de','en')`),
    check('persons_national_number_check', sql`${t.nationalNumber} ~ '^[0-9]{11}$'`),
    check('persons_postcode_check', sql`${t.postcode} ~ '^[1-9][0-9]{3}$'`),
  ],
);

/**
 * The words of each person's folded name, one row per word, kept by a trigger on persons
 * (migration 0004): the name search looks words up by prefix here with leakproof pattern
 * operators, which an index can serve under row-level security. Derived data, never written by
 * the application.
 */
export const personNameWords = pgTable(
  'person_name_words',
  {
    centreId: centreRef(),
    personId: personId(),
    word: text('word').notNull(),
    /** The person's search_name, copied: a search sorts and pages on the words alone. */
    searchName: text('search_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.centreId, t.personId, t.word] }),
    // Every column a search reads, so it is answered from the index alone.
    index('person_name_words_prefix_idx').on(
      t.centreId,
      t.word.op('text_pattern_ops'),
      t.searchName,
      t.personId,
    ),
    foreignKey({
      name: 'person_name_words_person_fk',
      columns: [t.centreId, t.personId],
      foreignColumns: [persons.centreId, persons.id],
    }).onDelete('cascade'),
  ],
);

/**
 * Every state a record has had (a person, an assessment, a measurement…): a write never loses
 * what was there before. One table for all kinds, keyed by centre first.
 */
export const recordVersions = pgTable(
  'record_versions',
  {
    centreId: centreRef(),
    /** The kind of record: 'person', 'assessment', 'measurement', … */
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    version: integer('version').notNull(),
    data: jsonb('data').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: uuid('changed_by'),
  },
  (t) => [uniqueIndex('record_versions_key').on(t.centreId, t.entity, t.entityId, t.version)],
);

/** Append-only: the database refuses UPDATE and DELETE (trigger in the tenancy migration). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null for events outside any centre (a federal analyst's login). */
    centreId: uuid('centre_id').references(() => centres.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorTokenId: uuid('actor_token_id'),
    action: text('action').notNull(),
    personId: uuid('person_id'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    /** Names of changed fields and counts; never the values of personal fields. */
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    requestId: text('request_id'),
    address: inet('address'),
  },
  (t) => [
    index('audit_events_centre_at_idx').on(t.centreId, t.at, t.id),
    index('audit_events_centre_person_idx').on(t.centreId, t.personId, t.at),
  ],
);

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    personId: personId(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    /** One entry per life domain looked at: { domain, situation, obstacles, strengths }. */
    domains: jsonb('domains').notNull(),
    aspirations: text('aspirations').notNull().default(''),
    aptitudes: text('aptitudes').notNull().default(''),
    qualifications: text('qualifications').notNull().default(''),
    needs: text('needs').notNull().default(''),
    /** Set when a plan is signed on this assessment: from then on it is read-only. */
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    /** Withdrawn as a mistake: out of progress and lists, kept for the audit trail and the timeline. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawalReason: text('withdrawal_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    index('assessments_person_idx').on(t.centreId, t.personId, t.assessedOn),
    personOfCentre('assessments_person_fk', t),
    // The target of a plan's composite (centre_id, assessment_id) reference.
    uniqueIndex('assessments_centre_id_key').on(t.centreId, t.id),
    check('assessments_withdrawal_check', sql`(${t.withdrawnAt} is null) = (${t.withdrawalReason} is null)`),
    check('assessments_withdrawn_unlocked_check', sql`${t.withdrawnAt} is null or ${t.lockedAt} is null`),
  ],
);

/** A centre's own instruments; the built-in ones ship with the code (src/domain/instruments/). */
export const instruments = pgTable(
  'instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [uniqueIndex('instruments_key_version').on(t.centreId, t.key, t.version)],
);

export const measurements = pgTable(
  'measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    personId: personId(),
    instrumentKey: text('instrument_key').notNull(),
    /** The definition version the scores were taken with: shown with them forever. */
    instrumentVersion: integer('instrument_version').notNull(),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    context: text('context').notNull(),
    /** [{ domain, workerScore?, personScore?, note? }]: at least one of the two scores per domain. */
    scores: jsonb('scores').notNull(),
    /** Withdrawn as a mistake: out of progress and lists, kept for the audit trail and the timeline. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawalReason: text('withdrawal_reason'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('measurements_centre_id_key').on(t.centreId, t.id),
    index('measurements_person_idx').on(t.centreId, t.personId, t.instrumentKey, t.measuredOn),
    personOfCentre('measurements_person_fk', t),
    check('measurements_context_check', sql`${t.context} in ('intake','evaluation','closure','other')`),
    check('measurements_withdrawal_check', sql`(${t.withdrawnAt} is null) = (${t.withdrawalReason} is null)`),
  ],
);

/**
 * The case journal (journal / dagboek): dated notes of contacts with the person. An entry is
 * corrected, never deleted: each correction is a new version, earlier texts stay in record_versions.
 */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    personId: personId(),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    /** The text folded for search (src/domain/text.ts), written with it: "reunion" finds "Réunion". */
    searchText: text('search_text').notNull(),
    durationMinutes: integer('duration_minutes'),
    /** Who wrote it: only they may correct it. A user of the same centre. */
    authorUserId: uuid('author_user_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    index('journal_entries_person_idx').on(t.centreId, t.personId, t.occurredOn, t.createdAt),
    personOfCentre('journal_entries_person_fk', t),
    foreignKey({
      name: 'journal_entries_author_fk',
      columns: [t.centreId, t.authorUserId],
      foreignColumns: [users.centreId, users.id],
    }),
    check(
      'journal_entries_kind_check',
      sql`${t.kind} in ('interview','home_visit','phone','written','partner_meeting','other')`,
    ),
    check('journal_entries_duration_check', sql`${t.durationMinutes} between 1 and 1440`),
  ],
);

/**
 * A centre's policy for plans (src/domain/centre-policy.ts): one row per centre, absent until an
 * administrator changes the defaults.
 */
export const centrePolicies = pgTable('centre_policies', {
  centreId: uuid('centre_id')
    .primaryKey()
    .references(() => centres.id),
  policy: jsonb('policy').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/** Who may sign plans on the centre's behalf, since when (and until when). */
export const signingDelegations = pgTable(
  'signing_delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    userId: uuid('user_id').notNull(),
    since: date('since', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('signing_delegations_centre_idx').on(t.centreId, t.userId, t.since),
    foreignKey({
      name: 'signing_delegations_user_fk',
      columns: [t.centreId, t.userId],
      foreignColumns: [users.centreId, users.id],
    }),
    check('signing_delegations_period_check', sql`${t.until} is null or ${t.until} >= ${t.since}`),
  ],
);

/**
 * A plan (PIIS or light growth plan): who it is for, the person's situation, the dates the law
 * counts from, its state and its outcome. Its content lives in versions: each amendment makes a
 * new one, and a signed version is never changed again.
 */
export const trajectories = pgTable(
  'trajectories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    personId: personId(),
    form: text('form').notNull(),
    state: text('state').notNull(),
    /** The person's situation: integration income, equivalent social aid, or no financial aid. */
    situation: text('situation').notNull(),
    incomeCategory: text('income_category'),
    decisionDate: date('decision_date', { mode: 'string' }),
    notificationDate: date('notification_date', { mode: 'string' }),
    /** Whether the person had the integration income in the 3 months before this grant (null: unknown). */
    incomeInPreviousThreeMonths: boolean('income_in_previous_three_months'),
    /** A mandatory PIIS waived for health or equity reasons: { reason, justification }. */
    exemption: jsonb('exemption'),
    /** The social assessment the plan rests on; locked when a version is signed. */
    assessmentId: uuid('assessment_id'),
    /** A plan re-actualised after a job of under 3 months needs no new assessment. */
    reactualisedAfterShortJob: boolean('reactualised_after_short_job').notNull().default(false),
    currentVersion: integer('current_version').notNull().default(1),
    subsidyExtensionMotivatedOn: date('subsidy_extension_motivated_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    outcome: text('outcome'),
    closureNote: text('closure_note'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    uniqueIndex('trajectories_centre_id_key').on(t.centreId, t.id),
    index('trajectories_person_idx').on(t.centreId, t.personId, t.createdAt),
    index('trajectories_state_idx').on(t.centreId, t.state, t.createdAt),
    personOfCentre('trajectories_person_fk', t),
    foreignKey({
      name: 'trajectories_assessment_fk',
      columns: [t.centreId, t.assessmentId],
      foreignColumns: [assessments.centreId, assessments.id],
    }),
    check('trajectories_form_check', sql`${t.form} in ('piis','growthPlan')`),
    check('trajectories_state_check', sql`${t.state} in ('draft','informed','active','closed')`),
    check(
      'trajectories_situation_check',
      sql`${t.situation} in ('integrationIncome','equivalentAid','noFinancialAid')`,
    ),
    check(
      'trajectories_closure_check',
      sql`(${t.state} = 'closed') = (${t.closedOn} is not null and ${t.outcome} is not null)`,
    ),
  ],
);

/**
 * The content of each version of a plan: objectives, commitments, actions, parties, dates, the
 * information step and the signatures. Frozen once signed (a trigger refuses changes to a signed
 * version's content); an amendment is a new row.
 */
export const trajectoryVersions = pgTable(
  'trajectory_versions',
  {
    centreId: centreRef(),
    trajectoryId: uuid('trajectory_id').notNull(),
    number: integer('number').notNull(),
    state: text('state').notNull(),
    /** { orientations, communityServiceAgreedOn, objectives, personCommitments, centreCommitments, actions, parties, supportPerson, evaluationArrangements } */
    content: jsonb('content').notNull(),
    startOn: date('start_on', { mode: 'string' }),
    plannedEndOn: date('planned_end_on', { mode: 'string' }),
    /** The information step: { on, language, supportPersonExplained, reflectionRequested, reflectionWaived }. */
    information: jsonb('information'),
    signedOn: date('signed_on', { mode: 'string' }),
    /** { person: { kind, fileId?, at }, worker: { kind, userId, fileId?, at } } */
    signatures: jsonb('signatures'),
    councilNotedOn: date('council_noted_on', { mode: 'string' }),
    /** SHA-256 of the printed plan of this version, once printed. */
    documentSha256: text('document_sha256'),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ name: 'trajectory_versions_pkey', columns: [t.centreId, t.trajectoryId, t.number] }),
    foreignKey({
      name: 'trajectory_versions_trajectory_fk',
      columns: [t.centreId, t.trajectoryId],
      foreignColumns: [trajectories.centreId, trajectories.id],
    }),
    check('trajectory_versions_state_check', sql`${t.state} in ('draft','informed','signed','superseded')`),
  ],
);

/** Interviews the person asked for: held within 5 working days (DOMAIN.md §3). */
export const interviewRequests = pgTable(
  'interview_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    trajectoryId: uuid('trajectory_id').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    heldOn: date('held_on', { mode: 'string' }),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('interview_requests_trajectory_idx').on(t.centreId, t.trajectoryId, t.requestedOn),
    foreignKey({
      name: 'interview_requests_trajectory_fk',
      columns: [t.centreId, t.trajectoryId],
      foreignColumns: [trajectories.centreId, trajectories.id],
    }),
    check('interview_requests_order_check', sql`${t.heldOn} is null or ${t.heldOn} >= ${t.requestedOn}`),
  ],
);

/**
 * Signature images and scans of plans signed on paper: the bytes themselves, with their checked
 * media type and SHA-256. Append-only: a signature is never replaced, a new version is signed anew.
 */
export const signatureFiles = pgTable(
  'signature_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    trajectoryId: uuid('trajectory_id').notNull(),
    versionNumber: integer('version_number').notNull(),
    /** person (drawn on screen), worker (drawn on screen), paper (the scanned signed plan). */
    kind: text('kind').notNull(),
    mediaType: text('media_type').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('signature_files_version_idx').on(t.centreId, t.trajectoryId, t.versionNumber),
    foreignKey({
      name: 'signature_files_version_fk',
      columns: [t.centreId, t.trajectoryId, t.versionNumber],
      foreignColumns: [
        trajectoryVersions.centreId,
        trajectoryVersions.trajectoryId,
        trajectoryVersions.number,
      ],
    }),
    check('signature_files_kind_check', sql`${t.kind} in ('person','worker','paper')`),
    check('signature_files_media_check', sql`${t.mediaType} in ('image/png','image/jpeg','application/pdf')`),
    check('signature_files_size_check', sql`octet_length(${t.bytes}) <= 10485760`),
  ],
);

/** A reference to a plan carries the centre, like a reference to a person. */
const trajectoryOfCentre = (name: string, t: { centreId: AnyPgColumn; trajectoryId: AnyPgColumn }) =>
  foreignKey({
    name,
    columns: [t.centreId, t.trajectoryId],
    foreignColumns: [trajectories.centreId, trajectories.id],
  });
const userOfCentre = (name: string, centreId: AnyPgColumn, userId: AnyPgColumn) =>
  foreignKey({ name, columns: [centreId, userId], foreignColumns: [users.centreId, users.id] });
const audited = () => ({
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  createdBy: uuid('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/**
 * An evaluation of a plan: a dated meeting (or a missed appointment: the person did not come), who
 * attended, progress per objective, what each side did, next steps and the next date, and
 * optionally the progress measurement taken at it.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    trajectoryId: uuid('trajectory_id').notNull(),
    personId: personId(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** inPerson, remote (phone or video), written. */
    mode: text('mode').notNull(),
    /** The person did not come: counted for the no-show figures, never as an evaluation held. */
    missed: boolean('missed').notNull().default(false),
    /** { person, supportPerson, partners: string[], others } */
    attendance: jsonb('attendance').notNull(),
    /** [{ objectiveId, level, note }] */
    objectiveProgress: jsonb('objective_progress').notNull(),
    personDid: text('person_did'),
    centreDid: text('centre_did'),
    nextSteps: text('next_steps'),
    nextOn: date('next_on', { mode: 'string' }),
    measurementId: uuid('measurement_id'),
    /** The worker who held it. */
    heldBy: uuid('held_by').notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('evaluations_centre_id_key').on(t.centreId, t.id),
    index('evaluations_trajectory_idx').on(t.centreId, t.trajectoryId, t.heldOn),
    index('evaluations_person_idx').on(t.centreId, t.personId, t.heldOn),
    personOfCentre('evaluations_person_fk', t),
    trajectoryOfCentre('evaluations_trajectory_fk', t),
    userOfCentre('evaluations_held_by_fk', t.centreId, t.heldBy),
    foreignKey({
      name: 'evaluations_measurement_fk',
      columns: [t.centreId, t.measurementId],
      foreignColumns: [measurements.centreId, measurements.id],
    }),
    check('evaluations_mode_check', sql`${t.mode} in ('inPerson','remote','written')`),
    check('evaluations_next_check', sql`${t.nextOn} is null or ${t.nextOn} > ${t.heldOn}`),
  ],
);

/**
 * A sanction: proposed by the worker after a formal notice and their opinion, approved (or refused)
 * by whom the centre's policy names, then decided. Dates are stored as decided, never computed.
 */
export const sanctions = pgTable(
  'sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    trajectoryId: uuid('trajectory_id').notNull(),
    personId: personId(),
    /** proposed → approved | refused; approved → decided; proposed | approved → withdrawn. */
    state: text('state').notNull(),
    noticeOn: date('notice_on', { mode: 'string' }),
    workerOpinion: text('worker_opinion'),
    workerOpinionOn: date('worker_opinion_on', { mode: 'string' }),
    hearingOn: date('hearing_on', { mode: 'string' }),
    /** Whether the person was assisted at the hearing by a person of their choice. */
    hearingAssisted: boolean('hearing_assisted'),
    /** total or partial suspension of the integration income. */
    extent: text('extent').notNull(),
    partialPercent: integer('partial_percent'),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    /** Sursis: decided but not carried out unless the person fails again. */
    suspended: boolean('suspended').notNull().default(false),
    proposedBy: uuid('proposed_by').notNull(),
    approvedBy: uuid('approved_by'),
    approvedOn: date('approved_on', { mode: 'string' }),
    approvalNote: text('approval_note'),
    decisionOn: date('decision_on', { mode: 'string' }),
    notifiedOn: date('notified_on', { mode: 'string' }),
    ...audited(),
  },
  (t) => [
    uniqueIndex('sanctions_centre_id_key').on(t.centreId, t.id),
    index('sanctions_person_idx').on(t.centreId, t.personId, t.decisionOn),
    index('sanctions_trajectory_idx').on(t.centreId, t.trajectoryId, t.createdAt),
    index('sanctions_state_idx').on(t.centreId, t.state, t.createdAt),
    personOfCentre('sanctions_person_fk', t),
    trajectoryOfCentre('sanctions_trajectory_fk', t),
    userOfCentre('sanctions_proposed_by_fk', t.centreId, t.proposedBy),
    userOfCentre('sanctions_approved_by_fk', t.centreId, t.approvedBy),
    check(
      'sanctions_state_check',
      sql`${t.state} in ('proposed','approved','refused','decided','withdrawn')`,
    ),
    check('sanctions_extent_check', sql`${t.extent} in ('total','partial')`),
    check(
      'sanctions_partial_check',
      sql`(${t.extent} = 'partial') = (${t.partialPercent} is not null) and (${t.partialPercent} is null or ${t.partialPercent} between 1 and 99)`,
    ),
    check('sanctions_period_check', sql`${t.endOn} >= ${t.startOn}`),
    check('sanctions_decided_check', sql`(${t.state} = 'decided') = (${t.decisionOn} is not null)`),
  ],
);

/**
 * Who else works with people: a second-line service of the centre (the socio-professional
 * integration service…) or a partner organisation. Managed by the centre's administrator.
 */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    /** internal: a service of the centre, whose members answer referrals; partner: an organisation outside it. */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** How to reach it: phone, e-mail, address, a contact person. */
    contact: text('contact'),
    active: boolean('active').notNull().default(true),
    ...audited(),
  },
  (t) => [
    uniqueIndex('services_centre_id_key').on(t.centreId, t.id),
    index('services_centre_idx').on(t.centreId, t.kind, t.name),
    check('services_kind_check', sql`${t.kind} in ('internal','partner')`),
  ],
);

/** The workers of an internal service: each may accept or decline the referrals it receives. */
export const serviceMembers = pgTable(
  'service_members',
  {
    centreId: centreRef(),
    serviceId: uuid('service_id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    primaryKey({ name: 'service_members_pkey', columns: [t.centreId, t.serviceId, t.userId] }),
    index('service_members_user_idx').on(t.centreId, t.userId),
    foreignKey({
      name: 'service_members_service_fk',
      columns: [t.centreId, t.serviceId],
      foreignColumns: [services.centreId, services.id],
    }),
    userOfCentre('service_members_user_fk', t.centreId, t.userId),
  ],
);

/**
 * A referral of a person, from their plan, to a second-line service or a partner, with a handover
 * note. The first-line worker stays responsible for the file; while an accepted referral runs
 * (accepted_on to ended_on), the receiving worker holds the evaluations it covers.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    trajectoryId: uuid('trajectory_id').notNull(),
    personId: personId(),
    serviceId: uuid('service_id').notNull(),
    /** A named worker of the service, when the referral is addressed to one. */
    toUserId: uuid('to_user_id'),
    handoverNote: text('handover_note').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    sentBy: uuid('sent_by').notNull(),
    /** pending → accepted | declined | withdrawn; accepted → ended. */
    state: text('state').notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    answeredBy: uuid('answered_by'),
    answerNote: text('answer_note'),
    /** Who follows the person in the receiving service once accepted (null for a partner). */
    receivingUserId: uuid('receiving_user_id'),
    endedOn: date('ended_on', { mode: 'string' }),
    ...audited(),
  },
  (t) => [
    uniqueIndex('referrals_centre_id_key').on(t.centreId, t.id),
    index('referrals_trajectory_idx').on(t.centreId, t.trajectoryId, t.sentOn),
    index('referrals_service_state_idx').on(t.centreId, t.serviceId, t.state),
    index('referrals_receiving_idx').on(t.centreId, t.receivingUserId, t.state),
    personOfCentre('referrals_person_fk', t),
    trajectoryOfCentre('referrals_trajectory_fk', t),
    foreignKey({
      name: 'referrals_service_fk',
      columns: [t.centreId, t.serviceId],
      foreignColumns: [services.centreId, services.id],
    }),
    userOfCentre('referrals_to_user_fk', t.centreId, t.toUserId),
    userOfCentre('referrals_sent_by_fk', t.centreId, t.sentBy),
    userOfCentre('referrals_receiving_user_fk', t.centreId, t.receivingUserId),
    check('referrals_state_check', sql`${t.state} in ('pending','accepted','declined','withdrawn','ended')`),
    check(
      'referrals_answer_check',
      sql`(${t.state} = 'pending') = (${t.answeredOn} is null) and (${t.state} = 'ended') = (${t.endedOn} is not null)`,
    ),
    check(
      'referrals_order_check',
      sql`(${t.answeredOn} is null or ${t.answeredOn} >= ${t.sentOn}) and (${t.endedOn} is null or ${t.endedOn} >= ${t.answeredOn})`,
    ),
  ],
);

/** The centre's catalogue of individual and collective modules, its own or a partner's. */
export const modules = pgTable(
  'modules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    description: text('description'),
    /** The partner organisation that runs it (a service of kind partner); null: the centre itself. */
    partnerId: uuid('partner_id'),
    capacity: integer('capacity'),
    active: boolean('active').notNull().default(true),
    ...audited(),
  },
  (t) => [
    uniqueIndex('modules_centre_id_key').on(t.centreId, t.id),
    index('modules_centre_idx').on(t.centreId, t.name),
    foreignKey({
      name: 'modules_partner_fk',
      columns: [t.centreId, t.partnerId],
      foreignColumns: [services.centreId, services.id],
    }),
    check('modules_kind_check', sql`${t.kind} in ('individual','collective')`),
    check('modules_capacity_check', sql`${t.capacity} is null or ${t.capacity} between 1 and 1000`),
  ],
);

export const moduleSessions = pgTable(
  'module_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    moduleId: uuid('module_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('module_sessions_centre_id_key').on(t.centreId, t.id),
    index('module_sessions_module_idx').on(t.centreId, t.moduleId, t.startsAt),
    foreignKey({
      name: 'module_sessions_module_fk',
      columns: [t.centreId, t.moduleId],
      foreignColumns: [modules.centreId, modules.id],
    }),
    check('module_sessions_order_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A person enrolled in a module from their plan. */
export const moduleEnrolments = pgTable(
  'module_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    moduleId: uuid('module_id').notNull(),
    trajectoryId: uuid('trajectory_id').notNull(),
    personId: personId(),
    enrolledOn: date('enrolled_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    ...audited(),
  },
  (t) => [
    uniqueIndex('module_enrolments_centre_id_key').on(t.centreId, t.id),
    uniqueIndex('module_enrolments_once_key').on(t.centreId, t.moduleId, t.trajectoryId),
    index('module_enrolments_trajectory_idx').on(t.centreId, t.trajectoryId),
    foreignKey({
      name: 'module_enrolments_module_fk',
      columns: [t.centreId, t.moduleId],
      foreignColumns: [modules.centreId, modules.id],
    }),
    trajectoryOfCentre('module_enrolments_trajectory_fk', t),
    personOfCentre('module_enrolments_person_fk', t),
    check('module_enrolments_order_check', sql`${t.leftOn} is null or ${t.leftOn} >= ${t.enrolledOn}`),
  ],
);

/** Attendance of one enrolled person at one session. */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    centreId: centreRef(),
    sessionId: uuid('session_id').notNull(),
    enrolmentId: uuid('enrolment_id').notNull(),
    status: text('status').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by'),
  },
  (t) => [
    primaryKey({ name: 'session_attendance_pkey', columns: [t.centreId, t.sessionId, t.enrolmentId] }),
    index('session_attendance_enrolment_idx').on(t.centreId, t.enrolmentId),
    foreignKey({
      name: 'session_attendance_session_fk',
      columns: [t.centreId, t.sessionId],
      foreignColumns: [moduleSessions.centreId, moduleSessions.id],
    }),
    foreignKey({
      name: 'session_attendance_enrolment_fk',
      columns: [t.centreId, t.enrolmentId],
      foreignColumns: [moduleEnrolments.centreId, moduleEnrolments.id],
    }),
    check('session_attendance_status_check', sql`${t.status} in ('present','excused','absent')`),
  ],
);

/**
 * A worker's calendar feed: a secret URL (only its SHA-256 is kept) that any calendar application
 * can subscribe to. Revoking it kills the URL; renewing makes a new one.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    secretHash: text('secret_hash').primaryKey(),
    centreId: centreRef(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_active_key').on(t.centreId, t.userId).where(sql`${t.revokedAt} is null`),
    userOfCentre('calendar_feeds_user_fk', t.centreId, t.userId),
  ],
);

/** What a plan cost the centre, a dated line at a time: the yearly report sums the lines of its year. */
export const trajectoryCosts = pgTable(
  'trajectory_costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    trajectoryId: uuid('trajectory_id').notNull(),
    incurredOn: date('incurred_on', { mode: 'string' }).notNull(),
    /** Euro cents: money is never a float. */
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    description: text('description').notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('trajectory_costs_centre_id_key').on(t.centreId, t.id),
    index('trajectory_costs_trajectory_idx').on(t.centreId, t.trajectoryId, t.incurredOn),
    index('trajectory_costs_day_idx').on(t.centreId, t.incurredOn),
    trajectoryOfCentre('trajectory_costs_trajectory_fk', t),
    check('trajectory_costs_amount_check', sql`${t.amountCents} > 0 and ${t.amountCents} <= 100000000`),
  ],
);

/**
 * A centre's reporting year: the convention objectives and subsidy amounts its administrator
 * entered, and, once closed, when and by whom. A closed year's figures are frozen in report_counts
 * and report_members: its report never changes again, whatever is edited in the files later.
 */
export const reportYears = pgTable(
  'report_years',
  {
    centreId: centreRef(),
    year: integer('year').notNull(),
    /** { <indicator>: target count } */
    objectives: jsonb('objectives').notNull().default(sql`'{}'::jsonb`),
    /** { <subsidy part>: euro cents } */
    subsidies: jsonb('subsidies').notNull().default(sql`'{}'::jsonb`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    ...audited(),
  },
  (t) => [
    primaryKey({ name: 'report_years_pkey', columns: [t.centreId, t.year] }),
    userOfCentre('report_years_closed_by_fk', t.centreId, t.closedBy),
    check('report_years_year_check', sql`${t.year} between 2000 and 2100`),
    check('report_years_closed_check', sql`(${t.closedAt} is null) = (${t.closedBy} is null)`),
  ],
);

/**
 * The figures of a closed year, one row per cell (e.g. `activation.outcome.volunteering`): a count
 * and, for cells that carry one, a sum (cents, score changes). Aggregates only, no person: the one
 * table of a centre the federal role may read, across centres.
 */
export const reportCounts = pgTable(
  'report_counts',
  {
    centreId: centreRef(),
    year: integer('year').notNull(),
    cell: text('cell').notNull(),
    count: integer('count').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'report_counts_pkey', columns: [t.centreId, t.year, t.cell] }),
    foreignKey({
      name: 'report_counts_year_fk',
      columns: [t.centreId, t.year],
      foreignColumns: [reportYears.centreId, reportYears.year],
    }),
    index('report_counts_year_idx').on(t.year, t.cell),
  ],
);

/** Who is behind each figure of a closed year (a trajectory or a person): the drill-down of a frozen report. */
export const reportMembers = pgTable(
  'report_members',
  {
    centreId: centreRef(),
    year: integer('year').notNull(),
    cell: text('cell').notNull(),
    subjectId: uuid('subject_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'report_members_pkey', columns: [t.centreId, t.year, t.cell, t.subjectId] }),
    foreignKey({
      name: 'report_members_year_fk',
      columns: [t.centreId, t.year],
      foreignColumns: [reportYears.centreId, reportYears.year],
    }),
  ],
);

/**
 * The event log: one row per change, written in the transaction that made it (append-only, like
 * the audit trail). The person's timeline reads it; webhooks and reports will too. `id` stays the
 * same on every redelivery; `subject_seq` orders the events of one record; `position` orders all.
 * The payload holds ids and what changed, never more personal data than that.
 */
export const events = pgTable(
  'events',
  {
    centreId: centreRef(),
    id: uuid('id').notNull().defaultRandom(),
    position: bigserial('position', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    subjectSeq: integer('subject_seq').notNull(),
    /** Whose file the event belongs to; null for a centre-level event (an instrument loaded). */
    personId: uuid('person_id'),
    /** The day it happened in the file (an assessment's date), which may precede when it was recorded. */
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    primaryKey({ name: 'events_pkey', columns: [t.centreId, t.id] }),
    uniqueIndex('events_subject_seq_key').on(t.centreId, t.subjectType, t.subjectId, t.subjectSeq),
    index('events_person_idx').on(t.centreId, t.personId, t.occurredOn),
    index('events_position_idx').on(t.centreId, t.position),
    // A null person_id (a centre-level event) is not checked: MATCH SIMPLE.
    personOfCentre('events_person_fk', t),
  ],
);

// ---------------------------------------------------------------------------------------------
// Feedback and studies (issue 10): anonymous by construction (docs/security.md "Studies and feedback").

/**
 * A one-time feedback link: only its secret's SHA-256, the centre and the language of the
 * questions. No person, no worker, no creation time (the expiry is 30 days after it): nothing here
 * can tie an answer to who gave or received the link. Deleted when answered.
 */
export const feedbackLinks = pgTable(
  'feedback_links',
  {
    secretHash: text('secret_hash').primaryKey(),
    centreId: centreRef(),
    language: text('language').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('feedback_links_language_check', sql`${t.language} in ('fr','nl','de','en')`),
    index('feedback_links_centre_idx').on(t.centreId, t.expiresAt),
  ],
);

/**
 * A person's anonymous answer: the centre, the year (Brussels) and the language, three scores
 * (1..4, null when skipped) and an optional free text. No time finer than the year, no link,
 * person or worker id.
 */
export const feedbackAnswers = pgTable(
  'feedback_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centreId: centreRef(),
    year: integer('year').notNull(),
    language: text('language').notNull(),
    understandable: smallint('understandable'),
    heard: smallint('heard'),
    helpFits: smallint('help_fits'),
    comment: text('comment'),
  },
  (t) => [
    check('feedback_answers_language_check', sql`${t.language} in ('fr','nl','de','en')`),
    check(
      'feedback_answers_scores_check',
      sql`${t.understandable} between 1 and 4 and ${t.heard} between 1 and 4 and ${t.helpFits} between 1 and 4`,
    ),
    check('feedback_answers_comment_check', sql`char_length(${t.comment}) <= 2000`),
    index('feedback_answers_year_idx').on(t.centreId, t.year),
  ],
);

/**
 * A questionnaire for a study, owned by the federal administration (centre_id null) or by one
 * centre (for its own staff, who are then its only target). Titles and questions carry their text
 * per language; `questions` is an array of { id, kind: scale1to5 | choice | text, text, options? }.
 */
export const studies = pgTable(
  'studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null: a federal study. */
    centreId: uuid('centre_id').references(() => centres.id),
    title: jsonb('title').notNull(),
    questions: jsonb('questions').notNull(),
    targetAll: boolean('target_all').notNull().default(false),
    targetCentreIds: uuid('target_centre_ids').array().notNull().default(sql`'{}'::uuid[]`),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    state: text('state').notNull().default('draft'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('studies_state_check', sql`${t.state} in ('draft','published','closed')`),
    check('studies_dates_check', sql`${t.opensOn} <= ${t.closesOn}`),
    // A centre's study is for its own staff only.
    check(
      'studies_centre_target_check',
      sql`${t.centreId} is null or (not ${t.targetAll} and ${t.targetCentreIds} = array[${t.centreId}])`,
    ),
  ],
);

/** Who has answered a study (to refuse a second answer): no time, nothing shared with the answer. */
export const studyRespondents = pgTable(
  'study_respondents',
  {
    studyId: uuid('study_id').notNull(),
    centreId: centreRef(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'study_respondents_pkey', columns: [t.studyId, t.userId] }),
    foreignKey({ name: 'study_respondents_study_fk', columns: [t.studyId], foreignColumns: [studies.id] }),
    userOfCentre('study_respondents_user_fk', t.centreId, t.userId),
  ],
);

/** One anonymous answer to a study: its random id, the respondent's centre, the answers. No user, no time. */
export const studyAnswers = pgTable(
  'study_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id').notNull(),
    centreId: centreRef(),
    answers: jsonb('answers').notNull(),
  },
  (t) => [
    foreignKey({ name: 'study_answers_study_fk', columns: [t.studyId], foreignColumns: [studies.id] }),
    index('study_answers_study_idx').on(t.studyId, t.centreId),
  ],
);
