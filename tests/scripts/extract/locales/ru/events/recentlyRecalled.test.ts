/**
 * "На днях" and "недавно" tell an act done some days before the news, on no day the article gives:
 * a recall, never the publication's day ("На днях министерство направило ноту …"). Before an
 * attributive participle ("недавно назначенный аким провёл совещание") "недавно" is the
 * participle's, and the sentence tells the day's news. Generated over verbs in every gender and
 * number, and over participles in the cases a subject or object takes.
 */
import { describe, expect, it } from 'vitest';
import { RU_ASPECT } from '../../../../../../scripts/extract/locales/ru/events/aspect';

const CUES = ['На днях', 'Недавно', 'Совсем недавно', 'Как стало известно, на днях'];
// [subject, past verb, rest]
const CLAUSES: Array<[string, string, string]> = [
  ['министерство', 'направило', 'ноту посольству'],
  ['аким', 'подписал', 'постановление'],
  ['комиссия', 'утвердила', 'список кандидатов'],
  ['депутаты', 'одобрили', 'поправки в закон'],
  ['президент', 'провел', 'переговоры'],
];

describe('"на днях" and "недавно" recall an act done before the news', () => {
  const cases = CUES.flatMap((cue) =>
    CLAUSES.map(([subject, verb, rest]) => `${cue} ${subject} ${verb} ${rest}.`),
  );
  it.each(cases)('recall: %s', (sentence) => {
    expect(RU_ASPECT.recall.test(sentence)).toBe(true);
  });
});

describe('"недавно" before an attributive participle is the participle’s', () => {
  const PARTICIPLES = [
    'назначенный',
    'назначенного',
    'избранная',
    'избранной',
    'созданное',
    'принятый',
    'принятому',
    'вступивший',
    'вступившие',
    'открытую',
  ];
  const cases = PARTICIPLES.map(
    (p) => `Недавно ${p} руководитель провел первое совещание с депутатами.`,
  );
  it.each(cases)('no recall: %s', (sentence) => {
    expect(RU_ASPECT.recall.test(sentence)).toBe(false);
  });
  it('nor "до недавнего времени", another word', () => {
    expect(RU_ASPECT.recall.test('До недавнего времени аким провел три встречи.')).toBe(false);
  });
});
