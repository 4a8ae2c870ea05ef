/** How a sanction reads on screen, in the interface language. */
import { calendarDate } from '../../../../src/domain/dates.ts';
import type { Locale } from '../../../../src/i18n/catalogues.ts';
import { formatDate } from '../persons/format.ts';
import type { Sanction } from './api.ts';

type TFunction = (key: string, params?: Record<string, unknown>) => string;

export const STATE_COLOURS: Record<Sanction['state'], string> = {
  proposed: 'orange',
  approved: 'blue',
  refused: 'gray',
  decided: 'red',
  withdrawn: 'gray',
};

export function periodLabel(t: TFunction, sanction: Pick<Sanction, 'startOn' | 'endOn'>, locale: Locale) {
  return t('sanctions.periodValue', {
    start: formatDate(sanction.startOn, locale),
    end: formatDate(sanction.endOn, locale),
  });
}

export function extentLabel(t: TFunction, sanction: Pick<Sanction, 'extent' | 'partialPercent'>) {
  return sanction.extent === 'partial'
    ? t('sanctions.partialShare', { percent: sanction.partialPercent ?? '' })
    : t('sanctions.extents.total');
}

/** Who proposed it and, once answered, who approved or refused it. */
export function historyLines(t: TFunction, sanction: Sanction, locale: Locale): string[] {
  const lines = [
    t('sanctions.proposedBy', {
      name: sanction.proposedByName,
      date: formatDate(calendarDate(new Date(sanction.createdAt)), locale),
    }),
  ];
  if (sanction.approval) {
    lines.push(
      t(sanction.approval.outcome === 'approved' ? 'sanctions.approvedBy' : 'sanctions.refusedBy', {
        name: sanction.approval.byName,
        date: formatDate(sanction.approval.on, locale),
      }),
    );
  }
  return lines;
}
