/**
 * A campaign or a step of a vote's calendar is titled by the step its own verb tells, and a
 * happening told in the Kazakh present-future is ahead. Sentences written for the test:
 * "Кандидаттарды ұсыну аяқталады" (published with no date of its own) had been placed on the
 * publication day as done, the accusative "кандидаттар-ды" read as a past; "Сайлау науқаны 20
 * наурызда басталады" was titled "Election campaign", the whole campaign on one day; "Завершилось
 * выдвижение кандидатов" was a proposal. Generated over nouns, verbs, tenses and both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const KK_NOUNS = [
  ['Сайлау науқаны', 'Election campaign'],
  ['Үгіт-насихат науқаны', 'Election campaign'],
  ['Кандидаттарды ұсыну', 'Nomination of candidates'],
  ['Кандидаттарды тіркеу', 'Registration of candidates'],
  ['Партиялық тізімдерді тапсыру', 'Submission of party lists'],
];
const RU_NOUNS = [
  ['избирательная кампания', 'Election campaign'],
  ['выдвижение кандидатов', 'Nomination of candidates'],
  ['регистрация кандидатов', 'Registration of candidates'],
  ['регистрация партийных списков', 'Registration of party lists'],
];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

// prettier-ignore
const dated = [
  ...KK_NOUNS.flatMap(([n, en]) => [
    ['kk', `${n} 20 наурызда басталады.`, '2025-03-20', `${en} to start`],
    ['kk', `${n} 5 наурызда басталды.`, '2025-03-05', `${en} starts`],
    ['kk', `${n} 5 сәуірде аяқталады.`, '2025-04-05', `${en} to end`],
    ['kk', `${n} 2 наурызда аяқталды.`, '2025-03-02', `${en} ends`],
    ['kk', `${n} 1 наурызда басталып, 5 сәуір күні сағат 18.00-де аяқталады.`, '2025-04-05', `${en} to end`],
  ]),
  ...RU_NOUNS.flatMap(([n, en]) => [
    ['ru', `${cap(n!)} начнется 20 марта.`, '2025-03-20', `${en} to start`],
    ['ru', `${cap(n!)} завершится 5 апреля.`, '2025-04-05', `${en} to end`],
    ['ru', `2 марта завершилось ${n}.`, '2025-03-02', `${en} ends`],
    ['ru', `1 марта стартовала ${n}.`.replace('стартовала выдвижение', 'стартовало выдвижение'), '2025-03-01', `${en} starts`],
  ]),
] as Array<['kk' | 'ru', string, string, string]>;

const KK_AHEAD = ['басталады', 'аяқталады', 'тоқтатылады', 'жалғасады'];

describe('the step of a course of events', () => {
  it.each(dated)('%s: %s', (lang, text, day, title) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.filter((e) => e.date.edtf === day).map((e) => e.title.en)).toEqual([title]);
  });
});

describe('a Kazakh happening in the present-future is ahead', () => {
  it.each(KK_NOUNS.flatMap(([n]) => KK_AHEAD.map((v) => `${n} ${v}.`)))('%s', (text) => {
    const r = extractSentences('kk', text, PUB);
    expect(r.events.filter((e) => e.date.edtf === PUB)).toEqual([]);
  });

  it('keeps the progressive "басқарып келеді" as a tenure, not ahead', () => {
    const r = extractSentences('kk', 'Ол Сенатты 2023 жылғы 2 ақпаннан бері басқарып келеді.', PUB);
    expect(r.events.map((e) => [e.date.edtf, e.status])).toEqual([['2023-02-02', 'reported']]);
  });
});
