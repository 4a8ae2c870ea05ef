import { describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS } from './instruments/built-in.ts';
import { InstrumentDefinitionSchema, sameDefinition, scoreProblems } from './instruments.ts';

const [ladder, matrix, empowerment] = BUILT_IN_INSTRUMENTS;
const t = { fr: 'x', nl: 'x', de: 'x', en: 'x' };
const level = (value: number) => ({ value, name: t, descriptor: t });

describe('built-in instruments', () => {
  it('ship a 6-rung ladder, a 1–5 matrix over 13 life domains and a 3-dimension empowerment scale', () => {
    expect(ladder?.scale).toMatchObject({ min: 1, max: 6 });
    expect(matrix?.domains).toHaveLength(13);
    expect(matrix?.scale).toMatchObject({ min: 1, max: 5 });
    expect(empowerment?.domains.map((d) => d.key)).toEqual(['intrapersonal', 'interactional', 'behavioural']);
  });
});

describe('InstrumentDefinitionSchema', () => {
  const valid = {
    key: 'my-scale',
    name: t,
    scale: { min: 0, max: 2, levels: [level(0), level(1), level(2)] },
    domains: [{ key: 'a', name: t, items: [{ key: 'q1', text: t }] }],
  };
  it('accepts a minimal definition', () =>
    expect(InstrumentDefinitionSchema.safeParse(valid).success).toBe(true));

  /** Each issue as [path, zod code, catalogue key or null when zod's own message stands]. */
  const issuesOf = (definition: unknown) =>
    InstrumentDefinitionSchema.safeParse(definition).error?.issues.map((i) => [
      i.path.join('.'),
      i.code,
      i.message.startsWith('validation.') ? i.message : null,
    ]);

  it.each([
    [
      'levels with a gap',
      { ...valid, scale: { min: 0, max: 2, levels: [level(0), level(2)] } },
      ['scale.levels', 'custom', 'validation.scaleLevels'],
    ],
    [
      'max not above min',
      { ...valid, scale: { min: 2, max: 2, levels: [level(2), level(2)] } },
      ['scale.max', 'custom', 'validation.scaleBounds'],
    ],
    [
      'a domain without any scale',
      { ...valid, scale: undefined },
      ['domains.0.scale', 'custom', 'validation.scaleMissing'],
    ],
    [
      'duplicate domain keys',
      { ...valid, domains: [valid.domains[0], valid.domains[0]] },
      ['domains.1.key', 'custom', 'validation.duplicateKey'],
    ],
    [
      'a name missing a language',
      { ...valid, name: { fr: 'x', nl: 'x', de: 'x' } },
      ['name.en', 'invalid_type', null],
    ],
    ['a bad key', { ...valid, key: 'Bad Key' }, ['key', 'invalid_format', 'validation.invalidKey']],
    ['no domain', { ...valid, domains: [] }, ['domains', 'too_small', null]],
  ])('refuses %s, with that one issue', (_name, definition, issue) => {
    expect(issuesOf(definition)).toEqual([issue]);
  });

  it('lists every problem at once', () => {
    const result = InstrumentDefinitionSchema.safeParse({ key: 'x', name: {}, domains: [{ key: 'a' }] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['name.fr', 'invalid_type'],
      ['name.nl', 'invalid_type'],
      ['name.de', 'invalid_type'],
      ['name.en', 'invalid_type'],
      ['domains.0.name', 'invalid_type'],
    ]);
  });
});

describe('sameDefinition', () => {
  it('ignores key order', () => {
    const a = { key: 'k', name: t, domains: [{ key: 'a', name: t }] };
    const b = { domains: [{ name: t, key: 'a' }], name: t, key: 'k' };
    expect(sameDefinition(a, b)).toBe(true);
    expect(sameDefinition(a, { ...b, key: 'other' })).toBe(false);
  });
});

describe('scoreProblems', () => {
  it.each([
    [[{ domain: 'participation', workerScore: 3 }], []],
    [[{ domain: 'participation', workerScore: 7 }], ['scores.0.workerScore validation.scoreOutOfScale']],
    [
      [{ domain: 'participation', workerScore: 3, personScore: 0 }],
      ['scores.0.personScore validation.scoreOutOfScale'],
    ],
    [[{ domain: 'nowhere', workerScore: 3 }], ['scores.0.domain validation.unknownDomain']],
    [
      [
        { domain: 'participation', workerScore: 3 },
        { domain: 'participation', workerScore: 4 },
      ],
      ['scores.1.domain validation.duplicateKey'],
    ],
  ])('%j → %j', (scores, expected) => {
    expect(scoreProblems(ladder as never, scores).map((p) => `${p.path.join('.')} ${p.key}`)).toEqual(
      expected,
    );
  });
});

describe('docs/instruments.md', () => {
  it('shows an example that the format accepts', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/instruments.md', 'utf8');
    const example = doc.match(/```json\n([\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const result = InstrumentDefinitionSchema.safeParse(JSON.parse(example as string));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
