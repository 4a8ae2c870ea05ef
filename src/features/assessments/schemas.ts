import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { LIFE_DOMAINS } from '../../domain/life-domains.ts';

const note = z.string().trim().max(4000);
const longText = z.string().trim().max(10000);
const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });

export const DomainFindingSchema = z
  .object({
    domain: z.enum(LIFE_DOMAINS),
    situation: note.default(''),
    obstacles: note.default(''),
    strengths: note.default(''),
  })
  .strict()
  .meta({ id: 'DomainFinding' });

const domains = z
  .array(DomainFindingSchema)
  .max(LIFE_DOMAINS.length)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((finding, index) => {
      if (seen.has(finding.domain)) {
        ctx.addIssue({ code: 'custom', path: [index, 'domain'], message: 'validation.duplicateKey' });
      }
      seen.add(finding.domain);
    });
  })
  .describe('One entry per life domain looked at; domains not looked at are left out.');

const assessmentFields = {
  assessedOn: isoDate.describe('The day of the assessment (YYYY-MM-DD), not in the future.'),
  domains,
  aspirations: longText.default(''),
  aptitudes: longText.default(''),
  qualifications: longText.default(''),
  needs: longText.default(''),
};

export const CreateAssessmentSchema = z
  .object(assessmentFields)
  .strict()
  .meta({ id: 'CreateAssessmentRequest' });
export type CreateAssessmentInput = z.infer<typeof CreateAssessmentSchema>;

export const UpdateAssessmentSchema = z
  .object({
    assessedOn: assessmentFields.assessedOn.optional(),
    domains: domains.optional(),
    aspirations: longText.optional(),
    aptitudes: longText.optional(),
    qualifications: longText.optional(),
    needs: longText.optional(),
    version: z.number().int().min(1).describe('The version you read: a stale version gets 409.'),
  })
  .strict()
  .meta({ id: 'UpdateAssessmentRequest' });
export type UpdateAssessmentInput = z.infer<typeof UpdateAssessmentSchema>;

export const AssessmentSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    assessedOn: z.string().meta({ format: 'date' }),
    domains: z.array(
      z.object({
        domain: z.enum(LIFE_DOMAINS),
        situation: z.string(),
        obstacles: z.string(),
        strengths: z.string(),
      }),
    ),
    aspirations: z.string(),
    aptitudes: z.string(),
    qualifications: z.string(),
    needs: z.string(),
    locked: z.boolean().describe('A plan was signed on it: read-only, make a new assessment instead.'),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string().nullable().describe('Name of the worker who recorded it.'),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof AssessmentSchema>;

export const AssessmentListSchema = z
  .object({ items: z.array(AssessmentSchema) })
  .meta({ id: 'AssessmentList' });
export const PersonParams = z.object({ id: z.uuid() });
export const AssessmentParams = z.object({ id: z.uuid() });
