/**
 * The plan editor's values and their check: the server's own schemas (CreateTrajectorySchema,
 * UpdateTrajectorySchema) and rules (src/domain), so the form and the API agree on every message.
 */
import { isFutureDate } from '../../../../src/domain/dates.ts';
import { ORIENTATIONS, type Orientation, plannedEndProblem } from '../../../../src/domain/deadlines.ts';
import { SITUATIONS, type Situation } from '../../../../src/domain/piis-obligation.ts';
import {
  ACTION_STATUSES,
  type CreateTrajectoryInput,
  CreateTrajectorySchema,
  FORMS,
  INCOME_CATEGORIES,
  type UpdateTrajectoryInput,
  UpdateTrajectorySchema,
} from '../../../../src/features/trajectories/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';
import type { Trajectory } from './api.ts';

type Form = (typeof FORMS)[number];
type IncomeCategory = (typeof INCOME_CATEGORIES)[number];
type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ObjectiveValues {
  id: string;
  text: string;
}
export interface CommitmentValues {
  /** '' until an objective is chosen. */
  objectiveId: string;
  text: string;
}
export interface ActionValues {
  id: string;
  what: string;
  who: string;
  dueOn: string;
  status: ActionStatus;
  /** '' for an action tied to no objective. */
  objectiveId: string;
}
export interface PartyValues {
  name: string;
  role: string;
}

export interface PlanFormValues {
  form: Form;
  situation: Situation;
  incomeCategory: IncomeCategory | '';
  decisionDate: string;
  notificationDate: string;
  /** 'yes', 'no', or '' when not known. */
  incomeInPreviousThreeMonths: 'yes' | 'no' | '';
  exempted: boolean;
  exemptionReason: 'health' | 'equity';
  exemptionJustification: string;
  /** The social assessment the plan rests on; '' for the latest (the server's default). */
  assessmentId: string;
  reactualisedAfterShortJob: boolean;
  orientations: Orientation[];
  communityServiceAgreedOn: string;
  objectives: ObjectiveValues[];
  personCommitments: CommitmentValues[];
  centreCommitments: CommitmentValues[];
  actions: ActionValues[];
  parties: PartyValues[];
  supportPersonName: string;
  supportPersonRelation: string;
  startOn: string;
  plannedEndOn: string;
  evaluationArrangements: string;
}

export type PlanFormPath = keyof PlanFormValues | `${string}.${number}.${string}`;

export function emptyValues(): PlanFormValues {
  return {
    form: 'piis',
    situation: 'integrationIncome',
    incomeCategory: '',
    decisionDate: '',
    notificationDate: '',
    incomeInPreviousThreeMonths: '',
    exempted: false,
    exemptionReason: 'health',
    exemptionJustification: '',
    assessmentId: '',
    reactualisedAfterShortJob: false,
    orientations: [],
    communityServiceAgreedOn: '',
    objectives: [],
    personCommitments: [],
    centreCommitments: [],
    actions: [],
    parties: [],
    supportPersonName: '',
    supportPersonRelation: '',
    startOn: '',
    plannedEndOn: '',
    evaluationArrangements: '',
  };
}

export function valuesOf(plan: Trajectory): PlanFormValues {
  const v = plan.plan;
  return {
    form: plan.form,
    situation: plan.situation,
    incomeCategory: plan.incomeCategory ?? '',
    decisionDate: plan.decisionDate ?? '',
    notificationDate: plan.notificationDate ?? '',
    incomeInPreviousThreeMonths:
      plan.incomeInPreviousThreeMonths === null ? '' : plan.incomeInPreviousThreeMonths ? 'yes' : 'no',
    exempted: plan.exemption !== null,
    exemptionReason: plan.exemption?.reason ?? 'health',
    exemptionJustification: plan.exemption?.justification ?? '',
    assessmentId: plan.assessmentId ?? '',
    reactualisedAfterShortJob: plan.reactualisedAfterShortJob,
    orientations: [...v.orientations],
    communityServiceAgreedOn: v.communityServiceAgreedOn ?? '',
    objectives: v.objectives.map((o) => ({ id: o.id, text: o.text })),
    personCommitments: v.personCommitments.map((c) => ({ objectiveId: c.objectiveId, text: c.text })),
    centreCommitments: v.centreCommitments.map((c) => ({ objectiveId: c.objectiveId, text: c.text })),
    actions: v.actions.map((a) => ({
      id: a.id,
      what: a.what,
      who: a.who,
      dueOn: a.dueOn ?? '',
      status: a.status,
      objectiveId: a.objectiveId ?? '',
    })),
    parties: v.parties.map((p) => ({ name: p.name, role: p.role })),
    supportPersonName: v.supportPerson?.name ?? '',
    supportPersonRelation: v.supportPerson?.relation ?? '',
    startOn: v.startOn ?? '',
    plannedEndOn: v.plannedEndOn ?? '',
    evaluationArrangements: v.evaluationArrangements,
  };
}

/** The next free key of a list: o1, o2… for objectives, a1, a2… for actions. */
export function nextKey(prefix: string, taken: readonly { id: string }[]): string {
  const numbers = taken
    .map((item) => new RegExp(`^${prefix}(\\d+)$`).exec(item.id)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  (list as readonly unknown[]).includes(value) ? (value as T) : fallback;
const rows = <T>(value: unknown, fallback: T[], row: (item: Record<string, unknown>) => T): T[] =>
  Array.isArray(value) ? value.filter(isObject).map(row) : fallback;

/** A stored draft may come from an older form: only what this form knows is taken from it. */
export function mergeValues(base: PlanFormValues, stored: unknown): PlanFormValues {
  if (!isObject(stored)) return base;
  const s = stored;
  return {
    form: oneOf(FORMS, s.form, base.form),
    situation: oneOf(SITUATIONS, s.situation, base.situation),
    incomeCategory: oneOf(['', ...INCOME_CATEGORIES] as const, s.incomeCategory, base.incomeCategory),
    decisionDate: text(s.decisionDate, base.decisionDate),
    notificationDate: text(s.notificationDate, base.notificationDate),
    incomeInPreviousThreeMonths: oneOf(
      ['', 'yes', 'no'] as const,
      s.incomeInPreviousThreeMonths,
      base.incomeInPreviousThreeMonths,
    ),
    exempted: typeof s.exempted === 'boolean' ? s.exempted : base.exempted,
    exemptionReason: oneOf(['health', 'equity'] as const, s.exemptionReason, base.exemptionReason),
    exemptionJustification: text(s.exemptionJustification, base.exemptionJustification),
    assessmentId: text(s.assessmentId, base.assessmentId),
    reactualisedAfterShortJob:
      typeof s.reactualisedAfterShortJob === 'boolean'
        ? s.reactualisedAfterShortJob
        : base.reactualisedAfterShortJob,
    orientations: Array.isArray(s.orientations)
      ? ORIENTATIONS.filter((o) => (s.orientations as unknown[]).includes(o))
      : base.orientations,
    communityServiceAgreedOn: text(s.communityServiceAgreedOn, base.communityServiceAgreedOn),
    objectives: rows(s.objectives, base.objectives, (o) => ({ id: text(o.id, ''), text: text(o.text, '') })),
    personCommitments: rows(s.personCommitments, base.personCommitments, (c) => ({
      objectiveId: text(c.objectiveId, ''),
      text: text(c.text, ''),
    })),
    centreCommitments: rows(s.centreCommitments, base.centreCommitments, (c) => ({
      objectiveId: text(c.objectiveId, ''),
      text: text(c.text, ''),
    })),
    actions: rows(s.actions, base.actions, (a) => ({
      id: text(a.id, ''),
      what: text(a.what, ''),
      who: text(a.who, ''),
      dueOn: text(a.dueOn, ''),
      status: oneOf(ACTION_STATUSES, a.status, 'planned'),
      objectiveId: text(a.objectiveId, ''),
    })),
    parties: rows(s.parties, base.parties, (p) => ({ name: text(p.name, ''), role: text(p.role, '') })),
    supportPersonName: text(s.supportPersonName, base.supportPersonName),
    supportPersonRelation: text(s.supportPersonRelation, base.supportPersonRelation),
    startOn: text(s.startOn, base.startOn),
    plannedEndOn: text(s.plannedEndOn, base.plannedEndOn),
    evaluationArrangements: text(s.evaluationArrangements, base.evaluationArrangements),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** What the form says, as the API's fields (without the person and the version). */
export function toFields(values: PlanFormValues) {
  const hasSupport = values.supportPersonName.trim() !== '' || values.supportPersonRelation.trim() !== '';
  return {
    form: values.form,
    situation: values.situation,
    incomeCategory: values.situation === 'integrationIncome' ? values.incomeCategory || null : null,
    decisionDate: orNull(values.decisionDate),
    notificationDate: orNull(values.notificationDate),
    incomeInPreviousThreeMonths:
      values.incomeInPreviousThreeMonths === '' ? null : values.incomeInPreviousThreeMonths === 'yes',
    exemption: values.exempted
      ? { reason: values.exemptionReason, justification: values.exemptionJustification }
      : null,
    // '' lets the server take the latest assessment in force.
    assessmentId: values.assessmentId === '' ? null : values.assessmentId,
    reactualisedAfterShortJob: values.reactualisedAfterShortJob,
    orientations: values.orientations,
    communityServiceAgreedOn: values.orientations.includes('communityService')
      ? orNull(values.communityServiceAgreedOn)
      : null,
    objectives: values.objectives,
    personCommitments: values.personCommitments,
    centreCommitments: values.centreCommitments,
    actions: values.actions.map((a) => ({
      ...a,
      dueOn: orNull(a.dueOn),
      objectiveId: a.objectiveId === '' ? null : a.objectiveId,
    })),
    parties: values.parties,
    supportPerson: hasSupport
      ? { name: values.supportPersonName, relation: values.supportPersonRelation }
      : null,
    startOn: orNull(values.startOn),
    plannedEndOn: orNull(values.plannedEndOn),
    evaluationArrangements: values.evaluationArrangements,
  };
}

/** The form's name of a field the API names (exemption.justification → exemptionJustification). */
export function formPath(apiPath: string, values: PlanFormValues): string | null {
  const direct: Record<string, string> = {
    exemption: 'exemptionJustification',
    'exemption.justification': 'exemptionJustification',
    'exemption.reason': 'exemptionReason',
    supportPerson: 'supportPersonName',
    'supportPerson.name': 'supportPersonName',
    'supportPerson.relation': 'supportPersonRelation',
  };
  if (direct[apiPath]) return direct[apiPath];
  const [list, index, field] = apiPath.split('.');
  if (list && index !== undefined && field !== undefined) {
    const rowsOf = values[list as keyof PlanFormValues];
    return Array.isArray(rowsOf) && Number(index) < rowsOf.length ? apiPath : null;
  }
  if (list && index !== undefined) {
    // A whole row refused: its first field carries the message.
    const first: Record<string, string> = {
      objectives: 'text',
      personCommitments: 'text',
      centreCommitments: 'text',
      actions: 'what',
      parties: 'name',
    };
    return first[list] ? `${list}.${index}.${first[list]}` : null;
  }
  return apiPath in values ? apiPath : null;
}

type Errors = Partial<Record<string, MessageRef>>;

/** The rules of src/domain the server checks after parsing, checked here before sending. */
function domainChecks(values: PlanFormValues, today: string, errors: Errors) {
  const add = (path: string, key: string) => {
    if (!errors[path]) errors[path] = { key };
  };
  const dateFields = ['decisionDate', 'notificationDate', 'communityServiceAgreedOn'] as const;
  for (const field of dateFields) {
    const day = values[field];
    if (day && !errors[field] && isFutureDate(day, today)) add(field, 'validation.dateInFuture');
  }
  if (values.decisionDate && values.notificationDate && values.notificationDate < values.decisionDate)
    add('notificationDate', 'validation.notificationBeforeDecision');
  if (values.orientations.length === 0) add('orientations', 'plans.editor.orientationRequired');
  if (values.orientations.includes('communityService') && values.communityServiceAgreedOn.trim() === '')
    add('communityServiceAgreedOn', 'validation.communityServiceAgreement');
  const end = plannedEndProblem({
    orientations: values.orientations,
    startOn: orNull(values.startOn),
    plannedEndOn: orNull(values.plannedEndOn),
  });
  if (end) add('plannedEndOn', end);
  if (values.exempted && values.exemptionJustification.trim() === '')
    add('exemptionJustification', 'validation.required');
  const hasSupport = values.supportPersonName.trim() !== '' || values.supportPersonRelation.trim() !== '';
  if (hasSupport && values.supportPersonName.trim() === '') add('supportPersonName', 'validation.required');
  if (hasSupport && values.supportPersonRelation.trim() === '')
    add('supportPersonRelation', 'validation.required');
  for (const list of ['personCommitments', 'centreCommitments'] as const)
    values[list].forEach((c, i) => {
      if (c.objectiveId === '') add(`${list}.${i}.objectiveId`, 'validation.required');
    });
}

function collect(
  issues: readonly Parameters<typeof issueMessage>[0][],
  values: PlanFormValues,
  errors: Errors,
) {
  for (const issue of issues) {
    const path = formPath(issuePath(issue), values);
    if (path && !errors[path]) errors[path] = issueMessage(issue);
  }
}

export function checkNew(
  values: PlanFormValues,
  personId: string,
  today: string,
): FormCheck<CreateTrajectoryInput, string> {
  const errors: Errors = {};
  domainChecks(values, today, errors);
  const parsed = CreateTrajectorySchema.safeParse({ personId, ...toFields(values) });
  if (!parsed.success) collect(parsed.error.issues, values, errors);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

export function checkUpdate(
  values: PlanFormValues,
  version: number,
  today: string,
): FormCheck<UpdateTrajectoryInput, string> {
  const errors: Errors = {};
  domainChecks(values, today, errors);
  const parsed = UpdateTrajectorySchema.safeParse({ ...toFields(values), version });
  if (!parsed.success) collect(parsed.error.issues, values, errors);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
