/**
 * Progress instruments are data, not code (DOMAIN.md §2): a definition names its domains and the
 * ordinal scale each is scored on, with a short name and a descriptor per level in four languages.
 * This module is the format (a zod schema, published as JSON Schema) and its rules.
 */
import { z } from 'zod';

const text = z.string().trim().min(1).max(2000);
export const LocalisedTextSchema = z
  .object({ fr: text, nl: text, de: text, en: text })
  .strict()
  .describe('The same text in French, Dutch, German and English.');
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;

const key = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-zA-Z0-9-]*$/, { message: 'validation.invalidKey' })
  .describe('Stable identifier: starts with a lower-case letter; letters, digits and dashes.');

export const LevelSchema = z
  .object({
    value: z.number().int(),
    name: LocalisedTextSchema.describe('Short name of the level, e.g. "isolated".'),
    descriptor: LocalisedTextSchema.describe('What this level looks like in a person’s life.'),
  })
  .strict();

export const ScaleSchema = z
  .object({
    min: z.number().int().min(0).max(100),
    max: z.number().int().min(1).max(100),
    levels: z.array(LevelSchema).min(2).max(21),
  })
  .strict()
  .superRefine((scale, ctx) => {
    if (scale.max <= scale.min) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'validation.scaleBounds' });
      return;
    }
    const values = scale.levels.map((l) => l.value);
    const expected = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
    if (values.join() !== expected.join()) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'validation.scaleLevels' });
    }
  });
export type Scale = z.infer<typeof ScaleSchema>;

export const ItemSchema = z
  .object({ key, text: LocalisedTextSchema })
  .strict()
  .describe('A questionnaire item scored on the domain scale (e.g. one statement of an empowerment scale).');

export const InstrumentDomainSchema = z
  .object({
    key,
    name: LocalisedTextSchema,
    plainName: LocalisedTextSchema.optional().describe(
      'Everyday words for a technical name, shown beside it to the person (e.g. "how I see myself").',
    ),
    description: LocalisedTextSchema.optional(),
    scale: ScaleSchema.optional().describe(
      'This domain’s own scale; otherwise the instrument’s shared scale.',
    ),
    items: z.array(ItemSchema).max(100).optional(),
  })
  .strict();

export const InstrumentDefinitionSchema = z
  .object({
    key,
    name: LocalisedTextSchema,
    description: LocalisedTextSchema.optional(),
    scale: ScaleSchema.optional().describe('Shared by every domain that has no scale of its own.'),
    domains: z.array(InstrumentDomainSchema).min(1).max(50),
  })
  .strict()
  .superRefine((definition, ctx) => {
    const seen = new Set<string>();
    definition.domains.forEach((domain, index) => {
      if (seen.has(domain.key)) {
        ctx.addIssue({ code: 'custom', path: ['domains', index, 'key'], message: 'validation.duplicateKey' });
      }
      seen.add(domain.key);
      if (!domain.scale && !definition.scale) {
        ctx.addIssue({
          code: 'custom',
          path: ['domains', index, 'scale'],
          message: 'validation.scaleMissing',
        });
      }
      const items = new Set<string>();
      domain.items?.forEach((item, itemIndex) => {
        if (items.has(item.key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['domains', index, 'items', itemIndex, 'key'],
            message: 'validation.duplicateKey',
          });
        }
        items.add(item.key);
      });
    });
  })
  .meta({
    id: 'InstrumentDefinition',
    title: 'Passerelle progress instrument',
    description:
      'A progress instrument: domains scored on ordinal scales, each level named and described in fr, nl, de and en.',
  });
export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;

/** A definition as stored: with the version the server gave it. */
export type VersionedInstrument = InstrumentDefinition & { version: number; builtIn: boolean };

export function scaleOf(definition: InstrumentDefinition, domainKey: string): Scale | null {
  const domain = definition.domains.find((d) => d.key === domainKey);
  if (!domain) return null;
  return domain.scale ?? definition.scale ?? null;
}

/** Two definitions say the same thing (key order aside): uploading it again makes no new version. */
export function sameDefinition(a: InstrumentDefinition, b: InstrumentDefinition): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export type ScoreProblem = { path: (string | number)[]; key: string; params?: Record<string, number> };

/**
 * Checks measured scores against the definition they were taken with: known domains only, each
 * once, scores on the domain's scale. Returns every problem found.
 */
export function scoreProblems(
  definition: InstrumentDefinition,
  scores: readonly { domain: string; workerScore?: number | null; personScore?: number | null }[],
): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  const seen = new Set<string>();
  scores.forEach((score, index) => {
    const scale = scaleOf(definition, score.domain);
    if (!scale) {
      problems.push({ path: ['scores', index, 'domain'], key: 'validation.unknownDomain' });
      return;
    }
    if (seen.has(score.domain))
      problems.push({ path: ['scores', index, 'domain'], key: 'validation.duplicateKey' });
    seen.add(score.domain);
    for (const field of ['workerScore', 'personScore'] as const) {
      const value = score[field];
      if (value === undefined || value === null) continue;
      if (value < scale.min || value > scale.max) {
        problems.push({
          path: ['scores', index, field],
          key: 'validation.scoreOutOfScale',
          params: { min: scale.min, max: scale.max },
        });
      }
    }
  });
  return problems;
}
