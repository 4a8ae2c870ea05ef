/** Who is logged in, logging in and out, and the remembered language. */
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { api, isApiError, type Me, unwrap } from '../../api/client.ts';
import { clearAllDrafts } from '../../components/drafts.ts';
import { applyLocale } from '../../i18n.ts';
import { followServerToday } from '../persons/format.ts';

/** null means "not logged in": a normal state, not an error. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await unwrap(api.GET('/api/v1/me'));
      followServerToday(me.today);
      return me;
    } catch (error) {
      if (isApiError(error, 401)) return null;
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/** The logged-in user; only for screens under the app layout, which renders nothing without one. */
export function useSession(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useSession outside a session');
  return data;
}

/** Drops every cached answer but the session itself, which mounted screens are watching. */
function forgetData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQuery.queryKey[0] });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/session', { body: credentials })),
    onSuccess: async (me) => {
      // Another user may have used this tab: nothing of theirs stays in the cache.
      forgetData(queryClient);
      queryClient.setQueryData(meQuery.queryKey, me);
      followServerToday(me.today);
      await applyLocale(me.user.locale);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { response } = await api.DELETE('/api/v1/session');
      // An expired session is as logged out as it gets.
      if (!response.ok && response.status !== 401) throw new Error(`HTTP ${response.status}`);
    },
    onSuccess: () => {
      forgetData(queryClient);
      // Drafts hold what was typed about people: they do not outlive the session on a shared computer.
      clearAllDrafts();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
}

/** Changes the interface at once; once logged in, the server remembers it for the next sessions. */
export function useChangeLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await applyLocale(locale);
      const me = queryClient.getQueryData(meQuery.queryKey);
      if (!me) return null;
      const optimistic: Me = { ...me, user: { ...me.user, locale } };
      queryClient.setQueryData(meQuery.queryKey, optimistic);
      return unwrap(api.PATCH('/api/v1/me', { body: { locale } }));
    },
    onSuccess: (me) => {
      if (me) queryClient.setQueryData(meQuery.queryKey, me);
    },
  });
}
