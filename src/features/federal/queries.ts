/**
 * What the federal figures read, as `passerelle_federal` (src/db/tenancy.ts asFederalReader): the
 * counts of the centres that closed the year, with each centre's region. That role can read
 * nothing else; these queries could not reach a person if they tried.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.ts';
import type { FederalTx } from '../../db/tenancy.ts';

export interface CentreCountRow {
  centreId: string;
  region: string | null;
  cell: string;
  count: number;
  amount: number;
}

export async function selectClosedCounts(tx: FederalTx, year: number): Promise<CentreCountRow[]> {
  const rows = await queryRows<CentreCountRow>(
    tx as never,
    sql`select y.centre_id as "centreId", c.region, rc.cell, rc.count, rc.amount::bigint as amount
          from report_years y
          join centres c on c.id = y.centre_id
          join report_counts rc on rc.centre_id = y.centre_id and rc.year = y.year
         where y.year = ${year} and y.closed_at is not null`,
  );
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

/** The centres that closed the year (some may have no count at all) with their region, and how many centres there are. */
export async function selectCentres(tx: FederalTx, year: number) {
  const closed = await queryRows<{ centreId: string; region: string | null }>(
    tx as never,
    sql`select y.centre_id as "centreId", c.region
          from report_years y join centres c on c.id = y.centre_id
         where y.year = ${year} and y.closed_at is not null`,
  );
  const [row] = await queryRows<{ total: number }>(
    tx as never,
    sql`select count(*)::int as total from centres`,
  );
  return { total: row?.total ?? 0, closed };
}
