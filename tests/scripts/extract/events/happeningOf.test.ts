/**
 * A bare start or end names what starts or ends: "Үгіт-насихат науқаны 20 ақпанда басталып, 18
 * наурызда аяқталады" (a test sentence written for the check; as in many tuned articles) gave the
 * campaign and a second event titled "Event", the campaign's end. The event noun nearest before the
 * verb (events/happeningOf.ts; nouns per language) now titles it: "Election campaign to end",
 * "Завершение избирательной кампании", "Сайлау науқаны аяқталмақ". Generated over nouns, steps,
 * tenses and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-02-25';
const KK = [
  ['Сайлауалды үгіт', 'Election campaign'],
  ['Кандидаттарды тіркеу', 'Registration of candidates'],
  ['Құжаттарды тіркеу', 'Registration'],
  ['Байқаушыларды аккредиттеу', 'Accreditation'],
  ['Жобаны талқылау', 'Discussion'],
];
const RU = [
  ['Предвыборная агитация', 'Election campaign'],
  ['Регистрация кандидатов', 'Registration of candidates'],
  ['Регистрация документов', 'Registration'],
  ['Аккредитация наблюдателей', 'Accreditation'],
  ['Обсуждение проекта', 'Discussion'],
];

// (The noun's own cue dates its start; the bare verb of its end is what this titles.)
const cases = [
  ...KK.flatMap(([noun, en]) => [
    ['kk', `${noun} 1 наурызда басталып, 20 наурызда аяқталады.`, '2025-03-20', `${en} to end`],
    ['kk', `${noun} 1 ақпанда басталып, 20 ақпанда аяқталды.`, '2025-02-20', `${en} ends`],
    ['kk', `${noun} 1 ақпанда басталып, 20 ақпанда тоқтатылды.`, '2025-02-20', `${en} ends`],
  ]),
  ...RU.flatMap(([noun, en]) => [
    ['ru', `${noun} стартует 1 марта и завершится 20 марта.`, '2025-03-20', `${en} to end`],
    ['ru', `${noun} стартовала 1 февраля и закончилась 20 февраля.`, '2025-02-20', `${en} ends`],
  ]),
] as Array<['kk' | 'ru', string, string, string]>; // prettier-ignore

describe('what a bare start or end is of', () => {
  it.each(cases)('%s: %s', (lang, text, day, title) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.filter((e) => e.date.edtf === day).map((e) => e.title.en)).toEqual([title]);
  });

  it('names nothing the lexicon does not know', () => {
    const events = extractSentences('ru', 'Процесс завершится 20 марта.', PUB).events;
    expect(events.map((e) => e.title.en)).not.toContain('Process to end');
  });
});
