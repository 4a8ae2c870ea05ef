/** Measurements with a progress instrument, and the progress they show. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CorrectMeasurementInput,
  CreateMeasurementInput,
} from '../../../../src/features/measurements/schemas.ts';
import type { WithdrawalRequest } from '../../../../src/features/withdrawals.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';

export type Measurement = components['schemas']['Measurement'];
export type Progress = components['schemas']['Progress'];
export type DomainProgress = Progress['domains'][number];
export type ProgressPoint = DomainProgress['series'][number];

export function measurementsQuery(personId: string) {
  return queryOptions({
    queryKey: [...personKeys.one(personId), 'measurements'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/persons/{id}/measurements', { params: { path: { id: personId } } })),
  });
}

export function measurementQuery(id: string) {
  return queryOptions({
    queryKey: ['measurements', id],
    queryFn: () => unwrap(api.GET('/api/v1/measurements/{id}', { params: { path: { id } } })),
  });
}

/** The instrument in the version a measurement was taken with: its levels name the scores. */
export function instrumentVersionQuery(key: string, version: number) {
  return queryOptions({
    queryKey: ['instruments', key, version],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/instruments/{key}', {
          params: { path: { key }, query: { version } },
        }),
      ),
    // A version of a definition never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function progressQuery(personId: string, instrument: string) {
  return queryOptions({
    queryKey: [...personKeys.one(personId), 'progress', instrument],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/persons/{id}/progress', {
          params: { path: { id: personId }, query: { instrument } },
        }),
      ),
  });
}

export function useCreateMeasurement(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeasurementInput) =>
      unwrap(api.POST('/api/v1/persons/{id}/measurements', { params: { path: { id: personId } }, body })),
    // The progress, the list of instruments with data and the timeline all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.one(personId) }),
  });
}

/** A corrected or withdrawn measurement changes its page, the progress and the timeline. */
function useRefreshFile() {
  const queryClient = useQueryClient();
  return (measurement: Measurement) => {
    queryClient.setQueryData(measurementQuery(measurement.id).queryKey, measurement);
    return queryClient.invalidateQueries({ queryKey: personKeys.one(measurement.personId) });
  };
}

export function useCorrectMeasurement(id: string) {
  const refresh = useRefreshFile();
  return useMutation({
    mutationFn: (body: CorrectMeasurementInput) =>
      unwrap(api.PATCH('/api/v1/measurements/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useWithdrawMeasurement(id: string) {
  const refresh = useRefreshFile();
  return useMutation({
    mutationFn: (body: WithdrawalRequest) =>
      unwrap(api.POST('/api/v1/measurements/{id}/withdraw', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
