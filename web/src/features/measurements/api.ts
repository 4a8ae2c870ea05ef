/** Measurements with a progress instrument, and the progress they show. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateMeasurementInput } from '../../../../src/features/measurements/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';

export type Measurement = components['schemas']['Measurement'];
export type Progress = components['schemas']['Progress'];
export type DomainProgress = Progress['domains'][number];

export function measurementsQuery(personId: string) {
  return queryOptions({
    queryKey: [...personKeys.one(personId), 'measurements'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/persons/{id}/measurements', { params: { path: { id: personId } } })),
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
