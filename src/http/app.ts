/** Builds the Fastify application. Tests call it with their own database and clock and use inject(). */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { assessmentsRoutes } from '../features/assessments/routes.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { authRoutes } from '../features/auth/routes.ts';
import { calendarRoutes } from '../features/calendar/routes.ts';
import { centreRoutes } from '../features/centre/routes.ts';
import { costsRoutes } from '../features/costs/routes.ts';
import { dashboardsRoutes } from '../features/dashboards/routes.ts';
import { evaluationsRoutes } from '../features/evaluations/routes.ts';
import { federalRoutes } from '../features/federal/routes.ts';
import { feedbackRoutes } from '../features/feedback/routes.ts';
import { installationRoutes } from '../features/installation/routes.ts';
import { instrumentsRoutes } from '../features/instruments/routes.ts';
import { journalRoutes } from '../features/journal/routes.ts';
import { measurementsRoutes } from '../features/measurements/routes.ts';
import { modulesRoutes } from '../features/modules/routes.ts';
import { personsRoutes } from '../features/persons/routes.ts';
import { referralsRoutes } from '../features/referrals/routes.ts';
import { reportRoutes } from '../features/reports/routes.ts';
import { sanctionsRoutes } from '../features/sanctions/routes.ts';
import { servicesRoutes } from '../features/services/routes.ts';
import { studiesRoutes } from '../features/studies/routes.ts';
import { timelineRoutes } from '../features/timeline/routes.ts';
import { todayRoutes } from '../features/today/routes.ts';
import { planDocumentRoutes } from '../features/trajectories/document-routes.ts';
import { trajectoriesRoutes } from '../features/trajectories/routes.ts';
import { workersRoutes } from '../features/workers/routes.ts';
import { installAccessControl } from './access.ts';
import { installClientAddress, trustProxyOption } from './address.ts';
import { installNoStore } from './caching.ts';
import type { AppDependencies } from './context.ts';
import { installErrorHandling } from './errors.ts';
import { installInputGuards } from './input.ts';
import { installJsonParser } from './json.ts';
import { installObservability, loggerOptions } from './observability.ts';

export const API_VERSION = '1.0.0';
const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

const STATUS_TEXT: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  400: 'Invalid input: `errors` names each field',
  401: 'Not signed in, or wrong credentials',
  403: 'Not allowed for your role, or a cross-site request',
  404: 'Not found in your centre',
  409: 'Conflict: stale version or duplicate',
  429: 'Too many attempts: see Retry-After',
};

/** Errors are documented as application/problem+json, each status with what it means here. */
const documentResponses: typeof jsonSchemaTransform = (input) => {
  const output = jsonSchemaTransform(input);
  const response = (output.schema as { response?: Record<string, unknown> } | undefined)?.response ?? {};
  for (const [status, schema] of Object.entries(response)) {
    const description = STATUS_TEXT[status] ?? 'Response';
    response[status] = /^[45]/.test(status)
      ? { description, content: { 'application/problem+json': { schema } } }
      : { ...(schema as object), description };
  }
  return output;
};

/** Components in name order: the document must not depend on the order modules were loaded in. */
const sortedComponents: typeof jsonSchemaTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as { components?: { schemas?: Record<string, unknown> } };
  const schemas = document.components?.schemas;
  if (document.components && schemas) {
    document.components.schemas = Object.fromEntries(
      Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return document as ReturnType<typeof jsonSchemaTransformObject>;
};

export interface BuildOptions extends AppDependencies {
  /** Where logs go (tests capture them); stdout by default. */
  logStream?: DestinationStream;
  /** Serve the built web app from dist/web when it exists. */
  serveWeb?: boolean;
}

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(config.trustProxy),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // Every route has its own schema; unknown query parameters are not an error.
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('deps', { database: options.database, clock: options.clock, config });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.behindProxy,
  });
  const serveWeb = Boolean(options.serveWeb) && existsSync(`${webRoot}/index.html`);
  installErrorHandling(app, { spaIndex: serveWeb });
  installClientAddress(app);
  installAccessControl(app);
  installJsonParser(app);
  installInputGuards(app);
  installNoStore(app);
  installObservability(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Passerelle API',
        version: API_VERSION,
        description:
          'The public API of Passerelle, the PIIS and social-activation system of Belgian public social welfare centres. The web app uses nothing else. Errors are application/problem+json (RFC 9457) in the caller language (Accept-Language or the user preference).',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'passerelle_session' },
        },
      },
      security: [{ session: [] }],
      tags: [
        { name: 'session', description: 'Logging in and out; who am I' },
        { name: 'persons', description: 'The people of your centre' },
        { name: 'assessments', description: 'Social assessments (bilan social)' },
        {
          name: 'journal',
          description: 'The case journal: dated notes of each contact, corrected but never deleted',
        },
        { name: 'instruments', description: 'Progress instruments (the empowerment meter)' },
        { name: 'measurements', description: 'Progress measurements and progress from the starting point' },
        { name: 'audit', description: 'The audit trail' },
        {
          name: 'centre',
          description:
            'Your centre’s policy for plans and who may sign them on its behalf (signing delegations)',
        },
        {
          name: 'evaluations',
          description:
            'Evaluations of a plan in force (missed appointments too), with the measurement taken at them and the year’s minimum',
        },
        {
          name: 'sanctions',
          description: 'Sanctions within the law: proposal, approval, decision and appeal deadline',
        },
        {
          name: 'modules',
          description:
            'The centre’s individual and collective modules, their sessions, enrolment from the plan and attendance',
        },
        {
          name: 'dashboards',
          description: 'A worker’s caseload and a team’s workload, with the centre’s deadline figures',
        },
        {
          name: 'feedback',
          description: 'A person’s anonymous feedback through a one-time link, counted per centre and year',
        },
        {
          name: 'studies',
          description:
            'Anonymous questionnaires to the staff of centres (federal or a centre’s own) and their aggregates',
        },
      ],
    },
    transform: documentResponses,
    transformObject: sortedComponents,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(installationRoutes);
      await api.register(personsRoutes);
      await api.register(workersRoutes);
      await api.register(auditRoutes);
      await api.register(assessmentsRoutes);
      await api.register(instrumentsRoutes);
      await api.register(measurementsRoutes);
      await api.register(timelineRoutes);
      await api.register(journalRoutes);
      await api.register(trajectoriesRoutes);
      await api.register(planDocumentRoutes);
      await api.register(costsRoutes);
      await api.register(centreRoutes);
      await api.register(evaluationsRoutes);
      await api.register(sanctionsRoutes);
      await api.register(servicesRoutes);
      await api.register(referralsRoutes);
      await api.register(todayRoutes);
      await api.register(calendarRoutes);
      await api.register(modulesRoutes);
      await api.register(feedbackRoutes);
      await api.register(studiesRoutes);
      await api.register(dashboardsRoutes);
      await api.register(reportRoutes);
      await api.register(federalRoutes);
    },
    { prefix: '/api/v1' },
  );

  if (serveWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  return app;
}
