/**
 * Recording or correcting an evaluation: the day and the mode, whether the person came, who
 * attended, a level and a note per objective, what each side did, next steps and the next date;
 * when recording, optionally a progress measurement taken now (the measurement form's own fields).
 * What is typed is kept on the device until it is saved.
 */
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVALUATION_MODES } from '../../../../src/domain/evaluation-schedule.ts';
import { type CreateEvaluationInput, PROGRESS_LEVELS } from '../../../../src/features/evaluations/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { readDraft } from '../../components/drafts.ts';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDraft } from '../../components/useDraft.ts';
import { currentLocale } from '../../i18n.ts';
import type { Instrument } from '../instruments/api.ts';
import { LevelsLegend } from '../measurements/LevelsLegend.tsx';
import { ScoreFields } from '../measurements/ScoreFields.tsx';
import {
  checkValues as checkMeasurement,
  emptyScores,
  type MeasurementFormValues,
  formPath as measurementPath,
} from '../measurements/values.ts';
import { checkValues, type EvaluationFormValues, formPath, mergeValues, type PlanContext } from './values.ts';

interface Draft {
  evaluation: EvaluationFormValues;
  measuring: boolean;
  measurement: MeasurementFormValues;
}

interface Props {
  plan: PlanContext;
  /** The values before any typing: an empty evaluation, or the one being corrected. */
  pristine: EvaluationFormValues;
  draftKey: string;
  /** Offered when recording: the instruments a measurement may be taken with. */
  instruments?: Instrument[];
  initialInstrument?: string;
  submitLabel: string;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: CreateEvaluationInput) => Promise<unknown>;
  onCancel: () => void;
}

export function EvaluationForm({
  plan,
  pristine,
  draftKey,
  instruments = [],
  initialInstrument,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const find = (key: string) => instruments.find((i) => i.key === key);
  const [pristineDraft] = useState<Draft>(() => {
    const key = initialInstrument ?? instruments[0]?.key ?? '';
    return {
      evaluation: pristine,
      measuring: false,
      measurement: {
        instrumentKey: key,
        measuredOn: pristine.heldOn,
        context: 'evaluation',
        scores: emptyScores(find(key)),
      },
    };
  });
  const [restored] = useState(() => {
    const stored = readDraft(draftKey)?.values as Partial<Draft> | undefined;
    const measurement = stored?.measurement;
    const known = measurement && find(measurement.instrumentKey);
    return {
      evaluation: mergeValues(pristine, stored?.evaluation),
      measuring: instruments.length > 0 && stored?.measuring === true,
      measurement: known ? { ...pristineDraft.measurement, ...measurement } : pristineDraft.measurement,
    };
  });
  const [measuring, setMeasuring] = useState(restored.measuring);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<EvaluationFormValues>({
    initialValues: restored.evaluation,
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkValues(values, plan, measuring)),
  });
  const measureForm = useForm<MeasurementFormValues>({
    initialValues: restored.measurement,
    validateInputOnBlur: true,
    validate: (values) =>
      formErrors(
        checkMeasurement(
          { ...values, measuredOn: form.values.heldOn },
          find(values.instrumentKey),
          plan.today,
        ),
      ),
  });
  const keeper = useDraft<Draft>(
    draftKey,
    { evaluation: form.values, measuring, measurement: measureForm.values },
    pristineDraft,
  );
  const values = form.values;
  const instrument = find(measureForm.values.instrumentKey);
  const canMeasure = instruments.length > 0 && !values.missed;

  const changeInstrument = (key: string) => {
    measureForm.setFieldValue('instrumentKey', key);
    measureForm.setFieldValue('scores', emptyScores(find(key)));
    measureForm.clearErrors();
  };

  const showServerRefusal = (error: unknown, body: CreateEvaluationInput) => {
    if (!(error instanceof ApiError) || !error.problem) return setFailure(error);
    const fieldErrors = error.problem.errors ?? [];
    let placed = 0;
    for (const fieldError of fieldErrors) {
      if (fieldError.path.startsWith('measurement.') && body.measurement) {
        const path = measurementPath(fieldError.path.slice('measurement.'.length), {
          ...body.measurement,
          measuredOn: body.heldOn,
          context: 'evaluation',
        });
        if (path) {
          measureForm.setFieldError(path, fieldError.message);
          placed++;
        }
        continue;
      }
      const path = formPath(fieldError.path, body, plan.objectives);
      if (!path) continue;
      form.setFieldError(path, fieldError.message);
      placed++;
    }
    if (placed === 0 || placed < fieldErrors.length) setFailure(error);
    focusFirstError();
  };

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const check = checkValues(values, plan, measuring);
      const withMeasurement = measuring && canMeasure;
      const measured = withMeasurement
        ? checkMeasurement({ ...measureForm.values, measuredOn: values.heldOn }, instrument, plan.today)
        : null;
      if (measured && !measured.ok) {
        measureForm.setErrors(formErrors(measured));
        focusFirstError();
        return;
      }
      if (!check.ok) return;
      const body: CreateEvaluationInput = measured?.ok
        ? { ...check.body, measurement: { ...measured.body, context: 'evaluation' } }
        : check.body;
      try {
        await onSubmit(body);
        keeper.done();
      } catch (error) {
        showServerRefusal(error, body);
      }
    },
    () => focusFirstError(),
  );

  const cancel = () => {
    keeper.discard();
    onCancel();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={900}>
        {failure !== null &&
          (failure instanceof ApiError && failure.status === 409 ? (
            <Alert color="red" variant="outline" role="alert" title={failure.problem?.title}>
              {failure.problem?.detail}
            </Alert>
          ) : (
            <ProblemAlert error={failure} />
          ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <DateField
            label={t('evaluations.heldOn')}
            required
            min={plan.planStart}
            max={plan.today}
            {...form.getInputProps('heldOn')}
          />
          <NativeSelect label={t('evaluations.mode')} required {...form.getInputProps('mode')}>
            {EVALUATION_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`evaluations.modes.${mode}`)}
              </option>
            ))}
          </NativeSelect>
        </SimpleGrid>
        <Checkbox
          label={t('evaluations.missed')}
          description={t('evaluations.missedHelp')}
          {...form.getInputProps('missed', { type: 'checkbox' })}
        />
        <Fieldset legend={t('evaluations.attendance')} variant="filled" p="sm">
          <Stack gap="xs">
            {!values.missed && (
              <Checkbox
                label={t('evaluations.personCame')}
                {...form.getInputProps('personCame', { type: 'checkbox' })}
              />
            )}
            <Checkbox
              label={t('evaluations.supportPerson')}
              {...form.getInputProps('supportPerson', { type: 'checkbox' })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('personForm.optionalLabel', { label: t('evaluations.partners') })}
                description={t('evaluations.partnersHelp')}
                autoComplete="off"
                {...form.getInputProps('partners')}
              />
              <TextInput
                label={t('personForm.optionalLabel', { label: t('evaluations.others') })}
                autoComplete="off"
                {...form.getInputProps('others')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        {!values.missed && plan.objectives.length > 0 && (
          <Fieldset legend={t('evaluations.progress')} variant="filled" p="sm">
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('evaluations.progressHelp')}
              </Text>
              {plan.objectives.map((objective, index) => (
                <Stack key={objective.id} gap={6}>
                  <Radio.Group
                    label={t('evaluations.objectiveLabel', { number: index + 1, text: objective.text })}
                    {...form.getInputProps(`progress.${objective.id}.level`)}
                  >
                    <Group gap="md" mt={4}>
                      {PROGRESS_LEVELS.map((level) => (
                        <Radio
                          key={level}
                          value={level}
                          label={t(`evaluations.levels.${level}`)}
                          aria-invalid={
                            form.getInputProps(`progress.${objective.id}.level`).error ? true : undefined
                          }
                        />
                      ))}
                    </Group>
                  </Radio.Group>
                  <TextInput
                    label={t('personForm.optionalLabel', {
                      label: t('evaluations.objectiveNote', { number: index + 1 }),
                    })}
                    autoComplete="off"
                    {...form.getInputProps(`progress.${objective.id}.note`)}
                  />
                </Stack>
              ))}
            </Stack>
          </Fieldset>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
          <Textarea
            label={t('personForm.optionalLabel', { label: t('evaluations.personDid') })}
            autosize
            minRows={2}
            maxRows={10}
            {...form.getInputProps('personDid')}
          />
          <Textarea
            label={t('personForm.optionalLabel', { label: t('evaluations.centreDid') })}
            autosize
            minRows={2}
            maxRows={10}
            {...form.getInputProps('centreDid')}
          />
        </SimpleGrid>
        <Textarea
          label={t('personForm.optionalLabel', { label: t('evaluations.nextSteps') })}
          autosize
          minRows={2}
          maxRows={10}
          {...form.getInputProps('nextSteps')}
        />
        <DateField
          label={t('personForm.optionalLabel', { label: t('evaluations.nextOn') })}
          description={t('evaluations.nextOnHelp')}
          maw={320}
          {...form.getInputProps('nextOn')}
        />
        {canMeasure && (
          <Fieldset legend={t('evaluations.measurement')} variant="filled" p="sm">
            <Stack gap="sm">
              <Switch
                label={t('evaluations.measureNow')}
                checked={measuring}
                onChange={(event) => setMeasuring(event.currentTarget.checked)}
              />
              {measuring && (
                <>
                  <NativeSelect
                    label={t('measurement.instrument')}
                    required
                    maw={420}
                    {...measureForm.getInputProps('instrumentKey')}
                    onChange={(event) => changeInstrument(event.currentTarget.value)}
                  >
                    {instruments.map((i) => (
                      <option key={i.key} value={i.key}>
                        {i.name[locale]}
                      </option>
                    ))}
                  </NativeSelect>
                  {instrument?.scale && (
                    <LevelsLegend scale={instrument.scale} caption={t('measurement.levels')} />
                  )}
                  {instrument && <ScoreFields form={measureForm} instrument={instrument} />}
                </>
              )}
            </Stack>
          </Fieldset>
        )}
        <Group gap="sm">
          <SubmitButton loading={form.submitting}>{submitLabel}</SubmitButton>
          <Button variant="default" onClick={cancel}>
            {t('common.cancel')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('evaluations.draftKept')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
