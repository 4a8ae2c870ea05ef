/**
 * The evaluation form's values and their checks: the server's own schema and rules
 * (src/features/evaluations/policy.ts), so the form and the API say the same thing.
 */
import { isIsoDate } from '../../../../src/domain/dates.ts';
import { EVALUATION_MODES, type EvaluationMode } from '../../../../src/domain/evaluation-schedule.ts';
import { evaluationProblems } from '../../../../src/features/evaluations/policy.ts';
import {
  type CreateEvaluationInput,
  CreateEvaluationSchema,
  PROGRESS_LEVELS,
  type ProgressLevel,
} from '../../../../src/features/evaluations/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';
import type { Evaluation } from './api.ts';

export interface ObjectiveValues {
  /** '' while the objective is not reviewed. */
  level: ProgressLevel | '';
  note: string;
}

export interface EvaluationFormValues {
  heldOn: string;
  mode: EvaluationMode;
  missed: boolean;
  personCame: boolean;
  supportPerson: boolean;
  /** As typed: partners separated by commas. */
  partners: string;
  others: string;
  progress: Record<string, ObjectiveValues>;
  personDid: string;
  centreDid: string;
  nextSteps: string;
  nextOn: string;
}

export interface Objective {
  id: string;
  text: string;
}

export function emptyValues(today: string, objectives: readonly Objective[]): EvaluationFormValues {
  return {
    heldOn: today,
    mode: 'inPerson',
    missed: false,
    personCame: true,
    supportPerson: false,
    partners: '',
    others: '',
    progress: Object.fromEntries(objectives.map((o) => [o.id, { level: '', note: '' }])),
    personDid: '',
    centreDid: '',
    nextSteps: '',
    nextOn: '',
  };
}

/** A saved evaluation as the form holds it, to correct it. */
export function valuesOf(evaluation: Evaluation, objectives: readonly Objective[]): EvaluationFormValues {
  const progress = emptyValues('', objectives).progress;
  for (const p of evaluation.objectiveProgress) progress[p.objectiveId] = { level: p.level, note: p.note };
  return {
    heldOn: evaluation.heldOn,
    mode: evaluation.mode,
    missed: evaluation.missed,
    personCame: evaluation.attendance.person,
    supportPerson: evaluation.attendance.supportPerson,
    partners: evaluation.attendance.partners.join(', '),
    others: evaluation.attendance.others,
    progress,
    personDid: evaluation.personDid,
    centreDid: evaluation.centreDid,
    nextSteps: evaluation.nextSteps,
    nextOn: evaluation.nextOn ?? '',
  };
}

/** A stored draft may come from an older form or plan: only what this form knows is taken from it. */
export function mergeValues(base: EvaluationFormValues, stored: unknown): EvaluationFormValues {
  if (!stored || typeof stored !== 'object') return base;
  const source = stored as Partial<Record<keyof EvaluationFormValues, unknown>>;
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  const storedProgress = (source.progress ?? {}) as Record<string, Partial<ObjectiveValues>>;
  const progress = Object.fromEntries(
    Object.entries(base.progress).map(([id, values]) => {
      const kept = storedProgress[id];
      const level = (PROGRESS_LEVELS as readonly unknown[]).includes(kept?.level)
        ? (kept?.level as ProgressLevel)
        : values.level;
      return [id, { level, note: text(kept?.note, values.note) }];
    }),
  );
  return {
    heldOn: text(source.heldOn, base.heldOn),
    mode: (EVALUATION_MODES as readonly unknown[]).includes(source.mode)
      ? (source.mode as EvaluationMode)
      : base.mode,
    missed: flag(source.missed, base.missed),
    personCame: flag(source.personCame, base.personCame),
    supportPerson: flag(source.supportPerson, base.supportPerson),
    partners: text(source.partners, base.partners),
    others: text(source.others, base.others),
    progress,
    personDid: text(source.personDid, base.personDid),
    centreDid: text(source.centreDid, base.centreDid),
    nextSteps: text(source.nextSteps, base.nextSteps),
    nextOn: text(source.nextOn, base.nextOn),
  };
}

/** The request body, in the plan's order of objectives; a missed appointment sends no progress. */
export function toBody(
  values: EvaluationFormValues,
  objectives: readonly Objective[],
): Omit<CreateEvaluationInput, 'measurement'> {
  return {
    heldOn: values.heldOn,
    mode: values.mode,
    missed: values.missed,
    attendance: {
      person: values.missed ? false : values.personCame,
      supportPerson: values.supportPerson,
      partners: values.partners
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
      others: values.others,
    },
    objectiveProgress: values.missed
      ? []
      : objectives
          .filter((o) => values.progress[o.id]?.level)
          .map((o) => {
            const p = values.progress[o.id] as ObjectiveValues;
            return { objectiveId: o.id, level: p.level as ProgressLevel, note: p.note };
          }),
    personDid: values.personDid,
    centreDid: values.centreDid,
    nextSteps: values.nextSteps,
    nextOn: values.nextOn === '' ? null : values.nextOn,
  };
}

/** The form field a request path names: the objective of "objectiveProgress.1.level" is the second sent. */
export function formPath(
  path: string,
  body: Pick<CreateEvaluationInput, 'objectiveProgress'>,
  objectives: readonly Objective[],
): string | null {
  const [head, index, field] = path.split('.');
  if (head === 'attendance') {
    if (index === 'person') return 'personCame';
    if (index === 'supportPerson' || index === 'partners' || index === 'others') return index;
    return 'personCame';
  }
  if (head === 'objectiveProgress') {
    const sent = index === undefined ? undefined : body.objectiveProgress[Number(index)];
    const id = sent?.objectiveId ?? objectives[0]?.id;
    if (!id) return null;
    return `progress.${id}.${field === 'note' ? 'note' : 'level'}`;
  }
  const direct = ['heldOn', 'mode', 'missed', 'personDid', 'centreDid', 'nextSteps', 'nextOn'];
  return head && direct.includes(head) ? head : null;
}

export interface PlanContext {
  today: string;
  planStart: string;
  objectives: readonly Objective[];
}

type Check = FormCheck<Omit<CreateEvaluationInput, 'measurement'>>;

export function checkValues(values: EvaluationFormValues, plan: PlanContext, measuring: boolean): Check {
  const body = toBody(values, plan.objectives);
  const errors: Record<string, MessageRef> = {};
  const add = (path: string | null, message: MessageRef) => {
    if (path && !errors[path]) errors[path] = message;
  };
  if (values.heldOn === '') add('heldOn', { key: 'validation.required' });
  const parsed = CreateEvaluationSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      add(formPath(issuePath(issue), body, plan.objectives), issueMessage(issue));
  }
  if (isIsoDate(values.heldOn)) {
    const problems = evaluationProblems(
      {
        heldOn: values.heldOn,
        missed: values.missed,
        nextOn: isIsoDate(values.nextOn) ? values.nextOn : null,
        personCame: body.attendance.person,
        objectiveIds: body.objectiveProgress.map((p) => p.objectiveId),
        withMeasurement: measuring && !values.missed,
      },
      {
        today: plan.today,
        planStart: plan.planStart,
        objectives: new Set(plan.objectives.map((o) => o.id)),
        planHasObjectives: plan.objectives.length > 0,
      },
    );
    for (const p of problems) add(formPath(p.path, body, plan.objectives), { key: p.key, params: p.params });
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
