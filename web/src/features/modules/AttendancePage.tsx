/**
 * Attendance at one session, made to be ticked on a phone: each person enrolled that day with three
 * large choices (present, excused, absent) and one save. Before the session starts, only an excuse
 * can be recorded.
 */
import { Alert, Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../src/features/modules/schemas.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { attendanceQuery, type SessionAttendance, useRecordAttendance } from './api.ts';
import { sessionWhen, tally } from './format.ts';
import classes from './Modules.module.css';

type Marks = Record<string, AttendanceStatus | null>;

const marksOf = (roll: SessionAttendance): Marks =>
  Object.fromEntries(roll.items.map((item) => [item.enrolmentId, item.status]));

export function AttendancePage({ moduleId, sessionId }: { moduleId: string; sessionId: string }) {
  const { t } = useTranslation();
  const roll = useQuery(attendanceQuery(sessionId));
  usePageTitle(roll.data ? t('modules.attendanceTitle', { name: roll.data.session.moduleName }) : null);
  if (roll.error) return <ProblemAlert error={roll.error} />;
  if (!roll.data) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  // A new roll from the server (after a save, or a colleague's) starts the ticking again from it.
  return <Roll key={JSON.stringify(marksOf(roll.data))} moduleId={moduleId} roll={roll.data} />;
}

function Roll({ moduleId, roll }: { moduleId: string; roll: SessionAttendance }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const locale = currentLocale();
  const record = useRecordAttendance(roll.session.id);
  const [marks, setMarks] = useState<Marks>(() => marksOf(roll));
  const [failure, setFailure] = useState<unknown>(null);
  const saved = marksOf(roll);
  const { started } = roll.session;
  const changed = roll.items.filter((item) => marks[item.enrolmentId] !== saved[item.enrolmentId]);
  const count = (status: AttendanceStatus) => Object.values(marks).filter((m) => m === status).length;

  const save = async () => {
    setFailure(null);
    const items = roll.items.flatMap((item) => {
      const status = marks[item.enrolmentId];
      return status ? [{ enrolmentId: item.enrolmentId, status }] : [];
    });
    try {
      await record.mutateAsync({ items });
      flash(t('modules.attendanceSaved'));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <AnchorLink to="/modules/$id" params={{ id: moduleId }} size="sm">
          {t('modules.backToModule', { name: roll.session.moduleName })}
        </AnchorLink>
        <Title order={1} size="h2">
          {t('modules.attendanceTitle', { name: roll.session.moduleName })}
        </Title>
        <Text>
          {sessionWhen(roll.session, locale)}
          {roll.session.place ? ` · ${roll.session.place}` : ''}
        </Text>
      </Stack>
      {!started && (
        <Alert color="blue" variant="light" title={t('modules.notStartedTitle')}>
          {t('modules.notStarted')}
        </Alert>
      )}
      {roll.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('modules.nobodyThatDay')}
        </Text>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          noValidate
        >
          <Stack gap="sm">
            {started && (
              <Group>
                <Button
                  variant="default"
                  onClick={() =>
                    setMarks(Object.fromEntries(roll.items.map((item) => [item.enrolmentId, 'present'])))
                  }
                >
                  {t('modules.allPresent')}
                </Button>
              </Group>
            )}
            <ul className={classes.roll} aria-label={t('modules.people')}>
              {roll.items.map((item) => (
                <li key={item.enrolmentId}>
                  <fieldset className={classes.person}>
                    <legend>{item.personName}</legend>
                    <div className={classes.choice}>
                      {ATTENDANCE_STATUSES.map((status) => (
                        <label key={status} className={classes.option} data-status={status}>
                          <input
                            type="radio"
                            name={`mark-${item.enrolmentId}`}
                            value={status}
                            checked={marks[item.enrolmentId] === status}
                            disabled={!started && status !== 'excused'}
                            onChange={() =>
                              setMarks((current) => ({ ...current, [item.enrolmentId]: status }))
                            }
                          />
                          <span>{t(`modules.statuses.${status}`)}</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              ))}
            </ul>
            <div className={classes.saveBar}>
              <Stack gap="xs">
                {failure !== null && <ProblemAlert error={failure} />}
                <Group justify="space-between" gap="sm">
                  <Text size="sm" aria-live="polite">
                    {tally(t, {
                      present: count('present'),
                      excused: count('excused'),
                      absent: count('absent'),
                    })}
                  </Text>
                  <Button type="submit" size="md" loading={record.isPending} disabled={changed.length === 0}>
                    {t('modules.saveAttendance')}
                  </Button>
                </Group>
              </Stack>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
