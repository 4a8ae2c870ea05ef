/** A plan's cost lines: the list with its total, recording one, removing one. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordCostInput } from '../../../../src/features/costs/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { planKeys } from '../trajectories/api.ts';

export type CostLine = components['schemas']['CostLine'];

/** Under the plan's key: the plan page refreshes them with the plan. */
const costsKey = (planId: string) => [...planKeys.one(planId), 'costs'] as const;

export function planCostsQuery(planId: string) {
  return queryOptions({
    queryKey: costsKey(planId),
    queryFn: () => unwrap(api.GET('/api/v1/trajectories/{id}/costs', { params: { path: { id: planId } } })),
  });
}

export function useRecordCost(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordCostInput) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/costs', { params: { path: { id: planId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: costsKey(planId) }),
  });
}

export function useRemoveCost(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (line: CostLine) =>
      unwrap(
        api.DELETE('/api/v1/trajectories/{id}/costs/{costId}', {
          params: { path: { id: planId, costId: line.id }, query: { version: line.version } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: costsKey(planId) }),
  });
}
