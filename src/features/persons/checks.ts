/**
 * The checks a person's record goes through before it is saved: the rules of each field, the
 * cross-checks that catch typing errors (birth date against national number, postcode against
 * municipality), the warnings a worker confirms (sex parity, possible duplicate) and the national
 * number's uniqueness. Each runs in the caller's transaction and writes nothing but, for a duplicate
 * shown, the audit row of who was shown.
 */
import { isUniqueViolation } from '../../db/errors.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import { addressProblem } from '../../domain/address.ts';
import { birthDateNissProblem, birthDateProblem, sexParityWarns } from '../../domain/person.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { type FieldError, invalidFields, Problem, type Warning } from '../problem.ts';
import { findByNationalNumber, findSameNameAndBirthDate } from './queries.ts';
import type { WarningCode } from './schemas.ts';

export function checkRules(ctx: CentreContext, values: { birthDate?: string }) {
  const problem = values.birthDate ? birthDateProblem(values.birthDate, ctx.clock.today()) : null;
  if (problem) throw invalidFields([{ path: 'birthDate', key: problem }]);
}

/**
 * The cross-checks that catch typing errors, on the record as it would be saved (a PATCH merged
 * with what is stored): the birth date against the national number, the municipality against the
 * postcode. All are told at once, each on its field; nothing is written.
 */
export function checkCrossRules(values: {
  birthDate: string;
  nationalNumber: string | null;
  postcode?: string | null;
  municipality?: string | null;
}) {
  const errors: FieldError[] = [];
  const birth = birthDateNissProblem(values.birthDate, values.nationalNumber);
  if (birth) errors.push({ path: 'birthDate', key: birth });
  const address = addressProblem(values);
  if (address) errors.push(address);
  if (errors.length > 0) throw invalidFields(errors);
}

/** An optional text field: blank is "not given". */
export const blankToNull = (value: string | null | undefined) => (value ? value : null);

export const ADDRESS_FIELDS = ['street', 'houseNumber', 'box', 'postcode', 'municipality'] as const;

/** A possible duplicate as the warning shows it: enough to recognise the person and open the file. */
export interface Duplicate {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
}

export type RaisedWarning = { code: 'sexParity' } | { code: 'possibleDuplicate'; duplicates: Duplicate[] };

/** What a use case answers when the worker must confirm warnings first: nothing was written. */
export interface WarningsToConfirm {
  warnings: RaisedWarning[];
}

/**
 * The warnings a change raises (docs/architecture.md, "Warnings a worker confirms"): a recorded sex
 * that is not the one the national number was given for, and another file of the centre with the
 * same name and birth date. `check` says which apply to this change.
 */
export async function raiseWarnings(
  tx: TenantTx,
  ctx: CentreContext,
  values: { sex: string; nationalNumber: string | null; searchName: string; birthDate: string },
  check: { sexParity: boolean; duplicates: boolean; self?: string },
): Promise<RaisedWarning[]> {
  const warnings: RaisedWarning[] = [];
  if (check.sexParity && sexParityWarns(values.sex, values.nationalNumber))
    warnings.push({ code: 'sexParity' });
  if (check.duplicates) {
    const duplicates = await findSameNameAndBirthDate(tx, {
      centreId: ctx.actor.centreId,
      searchName: values.searchName,
      birthDate: values.birthDate,
      except: check.self,
    });
    if (duplicates.length > 0) warnings.push({ code: 'possibleDuplicate', duplicates });
  }
  return warnings;
}

/**
 * Warnings not confirmed stop the change. The people a duplicate warning shows are recorded as
 * shown (one `person.list` event naming their ids, as a search is), in the caller's transaction,
 * which writes nothing else.
 */
export async function unconfirmed(
  tx: TenantTx,
  ctx: CentreContext,
  warnings: RaisedWarning[],
  confirmed: readonly WarningCode[] | undefined,
): Promise<WarningsToConfirm | null> {
  const open = warnings.filter((w) => !confirmed?.includes(w.code));
  if (open.length === 0) return null;
  const shown = open.flatMap((w) => (w.code === 'possibleDuplicate' ? w.duplicates.map((d) => d.id) : []));
  if (shown.length > 0) {
    await recordAudit(tx, ctx, {
      action: 'person.list',
      details: { duplicateCheck: true, returned: shown.length, personIds: shown },
    });
  }
  return { warnings: open };
}

/** The audit details of confirmed warnings: codes, the field, the other files' ids; never a value. */
export function confirmedDetails(warnings: RaisedWarning[]) {
  if (warnings.length === 0) return {};
  return {
    confirmedWarnings: warnings.map((w) =>
      w.code === 'sexParity'
        ? { code: w.code, field: 'sex' }
        : { code: w.code, personIds: w.duplicates.map((d) => d.id) },
    ),
  };
}

/** 409 `confirm-warnings`: each warning translated, with what the client needs to show it. */
export function confirmWarningsProblem(outcome: WarningsToConfirm): Problem {
  const warnings: Warning[] = outcome.warnings.map((w) =>
    w.code === 'sexParity'
      ? { code: w.code, key: 'errors.sexParityWarning', field: 'sex' }
      : { code: w.code, key: 'errors.possibleDuplicateWarning', extensions: { duplicates: w.duplicates } },
  );
  return new Problem('confirm-warnings', 'errors.confirmWarnings', { warnings });
}

export async function assertNationalNumberFree(
  tx: TenantTx,
  centreId: string,
  nationalNumber: string,
  self?: string,
) {
  const other = await findByNationalNumber(tx, centreId, nationalNumber);
  if (other && other.id !== self) throw duplicateNationalNumber(other.id);
}

export function duplicateNationalNumber(personId?: string) {
  return new Problem('conflict', 'errors.duplicateNationalNumber', {
    errors: [{ path: 'nationalNumber', key: 'errors.duplicateNationalNumber' }],
    extensions: { conflict: { field: 'nationalNumber', ...(personId ? { personId } : {}) } },
  });
}

/**
 * A concurrent insert can still win between our check and our write: the unique index decides.
 * The failed statement aborts the caller's transaction, which the thrown problem rolls back.
 */
export async function mapUniqueViolation<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, 'persons_centre_national_number_key')) throw duplicateNationalNumber();
    throw error;
  }
}
