import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * Two dates joined by a dash, "28 ақпан – 3 наурыз", "2023 жылғы желтоқсан – 2024 жылғы қаңтар",
 * are one range, as KazNERD marks "27-нші наурыз бен 4-інші сәуір аралығында"; they were two
 * dates. Generated: every month to the next (December to January across the year) × the ways
 * of writing the dash × the second end bare, in the locative (by harmony and final sound) or
 * before "аралығында" × with and without a year before.
 */
const DCT = '2024-05-10';
const MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
]; // prettier-ignore
const isFront = (m: string) => /[әеөүі][^аоұыәеөүі]*$/u.test(m);
const locative = (m: string) =>
  `${m}${/[кқпстшфхцч]$/u.test(m) ? 'т' : 'д'}${isFront(m) ? 'е' : 'а'}`;
/** "желтоқсаны", "шілдесі", "қыркүйегі": the possessive, к/қ voiced before its vowel. */
const possessive = (m: string) => {
  const y = isFront(m) ? 'і' : 'ы';
  return /[аеыі]$/u.test(m) ? `${m}с${y}` : `${m.replace(/к$/u, 'г').replace(/қ$/u, 'ғ')}${y}`;
};
const DASHES = [' – ', '–', '-', ' - ', ' — '];
const pad = (n: number) => String(n).padStart(2, '0');

const PAIRS = MONTHS.map((m, k) => ({ m, n: MONTHS[(k + 1) % 12]!, k: k + 1 }));

function tag(text: string) {
  return tagDates(`Көрме ${text} өтеді .`, { lang: 'kk', dct: DCT }).map(
    (t) => `${t.text} = ${t.value}..${t.endValue}`,
  );
}

describe('two dates joined by a dash', () => {
  it.each(PAIRS)('"28 $m – 3 $n" in every dash and form is one range', ({ m, n, k }) => {
    const wrong = DASHES.flatMap((dash) =>
      [n, locative(n), `${n} аралығында`].flatMap((second) =>
        ['', '2024 жылғы '].flatMap((year) => {
          const text = `${year}28 ${m}${dash}3 ${second}`;
          const y = year || k >= 5 ? 2024 : 2025;
          const end = `${k === 12 ? y + 1 : y}-${pad((k % 12) + 1)}-03`;
          const want = `${text} = ${y}-${pad(k)}-28..${end}`;
          return tag(text)[0] === want && tag(text).length === 1 ? [] : [tag(text).join(' | ')];
        }),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it.each(PAIRS)('"2023 жылғы $m – 2024 жылғы $n" is one range of months', ({ m, n, k }) => {
    for (const [a, b] of [
      ['жылғы', 'жылғы'],
      ['жылдың', 'жылдың'],
    ]) {
      const first = a === 'жылдың' ? possessive(m) : m;
      const text = `2023 ${a} ${first} – 2024 ${b} ${n}`;
      expect(tag(text)).toEqual([`${text} = 2023-${pad(k)}..2024-${pad((k % 12) + 1)}`]);
    }
  });

  it('leaves apart a second date that is earlier, and a dash before a name', () => {
    expect(tag('5 наурыз – 3 наурыз')).toHaveLength(2);
    expect(tag('16 желтоқсан – Тәуелсіздік күні')).toEqual([
      '16 желтоқсан = 2024-12-16..undefined',
    ]);
  });
});
