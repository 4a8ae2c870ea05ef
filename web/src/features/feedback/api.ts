/** The person's anonymous feedback: the worker's one-time link and the person's public questionnaire. */
import { queryOptions, useMutation } from '@tanstack/react-query';
import type { FeedbackAnswerInput } from '../../../../src/features/feedback/schemas.ts';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { api, unwrap } from '../../api/client.ts';

export function useCreateFeedbackLink() {
  return useMutation({
    mutationFn: (language: Locale) => unwrap(api.POST('/api/v1/feedback-links', { body: { language } })),
  });
}

/** The secret at the end of a link's address. */
export function secretOf(url: string): string {
  return new URL(url, window.location.origin).pathname.split('/').pop() ?? '';
}

export function feedbackFormQuery(secret: string, language?: Locale) {
  return queryOptions({
    queryKey: ['feedback', secret, language ?? 'link'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/feedback/{secret}', {
          params: { path: { secret }, query: language ? { language } : {} },
        }),
      ),
    // The link is used up by the answer: never ask again on its own.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useAnswerFeedback(secret: string) {
  return useMutation({
    mutationFn: (body: FeedbackAnswerInput) =>
      unwrap(api.POST('/api/v1/feedback/{secret}', { params: { path: { secret } }, body })),
  });
}
