/**
 * The cost form's values and their check: the amount typed in euros ("1 250,50" or "1250.50") is
 * read into whole cents by src/domain/money.ts, never through a float; the rest is the server's own
 * schema, so the form and the API agree on every message.
 */
import { isFutureDate } from '../../../../src/domain/dates.ts';
import { parseEuros } from '../../../../src/domain/money.ts';
import { type RecordCostInput, RecordCostSchema } from '../../../../src/features/costs/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';

export interface CostValues {
  incurredOn: string;
  /** As typed, in euros. */
  amount: string;
  description: string;
}

type Path = keyof CostValues;

export function checkCost(values: CostValues, today: string): FormCheck<RecordCostInput, Path> {
  const errors: Partial<Record<Path, MessageRef>> = {};
  if (values.incurredOn === '') errors.incurredOn = { key: 'validation.required' };
  else if (isFutureDate(values.incurredOn, today)) errors.incurredOn = { key: 'validation.dateInFuture' };
  const cents = values.amount.trim() === '' ? undefined : parseEuros(values.amount);
  if (cents === undefined) errors.amount = { key: 'validation.required' };
  else if (cents === null) errors.amount = { key: 'costs.amountInvalid' };
  const parsed = RecordCostSchema.safeParse({
    incurredOn: values.incurredOn,
    amountCents: cents ?? undefined,
    description: values.description,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue);
      const field: Path | null =
        path === 'amountCents' ? 'amount' : path === 'incurredOn' || path === 'description' ? path : null;
      if (field && !errors[field]) errors[field] = issueMessage(issue);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
