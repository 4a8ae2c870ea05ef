import { z } from 'zod';
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
  'instrument.create',
  'measurement.list',
  'measurement.create',
  'progress.read',
  'timeline.read',
  'journal.list',
  'journal.read',
  'journal.create',
  'journal.correct',
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
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

export const AuditQuerySchema = cursorQuery.extend({
  personId: z.uuid().optional().describe('Only the events about this person.'),
  action: z.enum(AUDIT_ACTIONS).optional(),
});

export const AuditPageSchema = page(AuditEventSchema).meta({ id: 'AuditEventPage' });
