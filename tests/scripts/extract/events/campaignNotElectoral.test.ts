/**
 * A campaign the text does not tell as electoral is no election campaign. "Жеңілдетілген несие беру
 * науқаны басталды" (a loan programme; sentences written for the check) was titled "Election
 * campaign starts": the Kazakh happening nouns (locales/kk/lexicon/happeningWords.ts) read any
 * "науқан" as the election's. A campaign is now the election's only where its sentence says so
 * (сайлау, сайлауалды, үгіт, референдум; Russian выборы, предвыборная, избиратели, агитация,
 * референдум: HappeningCues.electoral); otherwise the start stays a neutral event. Generated
 * over campaigns, dates and steps.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const OTHER = ['Жеңілдетілген несие беру', 'Егіс', 'Вакцинация', 'Қайырымдылық', 'Жазғы сауықтыру'];
const ELECTORAL = ['Сайлау', 'Сайлауалды үгіт', 'Мәслихат депутаттығына кандидаттардың сайлауалды'];
// prettier-ignore
const DATES = [
  { kk: '1 наурызда', edtf: '2025-03-01' },
  { kk: 'бүгін', edtf: PUB },
  { kk: '10 наурызда', edtf: '2025-03-10' },
];
const STEPS = [
  { kk: 'басталды', en: 'starts' },
  { kk: 'аяқталды', en: 'ends' },
];
const cases = (names: string[]) =>
  names.flatMap((n) =>
    DATES.flatMap((d) =>
      STEPS.map((s) => ({ text: `${n} науқаны ${d.kk} ${s.kk}.`, edtf: d.edtf, step: s.en })),
    ),
  );

const titles = (text: string) =>
  extractSentences('kk', `${text} Бұл туралы облыс әкімдігі хабарлады.`, PUB).events.map(
    (e) => `${e.date.edtf} ${e.title.en}`,
  );

describe('a campaign is the election’s only where the sentence says so', () => {
  it.each(cases(OTHER))('not electoral: $text', ({ text }) => {
    expect(titles(text).filter((t) => /election/iu.test(t))).toEqual([]);
  });
  it.each(cases(ELECTORAL))('electoral: $text', ({ text, edtf, step }) => {
    expect(titles(text)).toContain(`${edtf} Election campaign ${step}`);
  });
});
