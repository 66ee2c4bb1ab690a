/**
 * A document the head of state approves, he named by his post alone ("Мемлекет басшысы 5 наурызда
 * мәдени саясат тұжырымдамасын бекітті", "Глава государства утвердил концепцию …"), is told as
 * his act, "The President approves a concept", not a bare "A concept approved": both posts in each
 * language × the things the lexicon knows approved × the verb's reporting forms × dates. Not the
 * President's Administration, another country's president, a former one, nor a refusal. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const KK_WHO = ['Мемлекет басшысы', 'Президент'];
const KK_WHAT = [
  ['мәдени саясат тұжырымдамасын', 'a concept'],
  ['іс-шаралар жоспарын', 'a plan'],
  ['өңірлік даму стратегиясын', 'a strategy'],
  ['мемлекеттік бағдарламаны', 'a programme'],
] as const;
const KK_VERBS = ['бекітті', 'бекіткен'];
const RU_WHO = ['Глава государства', 'Президент'];
const RU_WHAT = [
  ['концепцию культурной политики', 'a concept'],
  ['план мероприятий', 'a plan'],
  ['стратегию развития регионов', 'a strategy'],
  ['государственную программу', 'a programme'],
] as const;
const DATES = {
  kk: [
    ['5 наурызда', '2025-03-05'],
    ['2019 жылғы 12 ақпанда', '2019-02-12'],
  ],
  ru: [
    ['5 марта', '2025-03-05'],
    ['12 февраля 2019 года', '2019-02-12'],
  ],
} as const;

const titles = (lang: 'kk' | 'ru', s: string) =>
  extractSentences(lang, `Текст.\n\n${s}`, '2025-03-12').events.map(
    (e) => `${e.date.edtf} ${e.title.en}`,
  );

describe('the head of state named by his post approves', () => {
  const kk = KK_WHO.flatMap((who) =>
    KK_WHAT.flatMap(([what, en]) =>
      // (A plan approved told by the perfect, "жоспарын бекіткен", is no event yet, whoever approved it.)
      KK_VERBS.filter((v) => en !== 'a plan' || v === 'бекітті').flatMap(
        (v) =>
        DATES.kk.map(([d, day]) => ({ lang: 'kk' as const, s: `${who} ${d} ${what} ${v}.`, want: `${day} The President approves ${en}` })), // prettier-ignore
      ),
    ),
  );
  const ru = RU_WHO.flatMap((who) =>
    RU_WHAT.flatMap(
      ([what, en]) =>
      DATES.ru.map(([d, day]) => ({ lang: 'ru' as const, s: `${who} ${d} утвердил ${what}.`, want: `${day} The President approves ${en}` })), // prettier-ignore
    ),
  );
  it.each([...kk, ...ru])('$lang: $s', ({ lang, s, want }) => {
    expect(titles(lang, s)).toEqual([want]);
  });

  it.each([
    ['kk', 'Президент Әкімшілігі 5 наурызда іс-шаралар жоспарын бекітті.'],
    ['ru', 'Президент России 5 марта утвердил концепцию внешней политики.'],
    ['ru', 'Экс-президент 5 марта утвердил план мероприятий.'],
    ['ru', 'Глава государства 5 марта не утвердил план мероприятий.'],
  ] as const)('not the President approving: %s %s', (lang, s) => {
    expect(titles(lang, s).filter((t) => t.includes('The President'))).toEqual([]);
  });
});
