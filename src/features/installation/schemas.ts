import { z } from 'zod';

export const InstallationSchema = z
  .object({
    demoAccounts: z
      .boolean()
      .describe(
        'True when this installation holds demo accounts, whose password is public: no real person may be recorded here.',
      ),
  })
  .meta({ id: 'Installation' });
export type Installation = z.infer<typeof InstallationSchema>;
