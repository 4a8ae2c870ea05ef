import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type TimelineEvent = components['schemas']['TimelineEvent'];

export function timelineQuery(personId: string) {
  return queryOptions({
    // Under the person's key: whatever changes in the file refreshes it with the rest.
    queryKey: ['persons', 'one', personId, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/persons/{id}/timeline', { params: { path: { id: personId } } })),
  });
}
