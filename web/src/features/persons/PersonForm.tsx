import {
  Alert,
  Autocomplete,
  Button,
  Grid,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityFromNiss, SEXES } from '../../../../src/domain/person.ts';
import type { CreatePersonInput, WarningCode } from '../../../../src/features/persons/schemas.ts';
import { isLocale, LOCALES } from '../../../../src/i18n/catalogues.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { belgianToday, formatDate } from './format.ts';
import { checkValues, isPersonField, type PersonFormValues } from './values.ts';

interface Props {
  initialValues: PersonFormValues;
  submitLabel: string;
  /** The button that saves despite the warnings the server raised ("Register anyway"). */
  confirmLabel: string;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: CreatePersonInput) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when someone else saved the record first (409 with currentVersion). */
  onReload?: () => Promise<void>;
}

/** A warning of a 409 `confirm-warnings` answer (docs/architecture.md, "Warnings a worker confirms"). */
interface Warning {
  code: WarningCode;
  message: string;
  duplicates?: Array<{ id: string; firstName: string; lastName: string; birthDate: string }>;
}

const CONFIRM_WARNINGS = '/api/v1/problems/confirm-warnings';

/** The reference list of places is large: it is read when the address is first typed, not before. */
type Places = typeof import('../../../../src/domain/address.ts');
let places: Promise<Places> | null = null;
const loadPlaces = () => {
  places ??= import('../../../../src/domain/address.ts');
  return places;
};

export function PersonForm({
  initialValues,
  submitLabel,
  confirmLabel,
  onSubmit,
  onCancel,
  onReload,
}: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState<ApiError | null>(null);
  const [warnings, setWarnings] = useState<Warning[]>([]);
  // Fields the national number filled in: filled again when the number changes, until the worker
  // types in them.
  const filled = useRef(new Set<'birthDate' | 'sex'>());
  const [, setFilledShown] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [municipalities, setMunicipalities] = useState<string[]>([]);
  const warningsRef = useRef<HTMLDivElement>(null);
  const form = useForm<PersonFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkValues(values, belgianToday())),
    onValuesChange: (values, previous) => {
      if (values.nationalNumber !== previous.nationalNumber) fillFromNiss(values);
      if (values.postcode !== previous.postcode) proposeMunicipality(values);
    },
  });

  /** A valid national number fills the birth date and the sex, where the worker has not. */
  function fillFromNiss(values: PersonFormValues) {
    const identity = identityFromNiss(values.nationalNumber);
    if (!identity) return;
    if (identity.birthDate && (values.birthDate === '' || filled.current.has('birthDate'))) {
      form.setFieldValue('birthDate', identity.birthDate);
      filled.current.add('birthDate');
    }
    if (identity.sex && (values.sex === '' || filled.current.has('sex'))) {
      form.setFieldValue('sex', identity.sex);
      filled.current.add('sex');
    }
    setFilledShown((n) => n + 1);
  }

  /** A complete postcode proposes its municipality and places, and fills an empty municipality. */
  function proposeMunicipality(values: PersonFormValues) {
    const postcode = values.postcode.trim();
    if (!/^[1-9][0-9]{3}$/.test(postcode)) return setMunicipalities([]);
    const language = isLocale(values.language) ? values.language : currentLocale();
    void loadPlaces().then((address) => {
      setMunicipalities(address.placesOf(postcode, language));
      const only = address.municipalityOf(postcode, language);
      if (only && form.getValues().municipality.trim() === '') form.setFieldValue('municipality', only);
    });
  }

  // An address already on record proposes its places too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the initial postcode
  useEffect(() => {
    if (initialValues.postcode) proposeMunicipality(initialValues);
  }, []);

  /** The worker's own input in a field the number filled: it is theirs from now on. */
  const typedBy = (field: 'birthDate' | 'sex') => {
    if (filled.current.delete(field)) setFilledShown((n) => n + 1);
  };

  const showServerRefusal = (error: unknown) => {
    if (!(error instanceof ApiError) || !error.problem) return setFailure(error);
    const problem = error.problem;
    if (problem.type === CONFIRM_WARNINGS && Array.isArray(problem.warnings)) {
      setWarnings(problem.warnings as Warning[]);
      requestAnimationFrame(() => warningsRef.current?.focus());
      return;
    }
    if (error.status === 409 && typeof problem.currentVersion === 'number') return setStale(error);
    const duplicateOf = (problem.conflict as { personId?: unknown } | undefined)?.personId;
    if (error.status === 409 && typeof duplicateOf === 'string') {
      form.setFieldError(
        'nationalNumber',
        <>
          {problem.detail}{' '}
          <AnchorLink to="/persons/$id" params={{ id: duplicateOf }} inherit>
            {t('personForm.openDuplicate')}
          </AnchorLink>
        </>,
      );
      return focusFirstError();
    }
    let unplaced = false;
    for (const fieldError of problem.errors ?? []) {
      if (isPersonField(fieldError.path)) form.setFieldError(fieldError.path, fieldError.message);
      else unplaced = true;
    }
    if (unplaced || !problem.errors?.length) setFailure(error);
    focusFirstError();
  };

  const save = async (values: PersonFormValues, confirmWarnings?: WarningCode[]) => {
    setFailure(null);
    setStale(null);
    setWarnings([]);
    const check = checkValues(values, belgianToday());
    if (!check.ok) return;
    try {
      await onSubmit(confirmWarnings ? { ...check.body, confirmWarnings } : check.body);
    } catch (error) {
      showServerRefusal(error);
    }
  };

  const submit = form.onSubmit(
    (values) => save(values),
    () => focusFirstError(),
  );

  const confirm = async () => {
    setConfirming(true);
    try {
      await save(
        form.getValues(),
        warnings.map((w) => w.code),
      );
    } finally {
      setConfirming(false);
    }
  };

  const reload = async () => {
    await onReload?.();
    setStale(null);
  };

  const optional = (label: string): ReactNode => t('personForm.optionalLabel', { label });
  const fromNiss = (field: 'birthDate' | 'sex') =>
    filled.current.has(field) ? t('personForm.filledFromNiss') : undefined;
  const locale = currentLocale();

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        {stale && (
          <Alert color="red" variant="outline" role="alert" title={stale.problem?.title}>
            <Stack gap="xs" align="flex-start">
              {stale.problem?.detail}
              {onReload && (
                <Button size="compact-sm" variant="default" onClick={reload}>
                  {t('personForm.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {failure !== null && <ProblemAlert error={failure} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            label={t('personForm.lastName')}
            required
            autoComplete="off"
            {...form.getInputProps('lastName')}
          />
          <TextInput
            label={t('personForm.firstName')}
            required
            autoComplete="off"
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label={optional(t('personForm.nationalNumber'))}
            description={t('personForm.nationalNumberHint')}
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('nationalNumber')}
          />
          <DateField
            label={t('personForm.birthDate')}
            description={fromNiss('birthDate')}
            required
            min="1900-01-01"
            max={belgianToday()}
            {...form.getInputProps('birthDate')}
            onInput={() => typedBy('birthDate')}
          />
          <NativeSelect
            label={t('personForm.sex')}
            description={fromNiss('sex')}
            required
            {...form.getInputProps('sex')}
            onInput={() => typedBy('sex')}
          >
            <option value="" disabled>
              {t('personForm.choose')}
            </option>
            {SEXES.map((sex) => (
              <option key={sex} value={sex}>
                {t(`persons.sexes.${sex}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('personForm.language')}
            description={t('personForm.languageHint')}
            required
            {...form.getInputProps('language')}
          >
            <option value="" disabled>
              {t('personForm.choose')}
            </option>
            {LOCALES.map((language) => (
              <option key={language} value={language}>
                {t(`persons.languages.${language}`)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            label={optional(t('personForm.email'))}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={optional(t('personForm.phone'))}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <Stack gap="xs" component="fieldset" style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <Title order={2} size="h4" component="legend" p={0} mb="xs">
            {optional(t('personForm.address'))}
          </Title>
          <Grid columnGap="md" rowGap="sm">
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput
                label={t('personForm.street')}
                autoComplete="off"
                {...form.getInputProps('street')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <TextInput
                label={t('personForm.houseNumber')}
                autoComplete="off"
                {...form.getInputProps('houseNumber')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <TextInput label={t('personForm.box')} autoComplete="off" {...form.getInputProps('box')} />
            </Grid.Col>
            <Grid.Col span={{ base: 4, sm: 3 }}>
              <TextInput
                label={t('personForm.postcode')}
                inputMode="numeric"
                maxLength={4}
                autoComplete="off"
                onFocus={() => void loadPlaces()}
                {...form.getInputProps('postcode')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 8, sm: 9 }}>
              <Autocomplete
                label={t('personForm.municipality')}
                description={t('personForm.municipalityHint')}
                data={municipalities}
                autoComplete="off"
                {...form.getInputProps('municipality')}
              />
            </Grid.Col>
          </Grid>
        </Stack>
        {warnings.length > 0 && (
          <Alert
            ref={warningsRef}
            tabIndex={-1}
            color="yellow"
            variant="light"
            role="alert"
            title={t('personForm.warningsTitle')}
            // Mantine's yellow title is too pale on its own background (axe: colour contrast).
            styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
          >
            <Stack gap="sm" align="flex-start">
              {warnings.map((warning) => (
                <Stack key={warning.code} gap={4}>
                  {warning.message}
                  {warning.duplicates && (
                    <List size="sm">
                      {warning.duplicates.map((d) => (
                        <List.Item key={d.id}>
                          <AnchorLink to="/persons/$id" params={{ id: d.id }} inherit>
                            {t('personForm.duplicateLink', {
                              name: `${d.firstName} ${d.lastName}`,
                              date: formatDate(d.birthDate, locale),
                            })}
                          </AnchorLink>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              ))}
              <Button onClick={confirm} loading={confirming}>
                {confirmLabel}
              </Button>
            </Stack>
          </Alert>
        )}
        <Group gap="sm">
          <SubmitButton loading={form.submitting}>{submitLabel}</SubmitButton>
          <Button variant="default" onClick={onCancel}>
            {t('personForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
