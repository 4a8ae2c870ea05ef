/** The worker's dashboard and the team's (issue 10). */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type WorkerDashboard = components['schemas']['WorkerDashboard'];
export type TeamDashboard = components['schemas']['TeamDashboard'];
export type DashboardRatio = components['schemas']['DashboardRatio'];
export interface Period {
  from?: string;
  to?: string;
}

export const dashboardKeys = {
  worker: ['dashboards', 'worker'] as const,
  team: (period: Period) => ['dashboards', 'team', period.from ?? '', period.to ?? ''] as const,
};

export const workerDashboardQuery = queryOptions({
  queryKey: dashboardKeys.worker,
  queryFn: () => unwrap(api.GET('/api/v1/dashboards/worker')),
});

export const teamDashboardQuery = (period: Period) =>
  queryOptions({
    queryKey: dashboardKeys.team(period),
    queryFn: () => unwrap(api.GET('/api/v1/dashboards/team', { params: { query: period } })),
    // While another period loads, the figures shown stay (and say which period they are of).
    placeholderData: keepPreviousData,
  });
