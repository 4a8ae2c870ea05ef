/** The module catalogue, sessions, enrolment from the plan and attendance. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateModuleInput,
  CreateSessionInput,
  EnrolInput,
  LeaveInput,
  RecordAttendanceInput,
  UpdateModuleInput,
  UpdateSessionInput,
} from '../../../../src/features/modules/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';

export type Module = components['schemas']['Module'];
export type ModuleDetail = components['schemas']['ModuleDetail'];
export type ModuleSession = components['schemas']['ModuleSession'];
export type Enrolment = components['schemas']['ModuleEnrolment'];
export type SessionAttendance = components['schemas']['SessionAttendance'];

const all = ['modules'] as const;
export const moduleKeys = {
  list: (include: 'active' | 'inactive') => [...all, 'list', include] as const,
  one: (id: string) => [...all, 'one', id] as const,
  attendance: (sessionId: string) => [...all, 'attendance', sessionId] as const,
  /** Under the person's key: an enrolment refreshes the person's timeline with it. */
  ofPlan: (personId: string, trajectoryId: string) =>
    [...personKeys.one(personId), 'modules', trajectoryId] as const,
};

export function modulesQuery(include: 'active' | 'inactive' = 'active') {
  return queryOptions({
    queryKey: moduleKeys.list(include),
    queryFn: () => unwrap(api.GET('/api/v1/modules', { params: { query: { include } } })),
  });
}

export function moduleQuery(id: string) {
  return queryOptions({
    queryKey: moduleKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/modules/{id}', { params: { path: { id } } })),
  });
}

export function attendanceQuery(sessionId: string) {
  return queryOptions({
    queryKey: moduleKeys.attendance(sessionId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/module-sessions/{id}/attendance', { params: { path: { id: sessionId } } })),
  });
}

export function planModulesQuery(personId: string, trajectoryId: string) {
  return queryOptions({
    queryKey: moduleKeys.ofPlan(personId, trajectoryId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/trajectories/{id}/modules', { params: { path: { id: trajectoryId } } })),
  });
}

/** Anything about modules may have changed: the catalogue, a module, a roll, a plan's list. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (personId?: string) => {
    void queryClient.invalidateQueries({ queryKey: all });
    if (personId) {
      void queryClient.invalidateQueries({
        queryKey: personKeys.one(personId),
        predicate: (query) => query.queryKey.length > personKeys.one(personId).length,
      });
    }
  };
}

export function useCreateModule() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateModuleInput) => unwrap(api.POST('/api/v1/modules', { body })),
    onSuccess: () => refresh(),
  });
}

export function useUpdateModule(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateModuleInput) =>
      unwrap(api.PATCH('/api/v1/modules/{id}', { params: { path: { id } }, body })),
    onSuccess: () => refresh(),
  });
}

export function useAddSession(moduleId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateSessionInput) =>
      unwrap(api.POST('/api/v1/modules/{id}/sessions', { params: { path: { id: moduleId } }, body })),
    onSuccess: () => refresh(),
  });
}

export function useUpdateSession(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: UpdateSessionInput) =>
      unwrap(api.PATCH('/api/v1/module-sessions/{id}', { params: { path: { id } }, body })),
    onSuccess: () => refresh(),
  });
}

export function useRecordAttendance(sessionId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RecordAttendanceInput) =>
      unwrap(
        api.PUT('/api/v1/module-sessions/{id}/attendance', { params: { path: { id: sessionId } }, body }),
      ),
    onSuccess: (roll) => {
      queryClient.setQueryData(moduleKeys.attendance(sessionId), roll);
      refresh();
      // Each person's plan shows their attendance.
      for (const item of roll.items) {
        void queryClient.invalidateQueries({ queryKey: [...personKeys.one(item.personId), 'modules'] });
      }
    },
  });
}

export function useEnrol(personId: string, trajectoryId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: EnrolInput) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/modules', { params: { path: { id: trajectoryId } }, body })),
    onSuccess: () => refresh(personId),
  });
}

export function useLeave(personId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: LeaveInput & { id: string }) =>
      unwrap(api.POST('/api/v1/module-enrolments/{id}/leave', { params: { path: { id } }, body })),
    onSuccess: () => refresh(personId),
  });
}
