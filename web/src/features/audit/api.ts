/** The audit trail: filtered pages of it, and the choices its filters offer. */
import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { AuditAction } from '../../../../src/features/audit/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type AuditEvent = components['schemas']['AuditEvent'];

export interface AuditFilters {
  personId?: string;
  userId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

export function useAuditTrail(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit', { params: { query: { ...filters, cursor: pageParam, limit: PAGE_SIZE } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    // The trail grows with every request: never show a stale copy as current.
    staleTime: 0,
  });
}

/** Everyone who can act in the centre, administrators included. */
export const staffQuery = queryOptions({
  queryKey: ['workers', 'staff'],
  queryFn: () => unwrap(api.GET('/api/v1/workers', { params: { query: { include: 'staff' } } })),
});

/** The people whose names start with what was typed, to pick one for the filter. */
export function usePersonChoices(q: string) {
  return useQuery({
    queryKey: ['persons', 'list', q, 'audit-choices'],
    queryFn: () => unwrap(api.GET('/api/v1/persons', { params: { query: { q, limit: 10 } } })),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
