/** The worker's day, the team's, and the calendar feed. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type Today = components['schemas']['Today'];
export type WorkItem = components['schemas']['WorkItem'];
export type TeamDay = components['schemas']['TeamDay'];
export type CalendarFeed = components['schemas']['CalendarFeed'];

export const todayKeys = {
  all: ['today'] as const,
  day: (workerId: string | undefined) => ['today', 'day', workerId ?? 'me'] as const,
  team: ['today', 'team'] as const,
  calendar: ['me', 'calendar'] as const,
};

export const todayQuery = (workerId: string | undefined) =>
  queryOptions({
    queryKey: todayKeys.day(workerId),
    queryFn: () => unwrap(api.GET('/api/v1/today', { params: { query: workerId ? { workerId } : {} } })),
  });

export const teamQuery = queryOptions({
  queryKey: todayKeys.team,
  queryFn: () => unwrap(api.GET('/api/v1/today/team')),
});

export const calendarQuery = queryOptions({
  queryKey: todayKeys.calendar,
  queryFn: () => unwrap(api.GET('/api/v1/me/calendar')),
});

/** Creating, renewing and revoking answer the new state: it replaces the cached one. */
export function useCalendarFeed() {
  const client = useQueryClient();
  const onSuccess = (feed: CalendarFeed) => client.setQueryData(todayKeys.calendar, feed);
  return {
    renew: useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/me/calendar')), onSuccess }),
    revoke: useMutation({ mutationFn: () => unwrap(api.DELETE('/api/v1/me/calendar')), onSuccess }),
  };
}
