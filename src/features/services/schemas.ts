import { z } from 'zod';

/** internal: a second-line service of the centre; partner: an organisation outside it. */
export const SERVICE_KINDS = ['internal', 'partner'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

const kind = z
  .enum(SERVICE_KINDS)
  .describe(
    'internal: a service of the centre (such as the socio-professional integration service), whose members answer the referrals it receives; partner: an organisation outside the centre, which has no account here.',
  );
const name = z.string().trim().min(1, { message: 'validation.required' }).max(200);
const description = z.string().trim().max(2000);
const contact = z
  .string()
  .trim()
  .max(1000)
  .describe('How to reach it: phone, e-mail, address, a contact person.');
const version = z.number().int().min(1).describe('The version you read: a stale version gets 409.');

export const ServiceMemberSchema = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    role: z.enum(['worker', 'lead']),
  })
  .meta({ id: 'ServiceMember' });

export const ServiceSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(SERVICE_KINDS),
    name: z.string(),
    description: z.string().nullable(),
    contact: z.string().nullable(),
    active: z.boolean().describe('A deactivated service receives no new referral; it is never deleted.'),
    members: z
      .array(ServiceMemberSchema)
      .describe('The workers who answer its referrals, by name; always empty for a partner.'),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Service' });
export type Service = z.infer<typeof ServiceSchema>;

export const ServiceListSchema = z.object({ items: z.array(ServiceSchema) }).meta({ id: 'ServiceList' });

export const ServiceListQuery = z.object({
  kind: z.enum(SERVICE_KINDS).optional().describe('Only the internal services, or only the partners.'),
  include: z
    .enum(['active', 'inactive'])
    .default('active')
    .describe('active: the services one may refer to; inactive: the deactivated ones too (administrators).'),
});
export type ServiceListInput = z.infer<typeof ServiceListQuery>;

export const CreateServiceSchema = z
  .object({
    kind,
    name,
    description: description.nullable().optional(),
    contact: contact.nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateServiceRequest' });
export type CreateServiceInput = z.infer<typeof CreateServiceSchema>;

export const UpdateServiceSchema = z
  .object({
    name: name.optional(),
    description: description.nullable().optional(),
    contact: contact.nullable().optional(),
    active: z.boolean().optional().describe('false deactivates it (it is never deleted); true again.'),
    version,
  })
  .strict()
  .meta({ id: 'UpdateServiceRequest' });
export type UpdateServiceInput = z.infer<typeof UpdateServiceSchema>;

export const SetServiceMembersSchema = z
  .object({
    userIds: z
      .array(z.uuid())
      .max(200)
      .describe('Every member the service has from now on: social workers and team leads of your centre.'),
    version,
  })
  .strict()
  .meta({ id: 'SetServiceMembersRequest' });
export type SetServiceMembersInput = z.infer<typeof SetServiceMembersSchema>;

export const ServiceParams = z.object({ id: z.uuid() });
