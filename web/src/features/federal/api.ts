/** The federal figures: the yearly figures of the centres that closed the year, added up. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type FederalIndicators = components['schemas']['FederalIndicators'];
export type FederalGroup = components['schemas']['FederalGroup'];
export type Grouping = FederalIndicators['by'];

export const GROUPINGS: Grouping[] = ['none', 'region', 'sizeBand'];

export const federalKeys = {
  all: ['federal'] as const,
  indicators: (year: number, by: Grouping) => ['federal', 'indicators', year, by] as const,
};

export const federalQuery = (year: number, by: Grouping) =>
  queryOptions({
    queryKey: federalKeys.indicators(year, by),
    queryFn: () => unwrap(api.GET('/api/v1/federal/indicators', { params: { query: { year, by } } })),
  });

/** Last year's figures unless another year is asked for: the centres close a year in the spring after. */
export function defaultFederalYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}
