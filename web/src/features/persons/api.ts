/** The persons part of the API, as queries and mutations the screens share. */
import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type { CreatePersonInput, UpdatePersonInput } from '../../../../src/features/persons/schemas.ts';
import { api, type Person, unwrap } from '../../api/client.ts';

const PAGE_SIZE = 50;

export const personKeys = {
  all: ['persons'] as const,
  list: (q: string, responsible?: string) => ['persons', 'list', q, responsible ?? 'all'] as const,
  one: (id: string) => ['persons', 'one', id] as const,
};

/** `responsible`: 'me', a worker's id, 'none', or undefined for the whole centre. */
export function usePersonList(q: string, responsible?: string) {
  return useInfiniteQuery({
    queryKey: personKeys.list(q, responsible),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/persons', {
          params: { query: { q: q || undefined, responsible, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While a new search runs, the previous results stay on screen instead of a blank table.
    placeholderData: keepPreviousData,
  });
}

export function personQuery(id: string) {
  return queryOptions({
    queryKey: personKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/persons/{id}', { params: { path: { id } } })),
  });
}

function useRemember() {
  const queryClient = useQueryClient();
  return (person: Person) => {
    const key = personKeys.one(person.id);
    queryClient.setQueryData(key, person);
    // The change is an event of the file: what is read under the person (the timeline) refreshes.
    void queryClient.invalidateQueries({
      queryKey: key,
      predicate: (query) => query.queryKey.length > key.length,
    });
    // Lists are sorted by name: a new or renamed person may move anywhere in them.
    void queryClient.invalidateQueries({ queryKey: [...personKeys.all, 'list'] });
  };
}

export function useCreatePerson() {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: CreatePersonInput) => unwrap(api.POST('/api/v1/persons', { body })),
    onSuccess: remember,
  });
}

export function useUpdatePerson(id: string) {
  const remember = useRemember();
  return useMutation({
    mutationFn: (body: UpdatePersonInput) =>
      unwrap(api.PATCH('/api/v1/persons/{id}', { params: { path: { id } }, body })),
    onSuccess: remember,
  });
}
