/**
 * The plan editor: the person's situation, the orientations, objectives with the commitments and
 * actions that serve them, the other parties, the support person, the duration and how evaluations
 * happen. Every row stacks on a phone; what is typed is kept on the device until it is saved.
 */
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORIENTATIONS } from '../../../../src/domain/deadlines.ts';
import { SITUATIONS } from '../../../../src/domain/piis-obligation.ts';
import { ACTION_STATUSES, FORMS, INCOME_CATEGORIES } from '../../../../src/features/trajectories/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { readDraft } from '../../components/drafts.ts';
import { type FormCheck, focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDraft } from '../../components/useDraft.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { assessmentsQuery } from '../assessments/api.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import classes from './Plans.module.css';
import { type CommitmentValues, formPath, mergeValues, nextKey, type PlanFormValues } from './values.ts';

interface Props<Body> {
  /** Whose plan it is: their social assessments in force are offered. */
  personId: string;
  /** The values before any typing: an empty plan, or the version being changed. */
  pristine: PlanFormValues;
  draftKey: string;
  submitLabel: string;
  /** The kind of plan is chosen before the person is informed: fixed afterwards. */
  formFixed?: boolean;
  check: (values: PlanFormValues) => FormCheck<Body, string>;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: Body) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when someone else changed the plan first (409). */
  onReload?: () => void;
}

export function PlanForm<Body>({
  personId,
  pristine,
  draftKey,
  submitLabel,
  formFixed = false,
  check,
  onSubmit,
  onCancel,
  onReload,
}: Props<Body>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => readDraft(draftKey));
  const [initialValues] = useState(() => (draft ? mergeValues(pristine, draft.values) : pristine));
  const [failure, setFailure] = useState<{ error: unknown; messages: string[] } | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const form = useForm<PlanFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => formErrors(check(values)),
  });
  const keeper = useDraft(draftKey, form.values, pristine);
  const values = form.values;
  const assessments = useQuery(assessmentsQuery(personId));
  const inForce = assessments.data?.items ?? [];
  const chosenAssessment = values.assessmentId;
  const setField = form.setFieldValue;
  // An assessment withdrawn since (or a stale draft's): back to the latest, the server's default.
  useEffect(() => {
    const items = assessments.data?.items;
    if (items && chosenAssessment !== '' && !items.some((a) => a.id === chosenAssessment))
      setField('assessmentId', '');
  }, [assessments.data, chosenAssessment, setField]);

  const showServerRefusal = (error: unknown) => {
    if (!(error instanceof ApiError) || !error.problem) return setFailure({ error, messages: [] });
    if (error.status === 409) return setConflict(error);
    const unplaced: string[] = [];
    for (const fieldError of error.problem.errors ?? []) {
      const path = formPath(fieldError.path, form.getValues());
      if (path) form.setFieldError(path, fieldError.message);
      else unplaced.push(fieldError.message);
    }
    const placedAll = (error.problem.errors?.length ?? 0) > 0 && unplaced.length === 0;
    if (!placedAll) setFailure({ error, messages: unplaced });
    focusFirstError();
  };

  const submit = form.onSubmit(
    async (submitted) => {
      setFailure(null);
      setConflict(null);
      const checked = check(submitted);
      if (!checked.ok) return;
      try {
        await onSubmit(checked.body);
        keeper.done();
      } catch (error) {
        showServerRefusal(error);
      }
    },
    () => focusFirstError(),
  );

  const discardDraft = () => {
    keeper.discard();
    form.setValues(pristine);
    form.clearErrors();
    setDraft(null);
  };

  const objectiveChoices = values.objectives.map((o, index) => ({
    value: o.id,
    label: t('plans.editor.objectiveChoice', {
      number: index + 1,
      text: o.text.trim() === '' ? '…' : truncate(o.text),
    }),
  }));

  const removeObjective = (index: number) => form.removeListItem('objectives', index);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={1000} className={classes.editor}>
        {draft && <DraftNotice savedAt={draft.savedAt} onDiscard={discardDraft} />}
        {conflict && (
          <Alert color="red" variant="outline" role="alert" title={conflict.problem?.title}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{conflict.problem?.detail}</Text>
              {onReload && (
                <Button size="compact-sm" variant="default" onClick={onReload}>
                  {t('plans.editor.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {failure && (
          <ProblemAlert error={failure.error}>
            {failure.messages.length > 0 && (
              <ul className={classes.messages}>
                {failure.messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </ProblemAlert>
        )}

        <Section title={t('plans.editor.situationTitle')}>
          <Radio.Group
            label={t('plans.form')}
            required
            {...form.getInputProps('form')}
            description={formFixed ? t('plans.editor.formFixed') : undefined}
          >
            <Group gap="md" mt={4}>
              {FORMS.map((kind) => (
                <Radio key={kind} value={kind} label={t(`plans.forms.${kind}`)} disabled={formFixed} />
              ))}
            </Group>
          </Radio.Group>
          <Radio.Group label={t('plans.situation')} required {...form.getInputProps('situation')}>
            <Stack gap={6} mt={4}>
              {SITUATIONS.map((situation) => (
                <Radio key={situation} value={situation} label={t(`plans.situations.${situation}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
            {values.situation === 'integrationIncome' && (
              <Select
                label={t('plans.incomeCategory')}
                placeholder={t('plans.editor.choose')}
                clearable
                data={INCOME_CATEGORIES.map((c) => ({ value: c, label: t(`plans.incomeCategories.${c}`) }))}
                {...form.getInputProps('incomeCategory')}
                value={values.incomeCategory || null}
                onChange={(value) =>
                  form.setFieldValue('incomeCategory', (value ?? '') as PlanFormValues['incomeCategory'])
                }
              />
            )}
            <DateField
              label={t('plans.decisionDate')}
              max={belgianToday()}
              {...form.getInputProps('decisionDate')}
            />
            <DateField
              label={t('plans.notificationDate')}
              max={belgianToday()}
              {...form.getInputProps('notificationDate')}
            />
          </SimpleGrid>
          <Radio.Group
            label={t('plans.incomeBefore')}
            description={t('plans.editor.incomeBeforeHelp')}
            {...form.getInputProps('incomeInPreviousThreeMonths')}
            value={values.incomeInPreviousThreeMonths || 'unknown'}
            onChange={(value) =>
              form.setFieldValue(
                'incomeInPreviousThreeMonths',
                value === 'yes' || value === 'no' ? value : '',
              )
            }
          >
            <Group gap="md" mt={4}>
              <Radio value="yes" label={t('plans.yes')} />
              <Radio value="no" label={t('plans.no')} />
              <Radio value="unknown" label={t('plans.unknown')} />
            </Group>
          </Radio.Group>
          <Checkbox
            label={t('plans.editor.exempted')}
            description={t('plans.editor.exemptedHelp')}
            {...form.getInputProps('exempted', { type: 'checkbox' })}
          />
          {values.exempted && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
              <Select
                label={t('plans.exemptionReason')}
                required
                allowDeselect={false}
                data={(['health', 'equity'] as const).map((r) => ({
                  value: r,
                  label: t(`plans.exemptionReasons.${r}`),
                }))}
                {...form.getInputProps('exemptionReason')}
              />
              <Textarea
                label={t('plans.exemptionJustification')}
                required
                autosize
                minRows={2}
                className={classes.span2}
                {...form.getInputProps('exemptionJustification')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="sm">
            <Select
              label={t('plans.assessment')}
              description={t('plans.editor.assessmentHelp')}
              placeholder={
                assessments.isPending
                  ? t('plans.editor.assessmentLoading')
                  : inForce.length === 0
                    ? t('plans.editor.noAssessment')
                    : undefined
              }
              allowDeselect={false}
              data={inForce.map((a, index) => ({
                value: a.id,
                label:
                  index === 0
                    ? t('plans.editor.assessmentLatest', { date: formatDate(a.assessedOn, currentLocale()) })
                    : formatDate(a.assessedOn, currentLocale()),
              }))}
              {...form.getInputProps('assessmentId')}
              // The latest in force (listed first) unless another one is chosen.
              value={values.assessmentId || inForce[0]?.id || null}
              onChange={(value) => form.setFieldValue('assessmentId', value ?? '')}
              className={classes.span2}
            />
          </SimpleGrid>
          <Checkbox
            label={t('plans.editor.reactualised')}
            description={t('plans.editor.reactualisedHelp')}
            {...form.getInputProps('reactualisedAfterShortJob', { type: 'checkbox' })}
          />
        </Section>

        <Section title={t('plans.orientations')}>
          <Checkbox.Group
            label={t('plans.editor.orientationsLabel')}
            description={t('plans.editor.orientationsHelp')}
            required
            {...form.getInputProps('orientations')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {ORIENTATIONS.map((o) => (
                <Checkbox key={o} value={o} label={t(`plans.orientationNames.${o}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {values.orientations.includes('communityService') && (
            <DateField
              label={t('plans.communityServiceAgreedOn')}
              description={t('plans.editor.communityServiceHelp')}
              required
              max={belgianToday()}
              className={classes.dateField}
              {...form.getInputProps('communityServiceAgreedOn')}
            />
          )}
        </Section>

        <Section title={t('plans.objectives')} hint={t('plans.editor.objectivesHelp')}>
          {values.objectives.map((objective, index) => (
            <Fieldset
              key={objective.id || index}
              legend={t('plans.editor.objectiveLegend', { number: index + 1 })}
              className={classes.row}
            >
              <Group align="flex-end" gap="sm" wrap="wrap">
                <Textarea
                  label={t('plans.editor.objectiveText')}
                  required
                  autosize
                  minRows={1}
                  className={classes.grow}
                  {...form.getInputProps(`objectives.${index}.text`)}
                />
                <RemoveButton
                  label={t('plans.editor.removeObjective', { number: index + 1 })}
                  onClick={() => removeObjective(index)}
                />
              </Group>
            </Fieldset>
          ))}
          <AddButton
            label={t('plans.editor.addObjective')}
            onClick={() =>
              form.insertListItem('objectives', { id: nextKey('o', form.getValues().objectives), text: '' })
            }
          />
        </Section>

        {(['personCommitments', 'centreCommitments'] as const).map((list) => (
          <Section key={list} title={t(`plans.${list}`)} hint={t('plans.editor.commitmentsHelp')}>
            {values[list].map((_commitment: CommitmentValues, index) => (
              <Fieldset
                // biome-ignore lint/suspicious/noArrayIndexKey: a commitment has no key of its own.
                key={index}
                legend={t(`plans.editor.${list}Legend`, { number: index + 1 })}
                className={classes.row}
              >
                <Group align="flex-end" gap="sm" wrap="wrap">
                  <ObjectiveSelect
                    required
                    choices={objectiveChoices}
                    inputProps={form.getInputProps(`${list}.${index}.objectiveId`)}
                    onChange={(value) => form.setFieldValue(`${list}.${index}.objectiveId`, value)}
                  />
                  <Textarea
                    label={t('plans.editor.commitmentText')}
                    required
                    autosize
                    minRows={1}
                    className={classes.grow}
                    {...form.getInputProps(`${list}.${index}.text`)}
                  />
                  <RemoveButton
                    label={t(`plans.editor.${list}Remove`, { number: index + 1 })}
                    onClick={() => form.removeListItem(list, index)}
                  />
                </Group>
              </Fieldset>
            ))}
            <AddButton
              label={t(`plans.editor.${list}Add`)}
              onClick={() =>
                form.insertListItem(list, {
                  objectiveId: form.getValues().objectives.at(-1)?.id ?? '',
                  text: '',
                })
              }
            />
          </Section>
        ))}

        <Section title={t('plans.actions')}>
          {values.actions.map((action, index) => (
            <Fieldset
              key={action.id || index}
              legend={t('plans.editor.actionLegend', { number: index + 1 })}
              className={classes.row}
            >
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
                <Textarea
                  label={t('plans.actionWhat')}
                  required
                  autosize
                  minRows={1}
                  {...form.getInputProps(`actions.${index}.what`)}
                />
                <TextInput
                  label={t('plans.actionWho')}
                  description={t('plans.editor.actionWhoHelp')}
                  required
                  {...form.getInputProps(`actions.${index}.who`)}
                />
                <DateField label={t('plans.actionDue')} {...form.getInputProps(`actions.${index}.dueOn`)} />
                <Select
                  label={t('plans.actionStatus')}
                  allowDeselect={false}
                  data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plans.actionStatuses.${s}`) }))}
                  {...form.getInputProps(`actions.${index}.status`)}
                />
                <ObjectiveSelect
                  choices={objectiveChoices}
                  inputProps={form.getInputProps(`actions.${index}.objectiveId`)}
                  onChange={(value) => form.setFieldValue(`actions.${index}.objectiveId`, value)}
                />
              </SimpleGrid>
              <RemoveButton
                label={t('plans.editor.removeAction', { number: index + 1 })}
                onClick={() => form.removeListItem('actions', index)}
                mt="sm"
              />
            </Fieldset>
          ))}
          <AddButton
            label={t('plans.editor.addAction')}
            onClick={() =>
              form.insertListItem('actions', {
                id: nextKey('a', form.getValues().actions),
                what: '',
                who: '',
                dueOn: '',
                status: 'planned',
                objectiveId: form.getValues().objectives.at(-1)?.id ?? '',
              })
            }
          />
        </Section>

        <Section title={t('plans.parties')} hint={t('plans.editor.partiesHelp')}>
          {values.parties.map((_party, index) => (
            <Fieldset
              // biome-ignore lint/suspicious/noArrayIndexKey: a party has no key of its own.
              key={index}
              legend={t('plans.editor.partyLegend', { number: index + 1 })}
              className={classes.row}
            >
              <Group align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  label={t('plans.partyName')}
                  required
                  className={classes.grow}
                  {...form.getInputProps(`parties.${index}.name`)}
                />
                <TextInput
                  label={t('plans.partyRole')}
                  required
                  className={classes.grow}
                  {...form.getInputProps(`parties.${index}.role`)}
                />
                <RemoveButton
                  label={t('plans.editor.removeParty', { number: index + 1 })}
                  onClick={() => form.removeListItem('parties', index)}
                />
              </Group>
            </Fieldset>
          ))}
          <AddButton
            label={t('plans.editor.addParty')}
            onClick={() => form.insertListItem('parties', { name: '', role: '' })}
          />
        </Section>

        <Section title={t('plans.supportPerson')} hint={t('plans.editor.supportPersonHelp')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <TextInput label={t('plans.supportPersonName')} {...form.getInputProps('supportPersonName')} />
            <TextInput
              label={t('plans.supportPersonRelation')}
              {...form.getInputProps('supportPersonRelation')}
            />
          </SimpleGrid>
        </Section>

        <Section title={t('plans.editor.durationTitle')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField label={t('plans.startOn')} {...form.getInputProps('startOn')} />
            <DateField label={t('plans.plannedEndOn')} {...form.getInputProps('plannedEndOn')} />
          </SimpleGrid>
          <Textarea
            label={t('plans.evaluationArrangements')}
            description={t('plans.editor.evaluationHelp')}
            autosize
            minRows={2}
            {...form.getInputProps('evaluationArrangements')}
          />
        </Section>

        <Group gap="sm">
          <SubmitButton loading={form.submitting}>{submitLabel}</SubmitButton>
          <Button
            variant="default"
            onClick={() => {
              keeper.discard();
              onCancel();
            }}
          >
            {t('common.cancel')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('plans.editor.draftKept')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

const truncate = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trim()}…` : text);

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <div>
        <Title order={2} size="h4">
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
      </div>
      {children}
    </Stack>
  );
}

function ObjectiveSelect({
  choices,
  inputProps,
  onChange,
  required = false,
}: {
  choices: { value: string; label: string }[];
  inputProps: { value?: unknown; error?: ReactNode; onFocus?: unknown; onBlur?: unknown };
  onChange: (value: string) => void;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const value = typeof inputProps.value === 'string' && inputProps.value !== '' ? inputProps.value : null;
  return (
    <Select
      label={t('plans.editor.objectiveOf')}
      placeholder={choices.length === 0 ? t('plans.editor.noObjectiveYet') : t('plans.editor.choose')}
      required={required}
      clearable={!required}
      data={choices}
      value={choices.some((c) => c.value === value) ? value : null}
      error={inputProps.error}
      onChange={(picked) => onChange(picked ?? '')}
      className={classes.objectiveSelect}
    />
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="light" onClick={onClick} w="fit-content" maw="100%">
      {label}
    </Button>
  );
}

function RemoveButton({ label, onClick, mt }: { label: string; onClick: () => void; mt?: string }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" onClick={onClick} aria-label={label} title={label} mt={mt}>
      {t('plans.editor.remove')}
    </Button>
  );
}

function DraftNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const { t } = useTranslation();
  const time = new Intl.DateTimeFormat(INTL_LOCALES[currentLocale()], {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(savedAt));
  return (
    <Alert color="blue" variant="light" role="status">
      <Group gap="sm" justify="space-between">
        <Text size="sm">{t('plans.editor.draftRestored', { time })}</Text>
        <Button size="compact-sm" variant="default" onClick={onDiscard}>
          {t('plans.editor.draftDiscard')}
        </Button>
      </Group>
    </Alert>
  );
}
