/**
 * The month calendar behind a date field's button, loaded only when someone opens it: forms stay
 * small for those who type. Month and day names follow the interface language (dayjs locales).
 */
import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/fr';
import 'dayjs/locale/nl';
import { DatePicker } from '@mantine/dates';
import type { Locale } from '../../../src/i18n/catalogues.ts';

const DAYJS_LOCALES: Record<Locale, string> = { fr: 'fr', nl: 'nl', de: 'de', en: 'en-gb' };

export default function CalendarPicker({
  value,
  locale,
  minDate,
  maxDate,
  onPick,
}: {
  value: string | null;
  locale: Locale;
  minDate?: string;
  maxDate?: string;
  onPick: (isoDate: string) => void;
}) {
  return (
    <DatePicker
      locale={DAYJS_LOCALES[locale]}
      firstDayOfWeek={1}
      defaultDate={value ?? maxDate ?? undefined}
      value={value}
      minDate={minDate}
      maxDate={maxDate}
      onChange={(picked) => picked && onPick(picked)}
    />
  );
}
