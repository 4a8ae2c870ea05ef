/**
 * A date typed and shown as dd/mm/yyyy in every interface language, whatever the browser's own
 * language: the native date input follows the browser, so a Dutch-speaking worker on an English
 * laptop would otherwise type mm/dd. The value stays YYYY-MM-DD for the API; what cannot be read
 * as a day is passed on as typed, so the form's check names it instead of silently keeping an
 * older date.
 */
import { ActionIcon, Loader, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../src/domain/dates.ts';
import { formatDayMonthYear, parseTypedDate } from '../../../src/domain/typed-dates.ts';
import { currentLocale } from '../i18n.ts';

const CalendarPicker = lazy(() => import('./CalendarPicker.tsx'));

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'min' | 'max'> & {
  /** YYYY-MM-DD, '' when empty, or the text typed when it is not a day (a Mantine form's value). */
  value?: string;
  onChange?: (value: string) => void;
  min?: string;
  max?: string;
};

const shown = (value: string) => (isIsoDate(value) ? formatDayMonthYear(value) : value);

export function DateField({ value = '', onChange = () => {}, onFocus, onBlur, min, max, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => shown(value));
  const [typing, setTyping] = useState(false);
  const [calendarOpen, setCalendarOpen] = useState(false);

  // A value set from outside (a restored draft, a reset) shows as soon as nobody is typing.
  useEffect(() => {
    if (!typing) setText(shown(value));
  }, [value, typing]);

  const accept = (typed: string) => {
    setText(typed);
    onChange(parseTypedDate(typed) ?? typed.trim());
  };

  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dates.placeholder')}
      onChange={(event) => accept(event.currentTarget.value)}
      onFocus={(event) => {
        setTyping(true);
        onFocus?.(event);
      }}
      onBlur={(event) => {
        setTyping(false);
        onBlur?.(event);
      }}
      rightSection={
        <Popover opened={calendarOpen} onChange={setCalendarOpen} position="bottom-end" trapFocus shadow="md">
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray.8"
              aria-label={t('dates.openCalendar')}
              aria-expanded={calendarOpen}
              onClick={() => setCalendarOpen((open) => !open)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Suspense fallback={<Loader size="sm" />}>
              <CalendarPicker
                value={isIsoDate(value) ? value : null}
                locale={currentLocale()}
                minDate={min}
                maxDate={max}
                onPick={(picked) => {
                  setText(formatDayMonthYear(picked));
                  onChange(picked);
                  setCalendarOpen(false);
                }}
              />
            </Suspense>
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

function CalendarIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}
