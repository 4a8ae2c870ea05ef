import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { enrol, getAttendance, leaveModule, listPlanModules, recordAttendance } from './enrolments.ts';
import {
  AttendanceSchema,
  CreateModuleSchema,
  CreateSessionSchema,
  EnrolmentListSchema,
  EnrolmentSchema,
  EnrolSchema,
  IdParams,
  LeaveSchema,
  ModuleDetailSchema,
  ModuleListQuery,
  ModuleListSchema,
  ModuleSchema,
  RecordAttendanceSchema,
  SessionSchema,
  UpdateModuleSchema,
  UpdateSessionSchema,
} from './schemas.ts';
import { addSession, createModule, getModule, listModules, updateModule, updateSession } from './service.ts';

export const modulesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/modules',
    {
      config: { access: 'centre.read' },
      schema: {
        tags: ['modules'],
        summary: 'The centre’s module catalogue',
        description:
          'Individual and collective modules, by name, each with its partner, capacity, how many people are enrolled and its next session. Active ones only unless `include=inactive`.',
        querystring: ModuleListQuery,
        response: { 200: ModuleListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listModules(tx, ctx, request.query)),
  );

  app.post(
    '/modules',
    {
      config: { access: 'modules.manage' },
      schema: {
        tags: ['modules'],
        summary: 'Add a module to the catalogue',
        description: '`partnerId` names a partner organisation of the centre (a service of kind partner).',
        body: CreateModuleSchema,
        response: { 201: ModuleSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const made = await withCentre(request, (tx, ctx) => createModule(tx, ctx, request.body));
      return reply.code(201).header('location', `/api/v1/modules/${made.id}`).send(made);
    },
  );

  app.get(
    '/modules/:id',
    {
      config: { access: 'centre.read' },
      schema: {
        tags: ['modules'],
        summary: 'One module, its sessions and who is enrolled',
        params: IdParams,
        response: { 200: ModuleDetailSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getModule(tx, ctx, request.params.id)),
  );

  app.patch(
    '/modules/:id',
    {
      config: { access: 'modules.manage' },
      schema: {
        tags: ['modules'],
        summary: 'Change or deactivate a module',
        description:
          'Send the fields that change and the `version` you read (409 when stale). `active: false` deactivates it: it is never deleted. The capacity cannot go below the people enrolled (409).',
        params: IdParams,
        body: UpdateModuleSchema,
        response: { 200: ModuleSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => updateModule(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/modules/:id/sessions',
    {
      config: { access: 'modules.manage' },
      schema: {
        tags: ['modules'],
        summary: 'Plan a session of a module',
        description: 'Not on a deactivated module (409).',
        params: IdParams,
        body: CreateSessionSchema,
        response: { 201: SessionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const made = await withCentre(request, (tx, ctx) =>
        addSession(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).send(made);
    },
  );

  app.patch(
    '/module-sessions/:id',
    {
      config: { access: 'modules.manage' },
      schema: {
        tags: ['modules'],
        summary: 'Move a session or change its place',
        description: 'Its times are fixed once attendance is recorded at it (409).',
        params: IdParams,
        body: UpdateSessionSchema,
        response: { 200: SessionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => updateSession(tx, ctx, request.params.id, request.body)),
  );

  app.get(
    '/module-sessions/:id/attendance',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['modules'],
        summary: 'Who is expected at a session, and their attendance',
        params: IdParams,
        response: { 200: AttendanceSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getAttendance(tx, ctx, request.params.id)),
  );

  app.put(
    '/module-sessions/:id/attendance',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['modules'],
        summary: 'Record attendance at a session',
        description:
          'A mark (present, excused, absent) for each enrolment listed; others stay as they are. Only people of that module enrolled on the session’s day (400). Present or absent only once the session has started (409); excused at any time.',
        params: IdParams,
        body: RecordAttendanceSchema,
        response: { 200: AttendanceSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => recordAttendance(tx, ctx, request.params.id, request.body)),
  );

  app.get(
    '/trajectories/:id/modules',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['modules'],
        summary: 'The modules of a plan, with attendance',
        description: 'Each enrolment with its sessions and the count of present, excused and absent marks.',
        params: IdParams,
        response: { 200: EnrolmentListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listPlanModules(tx, ctx, request.params.id)),
  );

  app.post(
    '/trajectories/:id/modules',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['modules'],
        summary: 'Enrol the plan’s person in a module',
        description:
          '409 when the plan is closed, the module deactivated or full, or the person already enrolled (or enrolled before and left).',
        params: IdParams,
        body: EnrolSchema,
        response: { 201: EnrolmentSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const made = await withCentre(request, (tx, ctx) => enrol(tx, ctx, request.params.id, request.body));
      return reply.code(201).send(made);
    },
  );

  app.post(
    '/module-enrolments/:id/leave',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['modules'],
        summary: 'The person leaves a module',
        description:
          '`leftOn` is their last day (not in the future); their place is free again. Not before a session where their attendance was recorded (409).',
        params: IdParams,
        body: LeaveSchema,
        response: { 200: EnrolmentSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => leaveModule(tx, ctx, request.params.id, request.body)),
  );
};
