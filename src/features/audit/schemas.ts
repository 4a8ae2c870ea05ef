import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { cursorQuery, page } from '../lists.ts';

/** Every kind of event the audit log records (a typed union, as Documenso does). */
export const AUDIT_ACTIONS = [
  'session.login',
  'session.loginFailed',
  'session.logout',
  'access.denied',
  'audit.read',
  'user.update',
  'person.list',
  'person.read',
  'person.create',
  'person.update',
  'person.reassign',
  'assessment.list',
  'assessment.read',
  'assessment.create',
  'assessment.update',
  'assessment.withdraw',
  'instrument.create',
  'measurement.list',
  'measurement.read',
  'measurement.create',
  'measurement.correct',
  'measurement.withdraw',
  'progress.read',
  'timeline.read',
  'journal.list',
  'journal.read',
  'journal.create',
  'journal.correct',
  'trajectory.list',
  'trajectory.read',
  'trajectory.create',
  'trajectory.update',
  'trajectory.inform',
  'trajectory.sign',
  'trajectory.scan',
  'trajectory.amend',
  'trajectory.close',
  'trajectory.print',
  'interview.request',
  'evaluation.list',
  'evaluation.read',
  'evaluation.create',
  'evaluation.correct',
  'centre.policyUpdate',
  'centre.delegationCreate',
  'centre.delegationUpdate',
  'module.create',
  'module.update',
  'module.read',
  'moduleSession.create',
  'moduleSession.update',
  'enrolment.list',
  'enrolment.create',
  'enrolment.leave',
  'attendance.read',
  'attendance.record',
  'sanction.list',
  'sanction.read',
  'sanction.propose',
  'sanction.correct',
  'sanction.approve',
  'sanction.refuse',
  'sanction.decide',
  'sanction.withdraw',
  'today.read',
  'today.team',
  'calendar.read',
  'calendar.renew',
  'calendar.revoke',
  'service.create',
  'service.update',
  'service.members',
  'referral.list',
  'referral.read',
  'referral.send',
  'referral.accept',
  'referral.decline',
  'referral.withdraw',
  'referral.end',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEventSchema = z
  .object({
    id: z.string().describe('Increasing identifier (a 64-bit integer as a string).'),
    at: z.iso.datetime({ offset: true }),
    action: z.enum(AUDIT_ACTIONS),
    actorUserId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    personId: z.uuid().nullable(),
    personName: z
      .string()
      .nullable()
      .describe('First and last name of the person, when the event is about one.'),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

const day = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });

export const AuditQuerySchema = cursorQuery
  .extend({
    personId: z.uuid().optional().describe('Only the events about this person.'),
    userId: z.uuid().optional().describe('Only what this user did.'),
    action: z.enum(AUDIT_ACTIONS).optional(),
    from: day.optional().describe('From this day (YYYY-MM-DD, Belgian time), included.'),
    to: day.optional().describe('Up to this day (YYYY-MM-DD, Belgian time), included.'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'validation.endBeforeStart' });
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = page(AuditEventSchema).meta({ id: 'AuditEventPage' });
