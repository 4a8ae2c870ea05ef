/**
 * The person form's values and their checks. The checks are the server's own (the shared zod
 * schema and domain rules), so the form and the API never disagree on what is valid.
 */

import { birthDateNissProblem, birthDateProblem, type SEXES } from '../../../../src/domain/person.ts';
import {
  type CreatePersonInput,
  CreatePersonSchema,
  PERSON_FIELDS,
  type UpdatePersonInput,
} from '../../../../src/features/persons/schemas.ts';
import { isLocale, type Locale } from '../../../../src/i18n/catalogues.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { Person } from '../../api/client.ts';
import type { FormCheck } from '../../components/forms.tsx';
import { formatNationalNumber } from './format.ts';

type Sex = (typeof SEXES)[number];

/** What the inputs hold: text, with '' for "not chosen" or "not known". */
export interface PersonFormValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex | '';
  language: Locale | '';
  nationalNumber: string;
  email: string;
  phone: string;
  street: string;
  houseNumber: string;
  box: string;
  postcode: string;
  municipality: string;
}

export type PersonField = (typeof PERSON_FIELDS)[number];

export function isPersonField(path: string): path is PersonField {
  return (PERSON_FIELDS as readonly string[]).includes(path);
}

export function emptyValues(language: Locale | null): PersonFormValues {
  return {
    firstName: '',
    lastName: '',
    birthDate: '',
    sex: '',
    language: language ?? '',
    nationalNumber: '',
    email: '',
    phone: '',
    street: '',
    houseNumber: '',
    box: '',
    postcode: '',
    municipality: '',
  };
}

export function valuesOf(person: Person): PersonFormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    sex: person.sex,
    language: isLocale(person.language) ? person.language : '',
    nationalNumber: formatNationalNumber(person.nationalNumber) ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
    street: person.street ?? '',
    houseNumber: person.houseNumber ?? '',
    box: person.box ?? '',
    postcode: person.postcode ?? '',
    municipality: person.municipality ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const orMissing = <T extends string>(value: T | '') => (value === '' ? undefined : value);

/** The request body the inputs describe; an unchosen value is missing so the schema says "required". */
function toBody(values: PersonFormValues) {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    birthDate: orMissing(values.birthDate),
    sex: orMissing(values.sex),
    language: orMissing(values.language),
    nationalNumber: orNull(values.nationalNumber),
    email: orNull(values.email),
    phone: orNull(values.phone),
    street: orNull(values.street),
    houseNumber: orNull(values.houseNumber),
    box: orNull(values.box),
    postcode: orNull(values.postcode),
    municipality: orNull(values.municipality),
  };
}

type Check = FormCheck<CreatePersonInput, PersonField>;

export function checkValues(values: PersonFormValues, today: string): Check {
  const errors: Partial<Record<PersonField, MessageRef>> = {};
  const body = toBody(values);
  const parsed = CreatePersonSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue);
      if (!isPersonField(path) || errors[path]) continue;
      // As the server does: a value not given at all is "required", whatever rule it then fails.
      errors[path] = body[path] === undefined ? { key: 'validation.required' } : issueMessage(issue);
    }
  }
  if (!errors.birthDate && values.birthDate) {
    const problem =
      birthDateProblem(values.birthDate, today) ??
      (errors.nationalNumber ? null : birthDateNissProblem(values.birthDate, orNull(values.nationalNumber)));
    if (problem) errors.birthDate = { key: problem };
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

/** Digits only, so "85.07.30-033.28" and "85073003328" count as the same number. */
const comparable = (field: PersonField, value: unknown) =>
  field === 'nationalNumber' && typeof value === 'string' ? value.replace(/\D/g, '') : value;

/** Only what changed, with the version it was read at: the server refuses a stale write. */
export function changesOf(person: Person, body: CreatePersonInput): UpdatePersonInput {
  const changes: UpdatePersonInput = { version: person.version };
  for (const field of PERSON_FIELDS) {
    const next = body[field] ?? null;
    if (comparable(field, next) !== comparable(field, person[field]))
      Object.assign(changes, { [field]: next });
  }
  return changes;
}
