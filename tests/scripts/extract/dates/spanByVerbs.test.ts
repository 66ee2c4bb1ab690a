/**
 * Two year-less dates told as when one act starts and when it ends, by verbs ("Выдвижение началось
 * 22 сентября и завершится 11 октября", "Ұсыну 22 қыркүйекте басталып, 11 қазанда аяқталады"),
 * are one span: generated over spans around a publication day, with every tense of both verbs and
 * the Kazakh locative built by the last sound and vowel harmony, the start is never after the end
 * and a span under way contains the publication day. The start's own tense (a converb, or a
 * future ending) no longer throws it a year ahead of its end.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const RU_MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']; // prettier-ignore

const front = (w: string) => /[әеіөүи][^аәеіоөұүыуэюяи]*$/u.test(w);
/** The locative: -та/-те after a voiceless sound, else -да/-де. */
const kkLocative = (w: string) =>
  w + (/[кқпстфхцчшщ]$/u.test(w) ? 'т' : 'д') + (front(w) ? 'е' : 'а');

const DCT = '2024-09-26';
const day = (offset: number) => new Date(Date.UTC(2024, 8, 26 + offset)).toISOString().slice(0, 10);
const parts = (iso: string) => ({ month: Number(iso.slice(5, 7)), dom: Number(iso.slice(8, 10)) });

const RU_FORMS: Array<[string, string]> = [
  ['началось', 'завершится'],
  ['началось', 'завершилось'],
  ['начнется', 'закончится'],
  ['стартовало', 'продлится до'],
];
const KK_FORMS: Array<[string, string]> = [
  ['басталып,', 'аяқталады'],
  ['басталды, ал', 'аяқталады'],
  ['басталады, ал', 'аяқталады'],
  ['басталып,', 'аяқталды'],
];

const SPANS: Array<[number, number]> = [];
for (let start = -50; start <= 30; start += 8)
  for (const length of [5, 19]) SPANS.push([start, start + length]);

function sentence(lang: 'kk' | 'ru', from: string, to: string, [begin, end]: [string, string]) {
  const [a, b] = [parts(from), parts(to)];
  if (lang === 'ru')
    return `Выдвижение кандидатов ${begin} ${a.dom} ${RU_MONTHS_GEN[a.month - 1]} и ${end} ${b.dom} ${RU_MONTHS_GEN[b.month - 1]}.`;
  return `Кандидаттарды ұсыну ${a.dom} ${kkLocative(KK_MONTHS[a.month - 1]!)} ${begin} ${b.dom} ${kkLocative(KK_MONTHS[b.month - 1]!)} ${end}.`;
}

describe('a start and an end told by verbs are one span', () => {
  for (const lang of ['ru', 'kk'] as const)
    for (const forms of lang === 'ru' ? RU_FORMS : KK_FORMS)
      it(`${lang}: ${forms.join(' … ')}`, () => {
        for (const [s, e] of SPANS) {
          const text = sentence(lang, day(s), day(e), forms);
          const got = tagDates(text, { lang, dct: DCT }).filter((t) =>
            /^\d{4}-\d\d-\d\d$/u.test(t.value),
          );
          expect(got, text).toHaveLength(2);
          const [a, b] = [got[0]!.value, got[1]!.value];
          expect(a <= b, `${text}: ${a} > ${b}`).toBe(true);
          if (s <= 0 && e >= 0) expect([a, b], text).toEqual([day(s), day(e)]);
        }
      });
  it('two acts that only follow each other are no span', () => {
    const got = tagDates('Сессия началась 22 сентября, а депутаты проголосуют 11 октября.', {
      lang: 'ru',
      dct: DCT,
    }).map((t) => t.value);
    expect(got).toEqual(['2024-09-22', '2024-10-11']);
  });
});
