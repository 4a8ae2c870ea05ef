/** What the login page must say about this installation before anyone logs in. */
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';

export const installationQuery = queryOptions({
  queryKey: ['installation'],
  queryFn: () => unwrap(api.GET('/api/v1/installation')),
  staleTime: 5 * 60_000,
});
