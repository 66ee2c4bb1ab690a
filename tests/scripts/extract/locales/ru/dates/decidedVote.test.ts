/**
 * A vote decided on ("принял решение о проведении референдума 5 октября") is that vote, planned
 * for its day ahead of the decision, not a vote done on the nearest past 5 October.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../../scripts/extract/pipeline';

function votes(sentence: string) {
  const sources = { 'a.txt': { language: 'ru', published: '2025-03-12' } };
  const text = `Политика\n\nРеферендум\n\n${sentence}`;
  const data = runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data;
  return data.events
    .filter((e) => e.type === 'referendum' || e.type === 'election')
    .map((e) => `${e.status} ${e.date.edtf}`);
}

const WHO = ['Сегодня Президент принял', 'Сегодня ЦИК приняла', 'Сегодня депутаты приняли'];
const VOTES = [
  'о проведении референдума',
  'о проведении республиканского референдума',
  'о проведении досрочных президентских выборов',
  'о проведении в стране референдума',
];
const FORMS = WHO.flatMap((w) => VOTES.map((v) => `${w} решение ${v} 5 октября.`));

describe('a vote decided on is planned ahead', () => {
  it.each(FORMS)('%s', (text) => {
    expect(votes(text)).toEqual(['planned 2025-10-05']);
  });
});
