/** Referrals: a plan's, the ones waiting for my answer, and each step of one. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptReferralInput,
  CreateReferralInput,
  DeclineReferralInput,
  EndReferralInput,
  WithdrawReferralInput,
} from '../../../../src/features/referrals/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';
import { planKeys } from '../trajectories/api.ts';

export type Referral = components['schemas']['Referral'];

export const referralKeys = {
  /** Under the plan's key: the plan page refreshes them with the plan. */
  ofPlan: (planId: string) => [...planKeys.one(planId), 'referrals'] as const,
  awaiting: ['referrals', 'awaiting'] as const,
};

export function planReferralsQuery(planId: string) {
  return queryOptions({
    queryKey: referralKeys.ofPlan(planId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/trajectories/{id}/referrals', { params: { path: { id: planId } } })),
  });
}

export const awaitingReferralsQuery = queryOptions({
  queryKey: referralKeys.awaiting,
  queryFn: () => unwrap(api.GET('/api/v1/referrals', { params: { query: { awaiting: 'me' } } })),
});

/** A step changes the plan's list, the waiting list, the person's history and the day's work. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (referral: Referral) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: referralKeys.ofPlan(referral.trajectoryId) }),
      queryClient.invalidateQueries({ queryKey: referralKeys.awaiting }),
      queryClient.invalidateQueries({ queryKey: [...personKeys.one(referral.person.id), 'timeline'] }),
      queryClient.invalidateQueries({ queryKey: ['today'] }),
    ]);
}

export function useSendReferral(planId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateReferralInput) =>
      unwrap(api.POST('/api/v1/trajectories/{id}/referrals', { params: { path: { id: planId } }, body })),
    onSuccess: refresh,
  });
}

type Step =
  | { step: 'accept'; body: AcceptReferralInput }
  | { step: 'decline'; body: DeclineReferralInput }
  | { step: 'withdraw'; body: WithdrawReferralInput }
  | { step: 'end'; body: EndReferralInput };

export function useReferralStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Step) => {
      const params = { params: { path: { id } } };
      switch (input.step) {
        case 'accept':
          return unwrap(api.POST('/api/v1/referrals/{id}/accept', { ...params, body: input.body }));
        case 'decline':
          return unwrap(api.POST('/api/v1/referrals/{id}/decline', { ...params, body: input.body }));
        case 'withdraw':
          return unwrap(api.POST('/api/v1/referrals/{id}/withdraw', { ...params, body: input.body }));
        case 'end':
          return unwrap(api.POST('/api/v1/referrals/{id}/end', { ...params, body: input.body }));
      }
    },
    onSuccess: refresh,
  });
}
