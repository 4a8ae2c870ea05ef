/** Evaluations of a plan: the list with the year's minimum, one evaluation, recording and correcting. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CorrectEvaluationInput,
  CreateEvaluationInput,
} from '../../../../src/features/evaluations/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';
import { todayKeys } from '../today/api.ts';
import { planKeys } from '../trajectories/api.ts';

export type Evaluation = components['schemas']['Evaluation'];
export type Compliance = components['schemas']['EvaluationCompliance'];

export const evaluationKeys = {
  /** Under the plan's key: recording one refreshes the plan's deadlines with it. */
  ofPlan: (planId: string) => [...planKeys.one(planId), 'evaluations'] as const,
  one: (id: string) => ['evaluations', id] as const,
};

export function planEvaluationsQuery(planId: string) {
  return queryOptions({
    queryKey: evaluationKeys.ofPlan(planId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/trajectories/{id}/evaluations', { params: { path: { id: planId } } })),
  });
}

export function evaluationQuery(id: string) {
  return queryOptions({
    queryKey: evaluationKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/evaluations/{id}', { params: { path: { id } } })),
  });
}

/** What an evaluation changes: the plan's list and deadlines, the person's timeline and progress. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (evaluation: Evaluation) => {
    queryClient.setQueryData(evaluationKeys.one(evaluation.id), evaluation);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: planKeys.one(evaluation.trajectoryId) }),
      queryClient.invalidateQueries({ queryKey: personKeys.one(evaluation.personId) }),
      // The worker's day (GET /today) loses the evaluation that was due.
      queryClient.invalidateQueries({ queryKey: todayKeys.all }),
    ]);
  };
}

export function useRecordEvaluation(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateEvaluationInput) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/evaluations', { params: { path: { id: planId } }, body })),
    onSuccess: refresh,
  });
}

export function useCorrectEvaluation(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CorrectEvaluationInput) =>
      unwrap(api.PATCH('/api/v1/evaluations/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
