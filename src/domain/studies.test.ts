import { describe, expect, it } from 'vitest';
import {
  isStudyOpen,
  localised,
  questionnaireProblems,
  readStudyAnswers,
  type StudyQuestion,
  tallyStudy,
} from './studies.ts';

const QUESTIONS: StudyQuestion[] = [
  { id: 'load', kind: 'scale1to5', text: { fr: 'Charge de travail', nl: 'Werklast' } },
  {
    id: 'tool',
    kind: 'choice',
    text: { fr: 'Outil' },
    options: [
      { id: 'paper', text: { fr: 'Papier', nl: 'Papier' } },
      { id: 'soft', text: { fr: 'Logiciel' } },
    ],
  },
  { id: 'more', kind: 'text', text: { en: 'Anything else?' } },
];

describe('localised', () => {
  it.each([
    [{ fr: 'a', nl: 'b' }, 'nl', 'b'],
    [{ fr: 'a', nl: 'b' }, 'de', 'a'],
    [{ en: 'e' }, 'fr', 'e'],
    [{ fr: '  ', de: 'd' }, 'fr', 'd'],
    [{}, 'fr', ''],
  ] as const)('%j in %s → %s', (text, language, expected) => {
    expect(localised(text, language)).toBe(expected);
  });
});

describe('questionnaireProblems', () => {
  it('accepts a written questionnaire', () => {
    expect(questionnaireProblems({ fr: 'Étude' }, QUESTIONS)).toEqual([]);
  });
  it.each([
    ['no title', {}, QUESTIONS, [{ path: 'title', key: 'validation.studyTextMissing' }]],
    ['no question', { fr: 'x' }, [], [{ path: 'questions', key: 'validation.studyNoQuestion' }]],
    [
      'a duplicate id',
      { fr: 'x' },
      [QUESTIONS[0], { ...QUESTIONS[0] }],
      [{ path: 'questions.1.id', key: 'validation.studyDuplicateId' }],
    ],
    [
      'a choice with one option',
      { fr: 'x' },
      [{ id: 'c', kind: 'choice', text: { fr: 'c' }, options: [{ id: 'a', text: { fr: 'a' } }] }],
      [{ path: 'questions.0.options', key: 'validation.studyOptions' }],
    ],
    [
      'a scale with options',
      { fr: 'x' },
      [{ id: 's', kind: 'scale1to5', text: { fr: 's' }, options: [{ id: 'a', text: { fr: 'a' } }] }],
      [{ path: 'questions.0.options', key: 'validation.studyOptions' }],
    ],
    [
      'an option without text',
      { fr: 'x' },
      [
        {
          id: 'c',
          kind: 'choice',
          text: { fr: 'c' },
          options: [
            { id: 'a', text: { fr: 'a' } },
            { id: 'b', text: {} },
          ],
        },
      ],
      [{ path: 'questions.0.options.1.text', key: 'validation.studyTextMissing' }],
    ],
  ] as const)('refuses %s', (_name, title, questions, expected) => {
    expect(questionnaireProblems(title, questions as unknown as StudyQuestion[])).toEqual(expected);
  });
});

describe('readStudyAnswers', () => {
  it.each([
    [
      { load: 5, tool: 'soft', more: ' Rien ' },
      { load: 5, tool: 'soft', more: 'Rien' },
    ],
    [{ load: 1 }, { load: 1, tool: null, more: null }],
    [
      { tool: 'paper', more: '   ' },
      { load: null, tool: 'paper', more: null },
    ],
  ])('keeps %j', (input, answers) => {
    expect(readStudyAnswers(QUESTIONS, input)).toEqual({ answers });
  });
  it.each([
    [{ load: 6 }, [{ path: 'answers.load', key: 'validation.studyScale' }]],
    [{ load: 0 }, [{ path: 'answers.load', key: 'validation.studyScale' }]],
    [{ load: '3' }, [{ path: 'answers.load', key: 'validation.studyScale' }]],
    [{ tool: 'pen' }, [{ path: 'answers.tool', key: 'validation.studyChoice' }]],
    [{ more: 4 }, [{ path: 'answers.more', key: 'validation.studyText' }]],
    [{ more: 'x'.repeat(2001) }, [{ path: 'answers.more', key: 'validation.studyText' }]],
    [{ other: 1, load: 2 }, [{ path: 'answers.other', key: 'validation.studyUnknownQuestion' }]],
    [{}, [{ path: 'answers', key: 'validation.studyEmpty' }]],
    [{ load: null, more: '' }, [{ path: 'answers', key: 'validation.studyEmpty' }]],
  ])('refuses %j', (input, problems) => {
    expect(readStudyAnswers(QUESTIONS, input)).toEqual({ problems });
  });
});

describe('isStudyOpen', () => {
  const study = { state: 'published' as const, opensOn: '2026-11-01', closesOn: '2026-11-30' };
  it.each([
    [study, '2026-10-31', false],
    [study, '2026-11-01', true],
    [study, '2026-11-30', true],
    [study, '2026-12-01', false],
    [{ ...study, state: 'draft' as const }, '2026-11-15', false],
    [{ ...study, state: 'closed' as const }, '2026-11-15', false],
  ])('%j on %s → %s', (s, day, expected) => {
    expect(isStudyOpen(s, day)).toBe(expected);
  });
});

describe('tallyStudy', () => {
  it('counts per scale value and option, those who answered, and the scale sum', () => {
    const rows = [
      { load: 5, tool: 'soft', more: 'a' },
      { load: 3, tool: null, more: null },
      { load: null, tool: 'soft', more: null },
      { load: 5, tool: 'paper', more: 'b' },
    ];
    expect(tallyStudy(QUESTIONS, rows)).toEqual([
      {
        id: 'load',
        kind: 'scale1to5',
        counts: [
          { value: '1', count: 0 },
          { value: '2', count: 0 },
          { value: '3', count: 1 },
          { value: '4', count: 0 },
          { value: '5', count: 2 },
        ],
        answered: 3,
        sum: 13,
      },
      {
        id: 'tool',
        kind: 'choice',
        counts: [
          { value: 'paper', count: 1 },
          { value: 'soft', count: 2 },
        ],
        answered: 3,
        sum: 0,
      },
      { id: 'more', kind: 'text', counts: [], answered: 2, sum: 0 },
    ]);
  });
});
