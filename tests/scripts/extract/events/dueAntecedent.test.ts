/**
 * What lasts to a deadline told by a pronoun is the thing named before it. "…, ол 1 сәуірге дейін
 * жалғасады", "…, она продлится до 1 апреля" (sentences written for the check) were titled just
 * "Deadline": events/dueAct.ts looked for the thing only in the deadline's clause. A clause that
 * opens with "ол"/"она"/"он"/"оно" now takes the nearest thing named before it in the sentence
 * (events/dueAntecedent.ts); registration, accepting applications, an election campaign (only
 * one the sentence tells as electoral) and a census are due things. Generated over things and days.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
// prettier-ignore
const KK_THINGS = [
  { kk: 'Тұрғындардан өтінімдерді қабылдау', en: 'Accepting applications to end' },
  { kk: 'Кандидаттарды тіркеу', en: 'Registration to end' },
  { kk: 'Сайлау науқаны', en: 'The election campaign to end' },
  { kk: 'Ауыл шаруашылығы санағы', en: 'The census to end' },
  { kk: 'Қоғамдық талқылау', en: 'The public discussion to end' },
];
// prettier-ignore
const RU_THINGS = [
  { ru: 'приём заявок от жителей', en: 'Accepting applications to end', verb: 'начался', pro: 'он' },
  { ru: 'регистрация кандидатов', en: 'Registration to end', verb: 'началась', pro: 'она' },
  { ru: 'предвыборная кампания', en: 'The election campaign to end', verb: 'началась', pro: 'она' },
  { ru: 'сельскохозяйственная перепись', en: 'The census to end', verb: 'началась', pro: 'она' },
  { ru: 'общественное обсуждение', en: 'The public discussion to end', verb: 'началось', pro: 'оно' },
];
// prettier-ignore
const DAYS = [
  { kk: '1 сәуірге', ru: '1 апреля', edtf: '2025-04-01' },
  { kk: '15 сәуірге', ru: '15 апреля', edtf: '2025-04-15' },
  { kk: '30 мамырға', ru: '30 мая', edtf: '2025-05-30' },
];
const KK = KK_THINGS.flatMap((t) =>
  DAYS.map((d) => ({
    text: `${t.kk} 10 наурызда басталды, ол ${d.kk} дейін жалғасады.`,
    want: `${d.edtf} ${t.en}`,
  })),
);
const RU = RU_THINGS.flatMap((t) =>
  DAYS.map((d) => ({
    text: `10 марта ${t.verb} ${t.ru}, ${t.pro} продлится до ${d.ru}.`,
    want: `${d.edtf} ${t.en}`,
  })),
);
const NOT_ELECTORAL = [
  {
    lang: 'kk' as const,
    text: 'Жеңілдетілген несие беру науқаны 10 наурызда басталды, ол 1 сәуірге дейін жалғасады.',
  },
  {
    lang: 'ru' as const,
    text: 'Кампания по выдаче льготных кредитов стартовала 10 марта, она продлится до 1 апреля.',
  },
];

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.date.edtf} ${e.title.en}`);

describe('a deadline’s pronoun stands for the thing named before it', () => {
  it.each(KK)('kk: $text', ({ text, want }) => {
    expect(titles('kk', text)).toContain(want);
  });
  it.each(RU)('ru: $text', ({ text, want }) => {
    expect(titles('ru', text)).toContain(want);
  });
  it.each(NOT_ELECTORAL)('no election campaign: $text', ({ lang, text }) => {
    expect(titles(lang, text).filter((t) => /election/iu.test(t))).toEqual([]);
  });
});
