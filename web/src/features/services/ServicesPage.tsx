/**
 * The centre's second-line services and partner organisations, for its administrator: add them,
 * change them, deactivate them (never delete), and say which workers answer each service's
 * referrals. Others read the active ones.
 */
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import {
  CreateServiceSchema,
  type ServiceKind,
  UpdateServiceSchema,
} from '../../../../src/features/services/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import { ApiError } from '../../api/client.ts';
import { useFlash } from '../../components/Flash.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';
import { workersQuery } from '../workers/api.ts';
import { type Service, servicesQuery, useCreateService, useSetMembers, useUpdateService } from './api.ts';
import classes from './Services.module.css';

const KINDS: ServiceKind[] = ['internal', 'partner'];

interface ServiceValues {
  kind: ServiceKind;
  name: string;
  description: string;
  contact: string;
}

/** The schema's own messages for what the form holds. */
function schemaErrors(
  result: { success: boolean; error?: { issues: Parameters<typeof issueMessage>[0][] } },
  values: object,
) {
  const errors: Record<string, MessageRef> = {};
  for (const issue of result.error?.issues ?? []) {
    const path = issuePath(issue);
    if (path in values && !errors[path]) errors[path] = issueMessage(issue);
  }
  return errors;
}

function placeServerErrors(
  error: unknown,
  form: { setFieldError: (path: string, message: ReactNode) => void },
  known: object,
): boolean {
  const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const placed = fieldErrors.filter((e) => e.path in known);
  for (const e of placed) form.setFieldError(e.path, e.message);
  focusFirstError();
  return placed.length === 0 || placed.length < fieldErrors.length;
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

export function ServicesPage() {
  const { t } = useTranslation();
  const me = useSession();
  const flash = useFlash();
  const manages = can(me.user, 'services.manage');
  const services = useQuery(servicesQuery(manages ? 'inactive' : 'active'));
  usePageTitle(t('services.title'));

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('services.title')}
        </Title>
        <Text size="sm">{t('services.intro')}</Text>
      </Stack>
      {services.isPending && <Loading />}
      {services.isError && <ProblemAlert error={services.error} />}
      {services.data &&
        KINDS.map((kind) => (
          <ServiceTable
            key={kind}
            kind={kind}
            services={services.data.items.filter((s) => s.kind === kind)}
            manages={manages}
            onDone={flash}
          />
        ))}
      {manages && <AddService onDone={flash} />}
    </Stack>
  );
}

type Open = { id: string; form: 'edit' | 'members' } | null;

function ServiceTable({
  kind,
  services,
  manages,
  onDone,
}: {
  kind: ServiceKind;
  services: Service[];
  manages: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const update = useUpdateService();
  const [failure, setFailure] = useState<unknown>(null);
  const heading = `services-${kind}`;
  const done = (message: string) => {
    setOpen(null);
    onDone(message);
  };
  const toggle = async (service: Service) => {
    setFailure(null);
    try {
      await update.mutateAsync({ id: service.id, active: !service.active, version: service.version });
      onDone(t(service.active ? 'services.deactivated' : 'services.reactivated', { name: service.name }));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={heading}>
      <Title order={2} size="h3" id={heading}>
        {t(`services.sections.${kind}`)}
      </Title>
      {failure !== null && <ProblemAlert error={failure} />}
      {services.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('services.none')}
        </Text>
      ) : (
        <div className={stacked.wrapper}>
          <Table className={stacked.table} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('services.name')}</Table.Th>
                <Table.Th>{t('services.contact')}</Table.Th>
                {kind === 'internal' && <Table.Th>{t('services.members')}</Table.Th>}
                <Table.Th>{t('services.status')}</Table.Th>
                {manages && <Table.Th>{t('services.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.map((service) => (
                <Table.Tr key={service.id}>
                  <Table.Td data-title>
                    <Text fw={600} size="sm" className={classes.text}>
                      {service.name}
                    </Text>
                    {service.description && (
                      <Text size="sm" c="dimmed" className={classes.text}>
                        {service.description}
                      </Text>
                    )}
                    {open?.id === service.id && open.form === 'edit' && (
                      <EditService service={service} onDone={done} onCancel={() => setOpen(null)} />
                    )}
                    {open?.id === service.id && open.form === 'members' && (
                      <Members service={service} onDone={done} onCancel={() => setOpen(null)} />
                    )}
                  </Table.Td>
                  <Table.Td data-label={t('services.contact')} className={classes.text}>
                    {service.contact ?? '—'}
                  </Table.Td>
                  {kind === 'internal' && (
                    <Table.Td data-label={t('services.members')}>
                      {service.members.length === 0 ? (
                        <Text span size="sm" c="red.9">
                          {t('services.noMembers')}
                        </Text>
                      ) : (
                        service.members.map((m) => m.displayName).join(', ')
                      )}
                    </Table.Td>
                  )}
                  <Table.Td data-label={t('services.status')} className={classes.status}>
                    <Badge variant="light" color={service.active ? 'green' : 'gray'} c="gray.9" tt="none">
                      {t(service.active ? 'services.active' : 'services.inactive')}
                    </Badge>
                  </Table.Td>
                  {manages && (
                    <Table.Td data-label={t('services.actions')}>
                      <Group gap={6} wrap="wrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={`${t('services.edit')}: ${service.name}`}
                          onClick={() => setOpen({ id: service.id, form: 'edit' })}
                        >
                          {t('services.edit')}
                        </Button>
                        {kind === 'internal' && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            aria-label={`${t('services.setMembers')}: ${service.name}`}
                            onClick={() => setOpen({ id: service.id, form: 'members' })}
                          >
                            {t('services.setMembers')}
                          </Button>
                        )}
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="gray"
                          c="gray.9"
                          aria-label={`${t(service.active ? 'services.deactivate' : 'services.reactivate')}: ${service.name}`}
                          loading={update.isPending && update.variables?.id === service.id}
                          onClick={() => toggle(service)}
                        >
                          {t(service.active ? 'services.deactivate' : 'services.reactivate')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}

function ServiceFields({
  form,
  withKind,
}: {
  form: {
    getInputProps: (
      path: keyof ServiceValues,
    ) => ReturnType<UseFormReturnType<ServiceValues>['getInputProps']>;
  };
  withKind: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: withKind ? 2 : 1 }} spacing="sm">
        {withKind && (
          <NativeSelect
            label={t('services.kind')}
            required
            data={KINDS.map((kind) => ({ value: kind, label: t(`services.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
        )}
        <TextInput label={t('services.name')} required {...form.getInputProps('name')} />
      </SimpleGrid>
      <Textarea
        label={t('services.description')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('description')}
      />
      <TextInput
        label={t('services.contact')}
        description={t('services.contactHelp')}
        {...form.getInputProps('contact')}
      />
    </>
  );
}

function AddService({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateService();
  const [failure, setFailure] = useState<unknown>(null);
  const body = (values: ServiceValues) => ({
    kind: values.kind,
    name: values.name,
    description: orNull(values.description),
    contact: orNull(values.contact),
  });
  const form = useForm<ServiceValues>({
    initialValues: { kind: 'partner', name: '', description: '', contact: '' },
    validate: (values) => {
      const parsed = CreateServiceSchema.safeParse(body(values));
      return formErrors(
        parsed.success ? { ok: true, body: null } : { ok: false, errors: schemaErrors(parsed, values) },
      );
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      try {
        const made = await create.mutateAsync(CreateServiceSchema.parse(body(values)));
        form.reset();
        onDone(t('services.added', { name: made.name }));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <Paper withBorder p="md" maw={760} component="section" aria-labelledby="add-service-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="add-service-heading">
            {t('services.add')}
          </Title>
          {failure !== null && <ProblemAlert error={failure} />}
          <ServiceFields form={form} withKind />
          <Group>
            <SubmitButton loading={create.isPending}>{t('services.addSubmit')}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function EditService({
  service,
  onDone,
  onCancel,
}: {
  service: Service;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateService();
  const [failure, setFailure] = useState<unknown>(null);
  const body = (values: ServiceValues) => ({
    name: values.name,
    description: orNull(values.description),
    contact: orNull(values.contact),
    version: service.version,
  });
  const form = useForm<ServiceValues>({
    initialValues: {
      kind: service.kind,
      name: service.name,
      description: service.description ?? '',
      contact: service.contact ?? '',
    },
    validate: (values) => {
      const parsed = UpdateServiceSchema.safeParse(body(values));
      return formErrors(
        parsed.success ? { ok: true, body: null } : { ok: false, errors: schemaErrors(parsed, values) },
      );
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      try {
        const saved = await update.mutateAsync({
          id: service.id,
          ...UpdateServiceSchema.parse(body(values)),
        });
        onDone(t('services.saved', { name: saved.name }));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <Paper withBorder p="sm" mt="xs">
      <form onSubmit={submit} noValidate aria-label={`${t('services.edit')}: ${service.name}`}>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <ServiceFields form={form} withKind={false} />
          <Group gap="sm">
            <SubmitButton loading={update.isPending}>{t('services.save')}</SubmitButton>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Who answers the service's referrals: the centre's workers and leads, ticked. */
function Members({
  service,
  onDone,
  onCancel,
}: {
  service: Service;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const workers = useQuery(workersQuery);
  const setMembers = useSetMembers();
  const [chosen, setChosen] = useState<string[]>(() => service.members.map((m) => m.userId));

  return (
    <Paper withBorder p="sm" mt="xs">
      <Stack gap="sm">
        {workers.isPending && <Loading size="sm" />}
        {workers.isError && <ProblemAlert error={workers.error} />}
        {setMembers.isError && <ProblemAlert error={setMembers.error} />}
        {workers.data && (
          <Checkbox.Group
            label={t('services.membersOf', { name: service.name })}
            description={t('services.membersHelp')}
            value={chosen}
            onChange={setChosen}
          >
            <Stack gap={6} mt="xs">
              {workers.data.items.map((w) => (
                <Checkbox key={w.id} value={w.id} label={`${w.displayName} (${t(`roles.${w.role}`)})`} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Group gap="sm">
          <Button
            loading={setMembers.isPending}
            onClick={() =>
              setMembers.mutate(
                { id: service.id, userIds: chosen, version: service.version },
                { onSuccess: (saved) => onDone(t('services.membersSaved', { name: saved.name })) },
              )
            }
          >
            {t('services.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
