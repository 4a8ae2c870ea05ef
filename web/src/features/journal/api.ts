/** The case journal: a person's entries, writing one, correcting one. */
import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  CorrectJournalEntryInput,
  CreateJournalEntryInput,
  JournalKind,
} from '../../../../src/features/journal/schemas.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';
import { personKeys } from '../persons/api.ts';

export type JournalEntry = components['schemas']['JournalEntry'];

const PAGE_SIZE = 20;

/** Under the person's key: a saved entry refreshes the journal and the timeline together. */
const journalKey = (personId: string) => [...personKeys.one(personId), 'journal'] as const;

export function useJournal(personId: string, q: string, kind: JournalKind | undefined) {
  return useInfiniteQuery({
    queryKey: [...journalKey(personId), q, kind ?? 'all'],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/persons/{id}/journal', {
          params: {
            path: { id: personId },
            query: { q: q || undefined, kind, cursor: pageParam, limit: PAGE_SIZE },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One entry, with its earlier versions for those allowed to read them. */
export function journalEntryQuery(id: string) {
  return queryOptions({
    queryKey: ['journal', id],
    queryFn: () => unwrap(api.GET('/api/v1/journal/{id}', { params: { path: { id } } })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (entry: JournalEntry) => {
    void queryClient.invalidateQueries({ queryKey: ['journal', entry.id] });
    return queryClient.invalidateQueries({
      queryKey: personKeys.one(entry.personId),
      predicate: (query) => query.queryKey.length > personKeys.one(entry.personId).length,
    });
  };
}

export function useWriteJournalEntry(personId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateJournalEntryInput) =>
      unwrap(api.POST('/api/v1/persons/{id}/journal', { params: { path: { id: personId } }, body })),
    onSuccess: refresh,
  });
}

export function useCorrectJournalEntry(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CorrectJournalEntryInput) =>
      unwrap(api.PATCH('/api/v1/journal/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
