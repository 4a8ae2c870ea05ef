import { describe, expect, it } from 'vitest';
import { FEEDBACK_QUESTIONS, FEEDBACK_SCALE, feedbackReportCells, readFeedbackAnswer } from './feedback.ts';

describe('readFeedbackAnswer', () => {
  it.each([
    [
      'all scores',
      { scores: { understandable: 4, heard: 3, helpFits: 1 } },
      { understandable: 4, heard: 3, helpFits: 1 },
      null,
    ],
    [
      'one score, others skipped',
      { scores: { heard: 2 } },
      { understandable: null, heard: 2, helpFits: null },
      null,
    ],
    [
      'nulls are skips',
      { scores: { understandable: null, heard: 1, helpFits: null } },
      { understandable: null, heard: 1, helpFits: null },
      null,
    ],
    [
      'only a comment, trimmed',
      { scores: {}, comment: '  merci  ' },
      { understandable: null, heard: null, helpFits: null },
      'merci',
    ],
    [
      'a blank comment is none',
      { scores: { helpFits: 4 }, comment: '   ' },
      { understandable: null, heard: null, helpFits: 4 },
      null,
    ],
  ])('keeps %s', (_name, input, scores, comment) => {
    expect(readFeedbackAnswer(input)).toEqual({ answer: { scores, comment } });
  });

  it.each([
    ['a score of 0', { scores: { heard: 0 } }, [{ path: 'scores.heard', key: 'validation.feedbackScore' }]],
    [
      'a score of 5',
      { scores: { understandable: 5 } },
      [{ path: 'scores.understandable', key: 'validation.feedbackScore' }],
    ],
    [
      'a fraction',
      { scores: { helpFits: 2.5 } },
      [{ path: 'scores.helpFits', key: 'validation.feedbackScore' }],
    ],
    ['a string', { scores: { heard: '3' } }, [{ path: 'scores.heard', key: 'validation.feedbackScore' }]],
    [
      '2,001 characters',
      { scores: { heard: 3 }, comment: 'é'.repeat(2001) },
      [{ path: 'comment', key: 'validation.feedbackComment' }],
    ],
    ['nothing at all', { scores: {} }, [{ path: 'scores', key: 'validation.feedbackEmpty' }]],
    [
      'only a blank comment',
      { scores: {}, comment: ' ' },
      [{ path: 'scores', key: 'validation.feedbackEmpty' }],
    ],
  ])('refuses %s', (_name, input, problems) => {
    expect(readFeedbackAnswer(input)).toEqual({ problems });
  });

  it('accepts exactly 2,000 characters', () => {
    expect('answer' in readFeedbackAnswer({ scores: {}, comment: 'é'.repeat(2000) })).toBe(true);
  });
});

describe('feedbackReportCells', () => {
  it('names the questions and the scale the report uses', () => {
    expect(FEEDBACK_QUESTIONS).toEqual(['understandable', 'heard', 'helpFits']);
    expect(FEEDBACK_SCALE).toEqual([1, 2, 3, 4]);
  });

  it('counts answers, each score, and each question answered with the sum of its scores', () => {
    expect(
      feedbackReportCells([
        { understandable: 4, heard: 4, helpFits: null },
        { understandable: 2, heard: null, helpFits: null },
        { understandable: 4, heard: 1, helpFits: null },
      ]),
    ).toEqual([
      { cell: 'feedback.answers', count: 3, amount: 0 },
      { cell: 'feedback.understandable.2', count: 1, amount: 0 },
      { cell: 'feedback.understandable.4', count: 2, amount: 0 },
      { cell: 'feedback.understandable.answered', count: 3, amount: 10 },
      { cell: 'feedback.heard.1', count: 1, amount: 0 },
      { cell: 'feedback.heard.4', count: 1, amount: 0 },
      { cell: 'feedback.heard.answered', count: 2, amount: 5 },
    ]);
  });

  it('has no cell for no answer', () => {
    expect(feedbackReportCells([])).toEqual([]);
  });
});
