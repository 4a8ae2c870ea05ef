/** Social assessments: a person's history of them, and saving one. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateAssessmentInput,
  UpdateAssessmentInput,
} from '../../../../src/features/assessments/schemas.ts';
import type { WithdrawalRequest } from '../../../../src/features/withdrawals.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';

export type Assessment = components['schemas']['Assessment'];

export function assessmentsQuery(personId: string) {
  return queryOptions({
    queryKey: [...personKeys.one(personId), 'assessments'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/persons/{id}/assessments', { params: { path: { id: personId } } })),
  });
}

export function assessmentQuery(id: string) {
  return queryOptions({
    queryKey: ['assessments', id],
    queryFn: () => unwrap(api.GET('/api/v1/assessments/{id}', { params: { path: { id } } })),
  });
}

/** A saved assessment changes the person page: its summary, the history, the timeline. */
function useRefreshFile() {
  const queryClient = useQueryClient();
  return (assessment: Assessment) => {
    queryClient.setQueryData(assessmentQuery(assessment.id).queryKey, assessment);
    return queryClient.invalidateQueries({ queryKey: personKeys.one(assessment.personId) });
  };
}

export function useCreateAssessment(personId: string) {
  const refresh = useRefreshFile();
  return useMutation({
    mutationFn: (body: CreateAssessmentInput) =>
      unwrap(api.POST('/api/v1/persons/{id}/assessments', { params: { path: { id: personId } }, body })),
    onSuccess: refresh,
  });
}

export function useUpdateAssessment(id: string) {
  const refresh = useRefreshFile();
  return useMutation({
    mutationFn: (body: UpdateAssessmentInput) =>
      unwrap(api.PATCH('/api/v1/assessments/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useWithdrawAssessment(id: string) {
  const refresh = useRefreshFile();
  return useMutation({
    mutationFn: (body: WithdrawalRequest) =>
      unwrap(api.POST('/api/v1/assessments/{id}/withdraw', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
