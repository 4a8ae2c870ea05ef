/** The centre's second-line services and partner organisations, and their members. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateServiceInput,
  ServiceKind,
  SetServiceMembersInput,
  UpdateServiceInput,
} from '../../../../src/features/services/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type Service = components['schemas']['Service'];

const all = ['services'] as const;

/** Active ones for referring; `inactive` too for the administrator's page. */
export function servicesQuery(include: 'active' | 'inactive' = 'active', kind?: ServiceKind) {
  return queryOptions({
    queryKey: [...all, include, kind ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/services', { params: { query: { include, kind } } })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: all });
}

export function useCreateService() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateServiceInput) => unwrap(api.POST('/api/v1/services', { body })),
    onSuccess: refresh,
  });
}

export function useUpdateService() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateServiceInput & { id: string }) =>
      unwrap(api.PATCH('/api/v1/services/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useSetMembers() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: SetServiceMembersInput & { id: string }) =>
      unwrap(api.PUT('/api/v1/services/{id}/members', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
