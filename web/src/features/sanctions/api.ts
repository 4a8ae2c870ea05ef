/** Sanctions: a plan's list, the lead's waiting proposals, and each step of a sanction's life. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ApproveSanctionInput,
  CorrectSanctionInput,
  DecideSanctionInput,
  ProposeSanctionInput,
  RefuseSanctionInput,
} from '../../../../src/features/sanctions/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';
import { planKeys } from '../trajectories/api.ts';

export type Sanction = components['schemas']['Sanction'];
export type PlanSanctions = components['schemas']['PlanSanctions'];

const waitingKey = ['sanctions', 'proposed'] as const;

export function planSanctionsQuery(planId: string) {
  return queryOptions({
    queryKey: [...planKeys.one(planId), 'sanctions'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/trajectories/{id}/sanctions', { params: { path: { id: planId } } })),
  });
}

/** The proposals waiting for an answer, across the centre (the lead's to-do). */
export const waitingSanctionsQuery = queryOptions({
  queryKey: waitingKey,
  queryFn: () =>
    unwrap(api.GET('/api/v1/sanctions', { params: { query: { state: 'proposed', limit: 200 } } })),
});

/** After any step: the plan's list, the waiting list, and the person's timeline. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (sanction: Sanction) => {
    void queryClient.invalidateQueries({ queryKey: [...planKeys.one(sanction.trajectoryId), 'sanctions'] });
    void queryClient.invalidateQueries({ queryKey: waitingKey });
    const person = personKeys.one(sanction.personId);
    return queryClient.invalidateQueries({
      queryKey: person,
      predicate: (query) => query.queryKey.length > person.length,
    });
  };
}

export function usePropose(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ProposeSanctionInput) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/sanctions', { params: { path: { id: planId } }, body })),
    onSuccess: refresh,
  });
}

export function useCorrect(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CorrectSanctionInput) =>
      unwrap(api.PATCH('/api/v1/sanctions/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useApprove(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ApproveSanctionInput) =>
      unwrap(api.POST('/api/v1/sanctions/{id}/approve', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useRefuse(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RefuseSanctionInput) =>
      unwrap(api.POST('/api/v1/sanctions/{id}/refuse', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useDecide(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DecideSanctionInput) =>
      unwrap(api.POST('/api/v1/sanctions/{id}/decide', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useWithdraw(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/sanctions/{id}/withdraw', { params: { path: { id } }, body: { version } })),
    onSuccess: refresh,
  });
}
