/**
 * A decree on holding a referendum is a decree that sets the vote, not the vote: "15 наурызда
 * референдум өткізу туралы Жарлыққа қол қойылды" was titled only "Decree". The decree is the
 * signing, on its day; the referendum is named as its topic, so the title says what the decree is
 * about, and no referendum is placed on the signing's day (this sentence gives the vote no date).
 * Generated: subjects (none, in the passive) × the vote's phrase × the act's noun in its cases ×
 * the signing's tenses × days; and the same in Russian.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const VOTES = ['референдум өткізу', 'республикалық референдум өткізу', 'референдумды тағайындау'];
const ACTS = ['Жарлыққа', 'Жарлығына'];
const SIGNED = [
  { subject: '', verb: 'қол қойылды' },
  { subject: 'Президент ', verb: 'қол қойды' },
  { subject: 'Мемлекет басшысы ', verb: 'қол қойды' },
];
const DAYS = [
  { words: '5 наурызда', edtf: '2026-03-05' },
  { words: '2026 жылғы 5 наурызда', edtf: '2026-03-05' },
  { words: '2025 жылғы 20 қарашада', edtf: '2025-11-20' },
];
const KK = VOTES.flatMap((v) =>
  ACTS.flatMap((a) =>
    SIGNED.flatMap(({ subject, verb }) =>
      DAYS.map((d) => ({
        sentence: `${subject}${d.words} ${v} туралы ${a} ${verb}.`,
        edtf: d.edtf,
      })),
    ),
  ),
);
const RU = ['о проведении референдума', 'о проведении республиканского референдума'].flatMap(
  (about) => [
    { sentence: `5 марта был подписан указ ${about}.`, edtf: '2026-03-05' },
    { sentence: `Президент 5 марта подписал указ ${about}.`, edtf: '2026-03-05' },
    {
      sentence: `Глава государства 20 ноября 2025 года подписал указ ${about}.`,
      edtf: '2025-11-20',
    },
  ],
);

function check(lang: 'kk' | 'ru', sentence: string, edtf: string): void {
  const events = extractSentences(lang, sentence, '2026-03-12').events;
  const decrees = events.filter((e) => e.type === 'decree');
  expect(decrees.map((e) => e.date.edtf)).toEqual([edtf]);
  expect(decrees[0]!.title.en).toMatch(/decree on holding a referendum$/iu);
  expect(decrees[0]!.title.kk).toMatch(/референдум өткізу/iu);
  expect(decrees[0]!.title.ru).toMatch(/о проведении референдума/u);
  expect(events.filter((e) => e.type === 'referendum')).toEqual([]);
}

describe('a decree on holding a referendum, in Kazakh', () => {
  it.each(KK)('$sentence', ({ sentence, edtf }) => check('kk', sentence, edtf));
});

describe('a decree on holding a referendum, in Russian', () => {
  it.each(RU)('$sentence', ({ sentence, edtf }) => check('ru', sentence, edtf));
});
