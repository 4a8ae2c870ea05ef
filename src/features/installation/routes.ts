import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { InstallationSchema } from './schemas.ts';
import { describeInstallation } from './service.ts';

export const installationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/installation',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'About this installation',
        description: 'Public: what the login page must tell before anyone logs in.',
        security: [],
        response: { 200: InstallationSchema },
      },
    },
    () => describeInstallation(app.deps.database.db),
  );
};
