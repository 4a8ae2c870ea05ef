/**
 * A study's results, only once 5 or more answered: per question the count of each scale value or
 * option and, for a scale, the mean; per centre the number of answers. Counts of 1 to 4 are shown
 * as "<5" (src/domain/reports.ts `suppress`, which also hides what would let one be worked out).
 * The XLSX adds the answers as anonymous rows in random order: no centre, no time, no respondent.
 */
import ExcelJS from 'exceljs';
import type { TenantTx } from '../../db/tenancy.ts';
import { suppress } from '../../domain/reports.ts';
import { localised, STUDY_MIN_ANSWERS, type StudyQuestion, tallyStudy } from '../../domain/studies.ts';
import { translate } from '../../i18n/translate.ts';
import { recordAudit } from '../audit/service.ts';
import type { ActorContext } from '../context.ts';
import { Problem } from '../problem.ts';
import { selectAnswers, selectCentreNames } from './queries.ts';
import { managedStudy } from './service.ts';

function optionLabel(question: StudyQuestion, value: string, ctx: ActorContext) {
  if (question.kind === 'scale1to5') return value;
  const option = question.options?.find((o) => o.id === value);
  return option ? localised(option.text, ctx.actor.locale) : value;
}

export async function studyResults(tx: TenantTx, ctx: ActorContext, id: string, format: 'json' | 'xlsx') {
  const study = await managedStudy(tx, ctx, id);
  const rows = await selectAnswers(tx, id);
  if (rows.length < STUDY_MIN_ANSWERS)
    throw new Problem('conflict', 'errors.studyFewAnswers', { params: { minimum: STUDY_MIN_ANSWERS } });
  const locale = ctx.actor.locale;
  const tallies = tallyStudy(
    study.questions,
    rows.map((r) => r.answers),
  );
  const questions = study.questions.map((q, i) => {
    const tally = tallies[i] as (typeof tallies)[number];
    const shown = suppress(tally.counts.map((c) => c.count));
    const answered = tally.counts.length > 0 ? shown.total : suppress([tally.answered]).total;
    return {
      id: q.id,
      kind: q.kind,
      text: localised(q.text, locale),
      answered,
      counts: tally.counts.map((c, j) => ({
        value: c.value,
        label: optionLabel(q, c.value, ctx),
        count: shown.cells[j] as number | string,
      })),
      mean:
        q.kind === 'scale1to5' && tally.answered >= STUDY_MIN_ANSWERS
          ? Math.round((tally.sum / tally.answered) * 100) / 100
          : null,
    };
  });
  const perCentre = new Map<string, number>();
  for (const r of rows) perCentre.set(r.centreId, (perCentre.get(r.centreId) ?? 0) + 1);
  const names = new Map((await selectCentreNames(tx, [...perCentre.keys()])).map((c) => [c.id, c.name]));
  const centreIds = [...perCentre.keys()].sort((a, b) =>
    (names.get(a) ?? a).localeCompare(names.get(b) ?? b),
  );
  const shownCentres = suppress(centreIds.map((c) => perCentre.get(c) ?? 0));
  const centres = centreIds.map((centreId, i) => ({
    centreId,
    name: names.get(centreId) ?? '',
    answers: shownCentres.cells[i] as number | string,
  }));
  await recordAudit(tx, ctx, {
    action: 'study.results',
    subjectType: 'study',
    subjectId: id,
    details: { format, answers: rows.length },
  });
  const results = { studyId: id, answers: rows.length, questions, centres };
  if (format === 'json') return { results };

  const t = (key: string) => translate(locale, key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  const aggregates = workbook.addWorksheet('aggregates');
  aggregates.addRow([localised(study.title, locale)]);
  aggregates.addRow([t('studies.results.answers'), rows.length]);
  aggregates.addRow([]);
  aggregates.addRow([
    t('studies.results.question'),
    t('studies.results.value'),
    t('studies.results.count'),
    t('studies.results.mean'),
  ]);
  for (const q of questions) {
    aggregates.addRow([q.text, t('studies.results.answered'), q.answered, q.mean ?? '']);
    for (const c of q.counts) aggregates.addRow(['', c.label, c.count, '']);
  }
  if (centres.length > 1) {
    aggregates.addRow([]);
    aggregates.addRow([t('studies.results.centre'), '', t('studies.results.answers')]);
    for (const c of centres) aggregates.addRow([c.name, '', c.answers]);
  }
  aggregates.getColumn(1).width = 60;
  aggregates.getColumn(2).width = 30;
  const answers = workbook.addWorksheet('answers');
  answers.addRow(study.questions.map((q) => localised(q.text, locale)));
  for (const r of rows) {
    answers.addRow(
      study.questions.map((q) => {
        const v = r.answers[q.id];
        if (v === null || v === undefined) return null;
        return q.kind === 'choice' ? optionLabel(q, String(v), ctx) : v;
      }),
    );
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { results, xlsx: bytes };
}
