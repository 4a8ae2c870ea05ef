/**
 * The plan (PIIS or light growth plan), its versions and its lifecycle commands: one shape each,
 * for validation, types and the OpenAPI document.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { DEADLINE_RULES, ORIENTATIONS } from '../../domain/deadlines.ts';
import { SITUATIONS } from '../../domain/piis-obligation.ts';
import { OUTCOMES } from '../../domain/reports.ts';
import { cursorQuery, page } from '../lists.ts';

export const FORMS = ['piis', 'growthPlan'] as const;
export const TRAJECTORY_STATES = ['draft', 'informed', 'active', 'closed'] as const;
export const VERSION_STATES = ['draft', 'informed', 'signed', 'superseded'] as const;
export const INCOME_CATEGORIES = ['cohabiting', 'single', 'family'] as const;
export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'dropped'] as const;
/** The outcomes the federal administration counts (DOMAIN.md §2): defined with the report rules. */
export { OUTCOMES } from '../../domain/reports.ts';
export const LANGUAGES = ['fr', 'nl', 'de', 'en'] as const;

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const line = z.string().trim().min(1).max(2000);
const key = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .describe('A key of your choice, stable from one version to the next.');

export const ObjectiveSchema = z.object({ id: key, text: line }).strict().meta({ id: 'PlanObjective' });
export const CommitmentSchema = z
  .object({ objectiveId: key.describe('The objective it serves.'), text: line })
  .strict()
  .meta({ id: 'PlanCommitment' });
export const ActionSchema = z
  .object({
    id: key,
    what: line,
    who: z.string().trim().min(1).max(200).describe('Who does it: the person, the worker, a partner…'),
    dueOn: isoDate.nullable().default(null),
    status: z.enum(ACTION_STATUSES).default('planned'),
    objectiveId: key.nullable().default(null),
  })
  .strict()
  .meta({ id: 'PlanAction' });
export const PartySchema = z
  .object({ name: z.string().trim().min(1).max(200), role: z.string().trim().min(1).max(200) })
  .strict()
  .meta({ id: 'PlanParty' });
export const SupportPersonSchema = z
  .object({ name: z.string().trim().min(1).max(200), relation: z.string().trim().min(1).max(200) })
  .strict()
  .describe('The person of their choice who assists the person: not a party to the contract.')
  .meta({ id: 'SupportPerson' });

const uniqueBy = <T>(
  list: T[],
  keyOf: (item: T) => string,
  ctx: z.RefinementCtx,
  path: string,
  field: string,
) => {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const k = keyOf(item);
    if (seen.has(k))
      ctx.addIssue({ code: 'custom', path: [path, index, field], message: 'validation.duplicateKey' });
    seen.add(k);
  });
};

/** What a version of a plan says (without defaults: an update names only what changes). */
const planContentBase = {
  orientations: z
    .array(z.enum(ORIENTATIONS))
    .min(1)
    .max(ORIENTATIONS.length)
    .describe(
      'One or more; a mixed plan is allowed. Community service only with the person’s recorded agreement.',
    ),
  communityServiceAgreedOn: isoDate.nullable().describe('When the person agreed to community service.'),
  objectives: z.array(ObjectiveSchema).max(20),
  personCommitments: z.array(CommitmentSchema).max(50),
  centreCommitments: z.array(CommitmentSchema).max(50),
  actions: z.array(ActionSchema).max(100),
  parties: z.array(PartySchema).max(10).describe('Other parties to the contract (a training centre…).'),
  supportPerson: SupportPersonSchema.nullable(),
  evaluationArrangements: z.string().trim().max(2000).describe('How evaluations happen, in plain words.'),
  startOn: isoDate.nullable(),
  plannedEndOn: isoDate.nullable(),
};

const trajectoryBase = {
  form: z.enum(FORMS).describe('piis: the legal contract; growthPlan: a light plan (groeiplan).'),
  situation: z
    .enum(SITUATIONS)
    .describe(
      'integrationIncome, equivalentAid, or noFinancialAid (a user in the broad sense: a plan is possible, sanctions never apply).',
    ),
  incomeCategory: z.enum(INCOME_CATEGORIES).nullable(),
  decisionDate: isoDate.nullable().describe('The date of the integration-income decision.'),
  notificationDate: isoDate.nullable().describe('When the decision was notified.'),
  incomeInPreviousThreeMonths: z
    .boolean()
    .nullable()
    .describe('Whether the person had the integration income in the 3 months before this grant.'),
  exemption: z
    .object({ reason: z.enum(['health', 'equity']), justification: z.string().trim().min(1).max(4000) })
    .strict()
    .nullable()
    .describe('A mandatory PIIS waived for health or equity reasons, with its written justification.'),
  assessmentId: z.uuid().nullable().describe('The social assessment it rests on: the latest by default.'),
  reactualisedAfterShortJob: z
    .boolean()
    .describe('A plan re-actualised after a job of under 3 months: no new assessment needed.'),
};

function checkContent(
  value: {
    objectives?: { id: string }[];
    personCommitments?: { objectiveId: string }[];
    centreCommitments?: { objectiveId: string }[];
    actions?: { id: string; objectiveId: string | null }[];
  },
  ctx: z.RefinementCtx,
) {
  if (value.objectives) uniqueBy(value.objectives, (o) => o.id, ctx, 'objectives', 'id');
  if (value.actions) uniqueBy(value.actions, (a) => a.id, ctx, 'actions', 'id');
  const known = new Set((value.objectives ?? []).map((o) => o.id));
  for (const field of ['personCommitments', 'centreCommitments'] as const) {
    (value[field] ?? []).forEach((c, index) => {
      if (value.objectives && !known.has(c.objectiveId))
        ctx.addIssue({
          code: 'custom',
          path: [field, index, 'objectiveId'],
          message: 'validation.unknownObjective',
        });
    });
  }
  (value.actions ?? []).forEach((a, index) => {
    if (value.objectives && a.objectiveId !== null && !known.has(a.objectiveId))
      ctx.addIssue({
        code: 'custom',
        path: ['actions', index, 'objectiveId'],
        message: 'validation.unknownObjective',
      });
  });
}

export const CreateTrajectorySchema = z
  .object({
    personId: z.uuid(),
    form: trajectoryBase.form,
    situation: trajectoryBase.situation,
    incomeCategory: trajectoryBase.incomeCategory.default(null),
    decisionDate: trajectoryBase.decisionDate.default(null),
    notificationDate: trajectoryBase.notificationDate.default(null),
    incomeInPreviousThreeMonths: trajectoryBase.incomeInPreviousThreeMonths.default(null),
    exemption: trajectoryBase.exemption.default(null),
    assessmentId: trajectoryBase.assessmentId.optional(),
    reactualisedAfterShortJob: trajectoryBase.reactualisedAfterShortJob.default(false),
    orientations: planContentBase.orientations,
    communityServiceAgreedOn: planContentBase.communityServiceAgreedOn.default(null),
    objectives: planContentBase.objectives.default([]),
    personCommitments: planContentBase.personCommitments.default([]),
    centreCommitments: planContentBase.centreCommitments.default([]),
    actions: planContentBase.actions.default([]),
    parties: planContentBase.parties.default([]),
    supportPerson: planContentBase.supportPerson.default(null),
    evaluationArrangements: planContentBase.evaluationArrangements.default(''),
    startOn: planContentBase.startOn.default(null),
    plannedEndOn: planContentBase.plannedEndOn.default(null),
  })
  .strict()
  .superRefine(checkContent)
  .meta({ id: 'CreateTrajectoryRequest' });
export type CreateTrajectoryInput = z.infer<typeof CreateTrajectorySchema>;

export const UpdateTrajectorySchema = z
  .object({
    ...trajectoryBase,
    ...planContentBase,
    subsidyExtensionMotivatedOn: isoDate
      .nullable()
      .describe('When the written motivation for a second subsidy year was made.'),
    councilNotedOn: isoDate
      .nullable()
      .describe('The council session that took note of the signed version: may be set after signing.'),
  })
  .partial()
  .extend({ version: z.number().int().min(1).describe('The version you read: a stale version gets 409.') })
  .strict()
  .superRefine(checkContent)
  .meta({ id: 'UpdateTrajectoryRequest' });
export type UpdateTrajectoryInput = z.infer<typeof UpdateTrajectorySchema>;

export const InformationSchema = z
  .object({
    informedOn: isoDate,
    language: z.enum(LANGUAGES).describe('The language the information was given in.'),
    supportPersonExplained: z
      .literal(true)
      .describe('The person was told they may be assisted by a person of their choice.'),
    reflectionRequested: z.boolean().describe('Whether the person asked for the reflection period.'),
    reflectionWaived: z.boolean().describe('The person waived the reflection period they had asked for.'),
  })
  .meta({ id: 'PlanInformation' });

export const PlanVersionSchema = z
  .object({
    number: z.number().int(),
    state: z.enum(VERSION_STATES),
    orientations: z.array(z.enum(ORIENTATIONS)),
    communityServiceAgreedOn: z.string().nullable(),
    objectives: z.array(ObjectiveSchema),
    personCommitments: z.array(CommitmentSchema),
    centreCommitments: z.array(CommitmentSchema),
    actions: z.array(ActionSchema),
    parties: z.array(PartySchema),
    supportPerson: SupportPersonSchema.nullable(),
    evaluationArrangements: z.string(),
    startOn: z.string().nullable(),
    plannedEndOn: z.string().nullable(),
    information: InformationSchema.nullable(),
    signedOn: z.string().nullable(),
    signatures: z
      .object({
        person: z.enum(['screen', 'paper']).nullable(),
        worker: z.enum(['screen', 'paper']).nullable(),
        workerName: z.string().nullable(),
      })
      .nullable()
      .describe('How each side signed; null while unsigned or for a growth plan signed by nobody.'),
    councilNotedOn: z.string().nullable(),
    documentSha256: z
      .string()
      .nullable()
      .describe('SHA-256 of the printed plan of this version, once printed.'),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'PlanVersion' });
export type PlanVersion = z.infer<typeof PlanVersionSchema>;

export const ObligationSchema = z
  .object({
    mandatory: z.boolean(),
    reasons: z.array(z.enum(['under25', 'newBeneficiary'])),
    because: z.enum(['notIntegrationIncome', 'notNewNotYoung', 'exempted', 'decisionDateUnknown']).optional(),
  })
  .describe('Whether the law requires a PIIS for this person, and why.')
  .meta({ id: 'PiisObligation' });

export const TrajectorySchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    responsibleUserId: z.uuid().nullable().describe('Who follows the person’s file.'),
    form: z.enum(FORMS),
    state: z.enum(TRAJECTORY_STATES),
    situation: z.enum(SITUATIONS),
    incomeCategory: z.enum(INCOME_CATEGORIES).nullable(),
    decisionDate: z.string().nullable(),
    notificationDate: z.string().nullable(),
    incomeInPreviousThreeMonths: z.boolean().nullable(),
    exemption: z.object({ reason: z.enum(['health', 'equity']), justification: z.string() }).nullable(),
    assessmentId: z.uuid().nullable(),
    reactualisedAfterShortJob: z.boolean(),
    obligation: ObligationSchema,
    mandatoryPiisMissing: z
      .boolean()
      .describe('The law requires a PIIS and this plan is a growth plan: flagged until a PIIS is drafted.'),
    sanctionsMayApply: z
      .boolean()
      .describe('True only for a beneficiary of the integration income: a sanction suspends it.'),
    currentVersion: z.number().int(),
    plan: PlanVersionSchema.describe(
      'The current version: the one in force, or the amendment being prepared.',
    ),
    subsidyExtensionMotivatedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    closureNote: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Trajectory' });
export type Trajectory = z.infer<typeof TrajectorySchema>;

export const TrajectoryPageSchema = page(TrajectorySchema).meta({ id: 'TrajectoryPage' });

export const TrajectoryListQuery = cursorQuery.extend({
  personId: z.uuid().optional(),
  state: z.enum(TRAJECTORY_STATES).optional(),
  responsible: z
    .union([z.literal('me'), z.literal('none'), z.uuid()])
    .optional()
    .describe('me, a worker’s id, or none: the plans of the people that worker follows.'),
  orientation: z.enum(ORIENTATIONS).optional(),
});
export type TrajectoryListInput = z.infer<typeof TrajectoryListQuery>;

export const InformRequestSchema = InformationSchema.omit({ reflectionWaived: true })
  .extend({ version: z.number().int().min(1) })
  .strict()
  .meta({ id: 'InformRequest' });
export type InformInput = z.infer<typeof InformRequestSchema>;

const pngDataUrl = z
  .string()
  .max(700_000)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, { message: 'validation.signatureImage' })
  .describe('The signature drawn on screen, as a PNG data URL.');

export const SignRequestSchema = z
  .object({
    version: z.number().int().min(1),
    signedOn: isoDate,
    person: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('screen'), image: pngDataUrl }).strict(),
        z.object({ kind: z.literal('paper') }).strict(),
      ])
      .nullable()
      .describe('null only for a growth plan whose signature the centre does not require.'),
    worker: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('screen'), image: pngDataUrl }).strict(),
        z.object({ kind: z.literal('paper') }).strict(),
      ])
      .nullable(),
    reflectionWaived: z
      .boolean()
      .default(false)
      .describe('The person waives the reflection period they asked for: recorded with the signature.'),
    councilNotedOn: isoDate.nullable().default(null),
  })
  .strict()
  .meta({ id: 'SignRequest' });
export type SignInput = z.infer<typeof SignRequestSchema>;

export const VersionOnlySchema = z
  .object({ version: z.number().int().min(1) })
  .strict()
  .meta({ id: 'VersionRequest' });

export const CloseRequestSchema = z
  .object({
    version: z.number().int().min(1),
    closedOn: isoDate,
    outcome: z.enum(OUTCOMES),
    note: z.string().trim().max(4000).default(''),
  })
  .strict()
  .meta({ id: 'CloseRequest' });
export type CloseInput = z.infer<typeof CloseRequestSchema>;

export const DeadlineSchema = z
  .object({
    key: z.string(),
    rule: z.enum(DEADLINE_RULES),
    date: z.string().meta({ format: 'date' }),
    state: z.enum(['done', 'due', 'overdue']),
    closedBy: z.enum(['signature', 'evaluation', 'interview', 'closure', 'motivation', 'time']),
    inPerson: z.boolean().optional(),
  })
  .meta({ id: 'Deadline' });
export const DeadlineListSchema = z
  .object({ today: z.string().meta({ format: 'date' }), items: z.array(DeadlineSchema) })
  .meta({ id: 'DeadlineList' });

export const InterviewRequestSchema = z
  .object({ requestedOn: isoDate, heldOn: isoDate.nullable().default(null) })
  .strict()
  .meta({ id: 'NewInterviewRequest' });
export const InterviewRequestResultSchema = z
  .object({
    id: z.uuid(),
    trajectoryId: z.uuid(),
    requestedOn: z.string(),
    heldOn: z.string().nullable(),
    deadline: z.string().describe('The day by which it must be held: 5 working days.'),
  })
  .meta({ id: 'InterviewRequest' });

export const VersionListSchema = z
  .object({ items: z.array(PlanVersionSchema) })
  .meta({ id: 'PlanVersionList' });
export const TrajectoryParams = z.object({ id: z.uuid() });
export const VersionParams = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1) });
