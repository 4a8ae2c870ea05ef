/**
 * The centre's module catalogue (individual and collective activities, its own or a partner's),
 * their sessions, the people enrolled from their plan, and attendance per session.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';

export const MODULE_KINDS = ['individual', 'collective'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];
export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const instant = z.iso
  .datetime({ offset: true, message: 'validation.invalidDateTime' })
  .describe('An instant with its offset, e.g. 2026-11-30T09:30:00+01:00 (Belgian time in the web app).');
const version = z.number().int().min(1).describe('The version you read: a stale version gets 409.');
const name = z.string().trim().min(1, { message: 'validation.required' }).max(200);
const description = z.string().trim().max(2000);
const kind = z
  .enum(MODULE_KINDS)
  .describe('individual: followed by each person on their own; collective: a group meets at each session.');
const capacity = z
  .number()
  .int()
  .min(1)
  .max(1000)
  .describe('How many people may be enrolled at once; null: no limit.');
const place = z.string().trim().max(200);

export const SessionSchema = z
  .object({
    id: z.uuid(),
    moduleId: z.uuid(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: z.string().nullable(),
    started: z.boolean().describe('It has started: presence and absence can be recorded.'),
    recorded: z.number().int().describe('How many enrolled people have an attendance mark.'),
    version: z.number().int(),
  })
  .meta({ id: 'ModuleSession' });
export type Session = z.infer<typeof SessionSchema>;

export const ModuleSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(MODULE_KINDS),
    description: z.string().nullable(),
    partnerId: z.uuid().nullable().describe('The partner organisation that runs it; null: the centre.'),
    partnerName: z.string().nullable(),
    capacity: z.number().int().nullable(),
    active: z
      .boolean()
      .describe('A deactivated module takes no new enrolment and no new session; it is never deleted.'),
    enrolled: z.number().int().describe('People enrolled now (who have not left).'),
    freePlaces: z.number().int().nullable().describe('Places left; null when the capacity has no limit.'),
    nextSession: SessionSchema.nullable().describe('The first session from today on.'),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Module' });
export type Module = z.infer<typeof ModuleSchema>;

export const ModuleListSchema = z.object({ items: z.array(ModuleSchema) }).meta({ id: 'ModuleList' });

export const EnrolledPersonSchema = z
  .object({
    enrolmentId: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    trajectoryId: z.uuid(),
    enrolledOn: z.string().meta({ format: 'date' }),
    leftOn: z.string().meta({ format: 'date' }).nullable(),
  })
  .meta({ id: 'ModuleEnrolledPerson' });

export const ModuleDetailSchema = ModuleSchema.extend({
  sessions: z.array(SessionSchema).describe('Every session, earliest first.'),
  enrolments: z
    .array(EnrolledPersonSchema)
    .optional()
    .describe('Who is or was enrolled, by name: only for those who may read people’s files.'),
}).meta({ id: 'ModuleDetail' });
export type ModuleDetail = z.infer<typeof ModuleDetailSchema>;

export const ModuleListQuery = z.object({
  include: z
    .enum(['active', 'inactive'])
    .default('active')
    .describe('active: the modules one may enrol in; inactive: the deactivated ones too.'),
});
export type ModuleListInput = z.infer<typeof ModuleListQuery>;

export const CreateModuleSchema = z
  .object({
    name,
    kind,
    description: description.nullable().optional(),
    partnerId: z.uuid().nullable().optional().describe('A partner organisation of the centre (services).'),
    capacity: capacity.nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateModuleRequest' });
export type CreateModuleInput = z.infer<typeof CreateModuleSchema>;

export const UpdateModuleSchema = z
  .object({
    name: name.optional(),
    kind: kind.optional(),
    description: description.nullable().optional(),
    partnerId: z.uuid().nullable().optional(),
    capacity: capacity.nullable().optional(),
    active: z.boolean().optional().describe('false deactivates the module; true brings it back.'),
    version,
  })
  .strict()
  .meta({ id: 'UpdateModuleRequest' });
export type UpdateModuleInput = z.infer<typeof UpdateModuleSchema>;

const endAfterStart = (value: { startsAt?: string; endsAt?: string }) =>
  !value.startsAt || !value.endsAt || new Date(value.endsAt) > new Date(value.startsAt);

export const CreateSessionSchema = z
  .object({ startsAt: instant, endsAt: instant, place: place.nullable().optional() })
  .strict()
  .refine(endAfterStart, { path: ['endsAt'], message: 'validation.sessionEndBeforeStart' })
  .meta({ id: 'CreateModuleSessionRequest' });
export type CreateSessionInput = z.infer<typeof CreateSessionSchema>;

export const UpdateSessionSchema = z
  .object({
    startsAt: instant.optional(),
    endsAt: instant.optional(),
    place: place.nullable().optional(),
    version,
  })
  .strict()
  .refine(endAfterStart, { path: ['endsAt'], message: 'validation.sessionEndBeforeStart' })
  .meta({ id: 'UpdateModuleSessionRequest' });
export type UpdateSessionInput = z.infer<typeof UpdateSessionSchema>;

export const AttendanceCountsSchema = z
  .object({ present: z.number().int(), excused: z.number().int(), absent: z.number().int() })
  .meta({ id: 'AttendanceCounts' });

export const EnrolmentSchema = z
  .object({
    id: z.uuid(),
    moduleId: z.uuid(),
    moduleName: z.string(),
    kind: z.enum(MODULE_KINDS),
    partnerName: z.string().nullable(),
    moduleActive: z.boolean(),
    trajectoryId: z.uuid(),
    personId: z.uuid(),
    enrolledOn: z.string().meta({ format: 'date' }),
    leftOn: z.string().meta({ format: 'date' }).nullable(),
    attendance: AttendanceCountsSchema.describe('Marks recorded over the sessions below.'),
    sessions: z
      .array(
        SessionSchema.pick({ id: true, startsAt: true, endsAt: true, place: true, started: true }).extend({
          status: z.enum(ATTENDANCE_STATUSES).nullable().describe('null: not recorded (yet).'),
        }),
      )
      .describe('The module’s sessions on the days the person is enrolled, earliest first.'),
    version: z.number().int(),
  })
  .meta({ id: 'ModuleEnrolment' });
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const EnrolmentListSchema = z
  .object({ items: z.array(EnrolmentSchema) })
  .meta({ id: 'ModuleEnrolmentList' });

export const EnrolSchema = z
  .object({
    moduleId: z.uuid(),
    enrolledOn: isoDate
      .optional()
      .describe('The first day of the enrolment (YYYY-MM-DD); today when omitted.'),
  })
  .strict()
  .meta({ id: 'EnrolInModuleRequest' });
export type EnrolInput = z.infer<typeof EnrolSchema>;

export const LeaveSchema = z
  .object({
    leftOn: isoDate.describe('The last day the person takes part (YYYY-MM-DD), not in the future.'),
    version,
  })
  .strict()
  .meta({ id: 'LeaveModuleRequest' });
export type LeaveInput = z.infer<typeof LeaveSchema>;

export const AttendanceSchema = z
  .object({
    session: SessionSchema.extend({ moduleName: z.string(), kind: z.enum(MODULE_KINDS) }),
    items: z.array(
      z.object({
        enrolmentId: z.uuid(),
        personId: z.uuid(),
        personName: z.string(),
        status: z.enum(ATTENDANCE_STATUSES).nullable().describe('null: not recorded yet.'),
      }),
    ),
  })
  .describe('The people enrolled on the session’s day, by last name.')
  .meta({ id: 'SessionAttendance' });
export type Attendance = z.infer<typeof AttendanceSchema>;

export const RecordAttendanceSchema = z
  .object({
    items: z
      .array(z.object({ enrolmentId: z.uuid(), status: z.enum(ATTENDANCE_STATUSES) }).strict())
      .min(1)
      .max(1000)
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.enrolmentId))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'enrolmentId'],
              message: 'validation.duplicateKey',
            });
          seen.add(item.enrolmentId);
        });
      }),
  })
  .strict()
  .meta({ id: 'RecordAttendanceRequest' });
export type RecordAttendanceInput = z.infer<typeof RecordAttendanceSchema>;

export const IdParams = z.object({ id: z.uuid() });
