import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { serviceMembers, services, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import type { ServiceKind } from './schemas.ts';

export type ServiceRow = typeof services.$inferSelect;
export type ServiceValues = Pick<ServiceRow, 'name' | 'description' | 'contact' | 'active'>;

/** The centre's services (tens at most), by kind then name. */
export function selectServices(
  tx: TenantTx,
  search: { centreId: string; kind?: ServiceKind | undefined; activeOnly: boolean },
) {
  return tx
    .select()
    .from(services)
    .where(
      and(
        eq(services.centreId, search.centreId),
        search.kind ? eq(services.kind, search.kind) : undefined,
        search.activeOnly ? eq(services.active, true) : undefined,
      ),
    )
    .orderBy(asc(services.kind), asc(services.name), asc(services.id));
}

export function selectService(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(services)
    .where(and(eq(services.centreId, centreId), eq(services.id, id)));
  return (forUpdate ? query.for('update') : query).then((rows) => rows[0]);
}

/** Every name in use in the centre, deactivated services included. */
export function selectServiceNames(tx: TenantTx, centreId: string) {
  return tx
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(eq(services.centreId, centreId));
}

/**
 * Serialises the writes of the centre's service names until the transaction ends, so two
 * requests cannot both find a name free and both take it.
 */
export async function lockServiceNames(tx: TenantTx, centreId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`services:${centreId}`}))`);
}

export function insertService(
  tx: TenantTx,
  values: ServiceValues & { centreId: string; kind: ServiceKind; createdBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .insert(services)
    .values({ ...rest, updatedBy: values.createdBy, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as ServiceRow);
}

export function updateServiceAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<ServiceValues> & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(services)
    .set({ ...rest, updatedAt: now, version: sql`${services.version} + 1` })
    .where(
      and(eq(services.centreId, key.centreId), eq(services.id, key.id), eq(services.version, key.version)),
    )
    .returning()
    .then((rows) => rows[0]);
}

/** The members of these services, by name. */
export function selectMembers(tx: TenantTx, centreId: string, serviceIds: string[]) {
  if (serviceIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      serviceId: serviceMembers.serviceId,
      userId: serviceMembers.userId,
      displayName: users.displayName,
      role: users.role,
    })
    .from(serviceMembers)
    .innerJoin(users, and(eq(users.centreId, serviceMembers.centreId), eq(users.id, serviceMembers.userId)))
    .where(and(eq(serviceMembers.centreId, centreId), inArray(serviceMembers.serviceId, serviceIds)))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** The services this user answers for. */
export function selectMemberships(tx: TenantTx, centreId: string, userId: string) {
  return tx
    .select({ serviceId: serviceMembers.serviceId })
    .from(serviceMembers)
    .where(and(eq(serviceMembers.centreId, centreId), eq(serviceMembers.userId, userId)))
    .then((rows) => rows.map((row) => row.serviceId));
}

/** The users of the caller's centre among these ids, with the role that says if they may be members. */
export function selectCentreUsers(tx: TenantTx, centreId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.centreId, centreId), inArray(users.id, ids)));
}

export async function replaceMembers(
  tx: TenantTx,
  values: { centreId: string; serviceId: string; add: string[]; remove: string[]; by: string; now: Date },
) {
  if (values.remove.length > 0) {
    await tx
      .delete(serviceMembers)
      .where(
        and(
          eq(serviceMembers.centreId, values.centreId),
          eq(serviceMembers.serviceId, values.serviceId),
          inArray(serviceMembers.userId, values.remove),
        ),
      );
  }
  if (values.add.length > 0) {
    await tx.insert(serviceMembers).values(
      values.add.map((userId) => ({
        centreId: values.centreId,
        serviceId: values.serviceId,
        userId,
        createdAt: values.now,
        createdBy: values.by,
      })),
    );
  }
}
