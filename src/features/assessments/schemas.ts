import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { isEmptyAssessment, LIFE_DOMAINS } from '../../domain/life-domains.ts';
import { WithdrawalSchema, withdrawnQuery } from '../withdrawals.ts';

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

/** The path and message of an assessment with nothing in it (src/domain/life-domains.ts). */
export const EMPTY_ASSESSMENT = { path: 'domains', key: 'validation.assessmentEmpty' } as const;

export const CreateAssessmentSchema = z
  .object(assessmentFields)
  .strict()
  .superRefine((assessment, ctx) => {
    if (isEmptyAssessment(assessment)) {
      ctx.addIssue({ code: 'custom', path: [EMPTY_ASSESSMENT.path], message: EMPTY_ASSESSMENT.key });
    }
  })
  .describe('At least one life domain, or some text in aspirations, aptitudes, qualifications or needs.')
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
    withdrawal: WithdrawalSchema,
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
export const AssessmentListQuery = z.object({ withdrawn: withdrawnQuery });
export const PersonParams = z.object({ id: z.uuid() });
export const AssessmentParams = z.object({ id: z.uuid() });
