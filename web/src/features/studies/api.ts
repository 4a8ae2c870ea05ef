/** Study questionnaires: a manager's studies and a worker's open ones, answers and results. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { StudyCreateInput, StudyPatchInput } from '../../../../src/features/studies/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type Study = components['schemas']['Study'];
export type StudyResults = components['schemas']['StudyResults'];
export type StudyQuestion = components['schemas']['StudyQuestion'];

const all = ['studies'] as const;

export const studiesQuery = queryOptions({
  queryKey: [...all, 'list'],
  queryFn: () => unwrap(api.GET('/api/v1/studies')),
});

export function studyQuery(id: string) {
  return queryOptions({
    queryKey: [...all, id],
    queryFn: () => unwrap(api.GET('/api/v1/studies/{id}', { params: { path: { id } } })),
  });
}

export const studyCentresQuery = queryOptions({
  queryKey: [...all, 'centres'],
  queryFn: () => unwrap(api.GET('/api/v1/studies/centres')),
  staleTime: 5 * 60_000,
});

export function studyResultsQuery(id: string) {
  return queryOptions({
    queryKey: [...all, id, 'results'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/studies/{id}/results', { params: { path: { id }, query: { format: 'json' } } }),
      ) as Promise<StudyResults>,
    retry: false,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: all });
}

export function useCreateStudy() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StudyCreateInput) => unwrap(api.POST('/api/v1/studies', { body })),
    onSuccess: refresh,
  });
}

export function useChangeStudy(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: StudyPatchInput) =>
      unwrap(api.PATCH('/api/v1/studies/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useStudyStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ step, version }: { step: 'publish' | 'close'; version: number }) =>
      step === 'publish'
        ? unwrap(api.POST('/api/v1/studies/{id}/publish', { params: { path: { id } }, body: { version } }))
        : unwrap(api.POST('/api/v1/studies/{id}/close', { params: { path: { id } }, body: { version } })),
    onSuccess: refresh,
  });
}

export function useAnswerStudy(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (answers: Record<string, number | string | null>) =>
      unwrap(api.POST('/api/v1/studies/{id}/answers', { params: { path: { id } }, body: { answers } })),
    onSuccess: refresh,
  });
}

/** The XLSX as a file the browser saves. */
export async function downloadResults(id: string) {
  const response = await fetch(`/api/v1/studies/${id}/results?format=xlsx`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(String(response.status));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `study-${id.slice(0, 8)}.xlsx`;
  a.click();
  URL.revokeObjectURL(url);
}
