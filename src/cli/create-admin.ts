/**
 * The first real account of an installation (or a new centre's): a centre and its administrator,
 * created from the command line by the centre's IT, since no one can log in yet to do it.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/connect.ts';
import { centres, users } from '../db/schema.ts';
import { asSystem } from '../db/tenancy.ts';
import { hashPassword } from '../features/auth/service.ts';
import { isLocale, LOCALES } from '../i18n/catalogues.ts';

export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export interface NewAdmin {
  /** The centre's exact name: an existing centre gets a new administrator, else it is created. */
  centre: string;
  /** The new centre's language (fr, nl, de, en); needed only to create the centre. */
  language?: string;
  email: string;
  name: string;
  password: string;
}

/** A mistake in what was asked: shown as is, nothing written. */
export class AdminInputError extends Error {}

export async function createAdmin(
  db: Executor,
  input: NewAdmin,
): Promise<{ centreId: string; userId: string; centreCreated: boolean }> {
  const email = input.email.trim().toLowerCase();
  const centreName = input.centre.trim();
  const name = input.name.trim();
  if (!centreName) throw new AdminInputError('--centre is required: the exact name of the centre.');
  if (!name) throw new AdminInputError('--name is required: how the administrator is shown.');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new AdminInputError(`"${input.email}" is not an e-mail address.`);
  if (input.password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new AdminInputError(`The password must have at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`);
  }
  const passwordHash = await hashPassword(input.password);
  return asSystem(db, 'administration', async (tx) => {
    const taken = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken.length > 0) throw new AdminInputError(`An account with the e-mail ${email} already exists.`);
    const [existing] = await tx
      .select({ id: centres.id, language: centres.language })
      .from(centres)
      .where(eq(centres.name, centreName));
    let centre = existing;
    if (!centre) {
      const language = input.language?.trim().toLowerCase() ?? '';
      if (!isLocale(language)) {
        throw new AdminInputError(
          `No centre is named "${centreName}": to create it, give --language (${LOCALES.join(', ')}).`,
        );
      }
      [centre] = await tx
        .insert(centres)
        .values({ name: centreName, language })
        .returning({ id: centres.id, language: centres.language });
    }
    if (!centre) throw new Error('centre not created');
    const [user] = await tx
      .insert(users)
      .values({
        centreId: centre.id,
        email,
        displayName: name,
        passwordHash,
        role: 'admin',
        locale: centre.language,
      })
      .returning({ id: users.id });
    if (!user) throw new Error('administrator not created');
    return { centreId: centre.id, userId: user.id, centreCreated: !existing };
  });
}
