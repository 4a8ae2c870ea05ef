/** The people who follow files in a centre: whom a file can be given to, and how many each holds. */
import type { TenantTx } from '../../db/tenancy.ts';
import type { CentreContext } from '../context.ts';
import { selectWorkers } from './queries.ts';
import type { Worker } from './schemas.ts';

export async function listWorkers(
  tx: TenantTx,
  ctx: CentreContext,
  query: { include: 'followers' | 'staff' },
): Promise<{ items: Worker[] }> {
  const rows = await selectWorkers(tx, ctx.actor.centreId, query.include === 'staff');
  return { items: rows.map((r) => ({ ...r, role: r.role as Worker['role'], files: Number(r.files) })) };
}
