import { z } from 'zod';
import { LOCALES } from '../../i18n/catalogues.ts';
import { ROLES } from './policy.ts';

export const LoginSchema = z
  .object({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(1000),
  })
  .meta({ id: 'LoginRequest' });

export const MeSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      locale: z.enum(LOCALES),
    }),
    centre: z
      .object({ id: z.uuid(), name: z.string(), language: z.enum(LOCALES) })
      .nullable()
      .describe('Null for the federal analyst, who belongs to no centre.'),
    today: z.iso
      .date()
      .describe(
        'Today in Europe/Brussels by the server clock: the day every deadline and date check counts from.',
      ),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const UpdateMeSchema = z
  .object({ locale: z.enum(LOCALES).describe('Language of the interface and of error messages.') })
  .strict()
  .meta({ id: 'UpdateMeRequest' });
