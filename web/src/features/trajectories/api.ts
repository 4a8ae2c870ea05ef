/** Plans (PIIS or growth plan): reading them, the editor's saves and the lifecycle steps. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CloseInput,
  CreateTrajectoryInput,
  InformInput,
  SignInput,
  UpdateTrajectoryInput,
} from '../../../../src/features/trajectories/schemas.ts';
import { ApiError, api, type Problem, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { currentLocale } from '../../i18n.ts';
import { personKeys } from '../persons/api.ts';

export type Trajectory = components['schemas']['Trajectory'];
export type PlanVersion = components['schemas']['PlanVersion'];
export type Deadline = components['schemas']['Deadline'];
export type PlanChange = components['schemas']['PlanChange'];
export type InterviewRequestInput = components['schemas']['NewInterviewRequestInput'];

export const planKeys = {
  /** Under the person's key: a saved plan refreshes the person's list and timeline with it. */
  ofPerson: (personId: string) => [...personKeys.one(personId), 'plans'] as const,
  one: (id: string) => ['plans', id] as const,
};

export function personPlansQuery(personId: string) {
  return queryOptions({
    queryKey: planKeys.ofPerson(personId),
    queryFn: () => unwrap(api.GET('/api/v1/trajectories', { params: { query: { personId, limit: 100 } } })),
  });
}

export function planQuery(id: string) {
  return queryOptions({
    queryKey: planKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/trajectories/{id}', { params: { path: { id } } })),
  });
}

export function deadlinesQuery(id: string) {
  return queryOptions({
    queryKey: [...planKeys.one(id), 'deadlines'],
    queryFn: () => unwrap(api.GET('/api/v1/trajectories/{id}/deadlines', { params: { path: { id } } })),
  });
}

export function versionsQuery(id: string) {
  return queryOptions({
    queryKey: [...planKeys.one(id), 'versions'],
    queryFn: () => unwrap(api.GET('/api/v1/trajectories/{id}/versions', { params: { path: { id } } })),
  });
}

export function changesQuery(id: string, number: number) {
  return queryOptions({
    queryKey: [...planKeys.one(id), 'changes', number],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/trajectories/{id}/versions/{number}/changes', {
          params: { path: { id, number } },
        }),
      ),
  });
}

/** The printed plan of a version (built by the documents route), in the person's language. */
export const documentHref = (id: string, version: number) =>
  `/api/v1/trajectories/${id}/document?version=${version}`;

function useRemember() {
  const queryClient = useQueryClient();
  return (plan: Trajectory) => {
    queryClient.setQueryData(planKeys.one(plan.id), plan);
    void queryClient.invalidateQueries({
      queryKey: planKeys.one(plan.id),
      predicate: (query) => query.queryKey.length > planKeys.one(plan.id).length,
    });
    // The person's plans and timeline (every query under the person, not the person itself).
    const person = personKeys.one(plan.personId);
    return queryClient.invalidateQueries({
      queryKey: person,
      predicate: (query) => query.queryKey.length > person.length,
    });
  };
}

export function useCreatePlan() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CreateTrajectoryInput) => unwrap(api.POST('/api/v1/trajectories', { body })),
    onSuccess: remember,
  });
}

export function useUpdatePlan(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: UpdateTrajectoryInput) =>
      unwrap(api.PATCH('/api/v1/trajectories/{id}', { params: { path: { id } }, body })),
    onSuccess: remember,
  });
}

export function useInform(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: InformInput) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/inform', { params: { path: { id } }, body })),
    onSuccess: remember,
  });
}

/** The scan of a plan signed on paper goes as its own bytes, with the file's own Content-Type. */
async function uploadScan(id: string, version: number, file: File) {
  const response = await fetch(`/api/v1/trajectories/${id}/versions/${version}/paper-scan`, {
    method: 'PUT',
    body: file,
    credentials: 'same-origin',
    headers: { 'Content-Type': file.type || 'application/octet-stream', 'Accept-Language': currentLocale() },
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as Problem | null;
    throw new ApiError(response.status, problem && 'detail' in problem ? problem : null);
  }
}

export function useSign(id: string) {
  const remember = useRemember();
  return useMutation({
    /** `number`: the plan version being signed (the body's `version` is the record's version). */
    mutationFn: async ({ body, scan, number }: { body: SignInput; scan: File | null; number: number }) => {
      if (scan) await uploadScan(id, number, scan);
      return unwrap(api.POST('/api/v1/trajectories/{id}/sign', { params: { path: { id } }, body }));
    },
    onSuccess: remember,
  });
}

export function useAmend(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/amend', { params: { path: { id } }, body: { version } })),
    onSuccess: remember,
  });
}

export function useClose(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CloseInput) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/close', { params: { path: { id } }, body })),
    onSuccess: remember,
  });
}

/** The person asks for an interview: the plan's deadlines gain its 5-working-day date. */
export function useRequestInterview(plan: Pick<Trajectory, 'id' | 'personId'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InterviewRequestInput) =>
      unwrap(
        api.POST('/api/v1/trajectories/{id}/interview-requests', { params: { path: { id: plan.id } }, body }),
      ),
    onSuccess: () => {
      // The plan's deadlines, and the person's timeline.
      const person = personKeys.one(plan.personId);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.one(plan.id) }),
        queryClient.invalidateQueries({
          queryKey: person,
          predicate: (query) => query.queryKey.length > person.length,
        }),
      ]);
    },
  });
}
