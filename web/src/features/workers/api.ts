/** The centre's workers and leads, and handing files from one to another. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReassignInput } from '../../../../src/features/persons/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import { personKeys } from '../persons/api.ts';

export const workersQuery = queryOptions({
  queryKey: ['workers'],
  queryFn: () => unwrap(api.GET('/api/v1/workers')),
});

/** Whose name goes with a responsible worker's id. */
export function workerName(
  workers: { items: { id: string; displayName: string }[] } | undefined,
  id: string | null,
): string | null {
  if (!id) return null;
  return workers?.items.find((w) => w.id === id)?.displayName ?? null;
}

/** The choices of a "give to" select: a blank first, then each worker with their role. */
export function workerOptions(
  workers: { items: { id: string; displayName: string; role: string }[] } | undefined,
  t: (key: string) => string,
  exclude: string | null,
) {
  return [
    { value: '', label: t('workers.choose') },
    ...(workers?.items ?? [])
      .filter((w) => w.id !== exclude)
      .map((w) => ({ value: w.id, label: `${w.displayName} (${t(`roles.${w.role}`)})` })),
  ];
}

export function useReassign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReassignInput) => unwrap(api.POST('/api/v1/persons/reassign', { body })),
    onSuccess: () => {
      // Counts, lists and files all show who follows whom.
      void queryClient.invalidateQueries({ queryKey: ['workers'] });
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
    },
  });
}
