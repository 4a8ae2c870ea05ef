/** The centre's rules for plans and its signing delegations. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSigningDelegationInput,
  UpdateCentrePolicyInput,
  UpdateSigningDelegationInput,
} from '../../../../src/features/centre/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type CentrePolicyView = components['schemas']['CentrePolicy'];
export type SigningDelegation = components['schemas']['SigningDelegation'];

const keys = { policy: ['centre', 'policy'] as const, delegations: ['centre', 'delegations'] as const };

export const centrePolicyQuery = queryOptions({
  queryKey: keys.policy,
  queryFn: () => unwrap(api.GET('/api/v1/centre/policy')),
});

export const delegationsQuery = queryOptions({
  queryKey: keys.delegations,
  queryFn: () => unwrap(api.GET('/api/v1/centre/signing-delegations')),
});

export function useUpdateCentrePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCentrePolicyInput) => unwrap(api.PATCH('/api/v1/centre/policy', { body })),
    onSuccess: (policy) => queryClient.setQueryData(keys.policy, policy),
  });
}

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSigningDelegationInput) =>
      unwrap(api.POST('/api/v1/centre/signing-delegations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.delegations }),
  });
}

export function useUpdateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateSigningDelegationInput & { id: string }) =>
      unwrap(api.PATCH('/api/v1/centre/signing-delegations/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.delegations }),
  });
}
