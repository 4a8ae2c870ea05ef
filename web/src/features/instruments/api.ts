/** Progress instruments: read by every screen that measures or shows progress, loaded by admins. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocalisedText } from '../../../../src/domain/instruments.ts';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type Instrument = components['schemas']['Instrument'];

export const instrumentKeys = { all: ['instruments'] as const };

/** The instrument a worker looks at first: every person has a place on the ladder. */
export const DEFAULT_INSTRUMENT = 'participation-ladder';

export const instrumentsQuery = queryOptions({
  queryKey: instrumentKeys.all,
  queryFn: () => unwrap(api.GET('/api/v1/instruments')),
  // Definitions change only when an administrator loads one, and that invalidates this.
  staleTime: 5 * 60_000,
});

/** Instrument texts are data in four languages, not catalogue messages. */
export function localised(text: LocalisedText, locale: Locale): string {
  return text[locale];
}

/** A domain's name, with its everyday words beside it when the instrument gives some. */
export function domainName(instrument: Instrument | undefined, domain: string, locale: Locale): string {
  const found = instrument?.domains.find((d) => d.key === domain);
  if (!found) return domain;
  return found.plainName ? `${found.name[locale]} (${found.plainName[locale]})` : found.name[locale];
}

export interface Upload {
  instrument: Instrument;
  created: boolean;
}

export function useUploadInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    // The definition is whatever the administrator pasted: the server checks it and lists every problem.
    mutationFn: async (definition: unknown): Promise<Upload> => {
      const answer = await api.POST('/api/v1/instruments', { body: definition as Instrument });
      const instrument = await unwrap(Promise.resolve(answer));
      return { instrument, created: answer.response.status === 201 };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentKeys.all }),
  });
}
