import { Badge, Group, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { instrumentsQuery } from '../instruments/api.ts';
import { formatDate } from '../persons/format.ts';
import { type TimelineEvent, timelineQuery } from './api.ts';
import classes from './Timeline.module.css';

/** What happened in the file, newest first: the person's events from the event log. */
export function Timeline({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const timeline = useQuery(timelineQuery(personId));
  const locale = currentLocale();

  return (
    <section aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="xs">
        {t('timeline.title')}
      </Title>
      {timeline.isPending && <Loading size="sm" />}
      {timeline.isError && <ProblemAlert error={timeline.error} />}
      {timeline.data && (
        <ol className={classes.list}>
          {timeline.data.items.map((event) => (
            <li key={event.eventId} className={`${classes.item} ${classes[event.kind] ?? ''}`}>
              <Group gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" className={classes.date}>
                  {formatDate(event.date, locale, 'long')}
                </Text>
                <Text size="sm">
                  <span className={struckOut(event) ? classes.struck : undefined}>
                    {event.kind === 'measurement' ? (
                      // A measurement has its own page, withdrawn or not.
                      <AnchorLink
                        to="/persons/$id/measurements/$measurementId"
                        params={{ id: personId, measurementId: event.id }}
                        inherit
                      >
                        <EventText event={event} />
                      </AnchorLink>
                    ) : event.type.startsWith('evaluation.') ? (
                      // An evaluation has its own page too.
                      <AnchorLink to="/evaluations/$id" params={{ id: event.id }} inherit>
                        <EventText event={event} />
                      </AnchorLink>
                    ) : (
                      <EventText event={event} />
                    )}
                  </span>
                  {struckOut(event) && (
                    <Badge size="sm" variant="outline" color="gray" c="gray.9" tt="none" ml={6}>
                      {t('timeline.withdrawnBadge')}
                    </Badge>
                  )}
                  {event.by && (
                    <Text span size="sm" c="dimmed">
                      {' · '}
                      {t('timeline.by', { name: event.by })}
                    </Text>
                  )}
                </Text>
              </Group>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** An entry about a record since withdrawn as a mistake (the withdrawal itself reads as such). */
const struckOut = (event: TimelineEvent) => event.withdrawn && !event.type.endsWith('.withdrawn');

/** The labels of a measurement's corrected fields, as its form names them. */
function measurementFieldLabels(t: (key: string) => string, fields: unknown): string {
  const list = Array.isArray(fields) ? fields.map(String) : [];
  return list
    .map((field) => t(field === 'scores' ? 'measurement.scores' : `measurement.${field}`))
    .join(', ');
}

/** The labels of changed fields, as the forms name them. */
function fieldLabels(t: (key: string) => string, form: 'person' | 'assessment', fields: unknown): string {
  const list = Array.isArray(fields) ? fields.map(String) : [];
  const label = (field: string) =>
    form === 'person'
      ? t(`personForm.${field}`)
      : t(field === 'domains' ? 'assessment.domainsLegend' : `assessment.${field}`);
  return list.map(label).join(', ');
}

/** The labels of a journal entry's corrected fields, as its form names them. */
function journalFieldLabels(t: (key: string) => string, fields: unknown): string {
  const label: Record<string, string> = {
    kind: 'journal.kind',
    occurredOn: 'journal.occurredOn',
    text: 'journal.text',
    durationMinutes: 'journal.duration',
  };
  const list = Array.isArray(fields) ? fields.map(String) : [];
  return list.map((field) => t(label[field] ?? field)).join(', ');
}

/** The labels of a plan's changed fields, as the plan's pages name them. */
function planFieldLabels(t: (key: string) => string, fields: unknown): string {
  const list = Array.isArray(fields) ? fields.map(String) : [];
  return list.map((field) => t(`plans.fields.${field}`)).join(', ');
}

function EventText({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const { data: instruments } = useQuery(instrumentsQuery);
  const locale = currentLocale();
  switch (event.type) {
    case 'person.registered':
      return <>{t('timeline.registered')}</>;
    case 'person.updated':
      return <>{t('timeline.personUpdated', { fields: fieldLabels(t, 'person', event.detail.fields) })}</>;
    case 'person.reassigned':
      return <>{t('timeline.reassigned')}</>;
    case 'assessment.recorded':
      return <>{t('timeline.assessment', { count: Number(event.detail.domains ?? 0) })}</>;
    case 'assessment.updated':
      return (
        <>{t('timeline.assessmentUpdated', { fields: fieldLabels(t, 'assessment', event.detail.fields) })}</>
      );
    case 'assessment.withdrawn':
      return <>{t('timeline.assessmentWithdrawn')}</>;
    case 'measurement.corrected':
      return (
        <>{t('timeline.measurementCorrected', { fields: measurementFieldLabels(t, event.detail.fields) })}</>
      );
    case 'measurement.withdrawn': {
      const key = String(event.detail.instrumentKey);
      const instrument = instruments?.items.find((i) => i.key === key);
      return (
        <>{t('timeline.measurementWithdrawn', { instrument: instrument ? instrument.name[locale] : key })}</>
      );
    }
    case 'measurement.recorded': {
      const key = String(event.detail.instrumentKey);
      const instrument = instruments?.items.find((i) => i.key === key);
      const name = instrument ? instrument.name[locale] : key;
      // The version matters only once the centre has changed the instrument.
      const version =
        instrument && instrument.versions.length > 1
          ? ` ${t('measurement.version', { version: event.detail.instrumentVersion })}`
          : '';
      return (
        <>
          {t('timeline.measurement', {
            instrument: `${name}${version}`,
            moment: t(`measurement.contexts.${String(event.detail.context)}`),
          })}
        </>
      );
    }
    case 'journal.written':
      return <>{t('timeline.journalWritten', { kind: t(`journal.kinds.${String(event.detail.kind)}`) })}</>;
    case 'journal.corrected':
      return <>{t('timeline.journalCorrected', { fields: journalFieldLabels(t, event.detail.fields) })}</>;
    case 'trajectory.drafted':
      return <>{t('plans.timeline.drafted', { form: t(`plans.forms.${String(event.detail.form)}`) })}</>;
    case 'trajectory.updated':
      return <>{t('plans.timeline.updated', { fields: planFieldLabels(t, event.detail.fields) })}</>;
    case 'trajectory.informed':
      return <>{t('plans.timeline.informed', { version: event.detail.version })}</>;
    case 'trajectory.signed':
      return <>{t('plans.timeline.signed', { version: event.detail.version })}</>;
    case 'trajectory.amended':
      return <>{t('plans.timeline.amended', { version: event.detail.version })}</>;
    case 'trajectory.closed':
      return (
        <>{t('plans.timeline.closed', { outcome: t(`plans.outcomes.${String(event.detail.outcome)}`) })}</>
      );
    case 'interview.requested':
      return <>{t('plans.timeline.interviewRequested')}</>;
    case 'evaluation.recorded':
      return (
        <>
          {event.detail.missed
            ? t('evaluations.timeline.missed')
            : t('evaluations.timeline.recorded', {
                mode: t(`evaluations.modes.${String(event.detail.mode)}`),
              })}
        </>
      );
    case 'evaluation.corrected':
      return <>{t('evaluations.timeline.corrected')}</>;
    case 'sanction.proposed':
      return (
        <>
          {t('sanctions.timeline.proposed', {
            extent: t(`sanctions.timelineExtents.${String(event.detail.extent)}`),
          })}
        </>
      );
    case 'sanction.corrected':
      return <>{t('sanctions.timeline.corrected')}</>;
    case 'sanction.approved':
      return <>{t('sanctions.timeline.approved')}</>;
    case 'sanction.refused':
      return <>{t('sanctions.timeline.refused')}</>;
    case 'sanction.decided':
      return (
        <>
          {t(event.detail.suspended ? 'sanctions.timeline.decidedSuspended' : 'sanctions.timeline.decided', {
            extent: t(`sanctions.timelineExtents.${String(event.detail.extent)}`),
          })}
        </>
      );
    case 'sanction.withdrawn':
      return <>{t('sanctions.timeline.withdrawn')}</>;
    case 'referral.sent':
      return <>{t('referrals.timeline.sent', { service: String(event.detail.serviceName) })}</>;
    case 'referral.accepted':
      return <>{t('referrals.timeline.accepted', { service: String(event.detail.serviceName) })}</>;
    case 'referral.declined':
      return <>{t('referrals.timeline.declined', { service: String(event.detail.serviceName) })}</>;
    case 'referral.withdrawn':
      return <>{t('referrals.timeline.withdrawn', { service: String(event.detail.serviceName) })}</>;
    case 'referral.ended':
      return <>{t('referrals.timeline.ended', { service: String(event.detail.serviceName) })}</>;
    case 'module.enrolled':
      return <>{t('modules.timeline.enrolled', { module: String(event.detail.moduleName) })}</>;
    case 'module.left':
      return <>{t('modules.timeline.left', { module: String(event.detail.moduleName) })}</>;
    case 'attendance.recorded':
      return (
        <>
          {t('modules.timeline.attendance', {
            module: String(event.detail.moduleName),
            status: t(`modules.statuses.${String(event.detail.status)}`),
          })}
        </>
      );
    default:
      return <>{t('timeline.other', { type: event.type })}</>;
  }
}
