import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "үстіміздегі" (the one we are in) names the current year, month or week as "ағымдағы" and
 * "осы" do: "үстіміздегі жылдың наурызында" was read as "наурызында" alone, "үстіміздегі жылы"
 * not at all. Generated: each of the three words × the year in its forms with a month (every
 * month's possessive locative), a day and month, a quarter, a part; the month with a day; the
 * week.
 */
const DCT = '2024-05-10';
const MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
]; // prettier-ignore
const isFront = (m: string) => /[әеөүі][^аоұыәеөүі]*$/u.test(m);
/** "наурызында", "шілдесінде", "қыркүйегінде": possessive + locative, к/қ voiced. */
const possLocative = (m: string) => {
  const [y, a] = isFront(m) ? ['і', 'е'] : ['ы', 'а'];
  const stem = /[аеыі]$/u.test(m) ? `${m}с` : m.replace(/к$/u, 'г').replace(/қ$/u, 'ғ');
  return `${stem}${y}нд${a}`;
};
const pad = (n: number) => String(n).padStart(2, '0');

const PHRASES: readonly [string, string][] = [
  ['жылы', '2024'],
  ['жылдың соңына дейін', '2024'],
  ['жылдың бірінші тоқсанында', '2024-Q1'],
  ['жылдың екінші жартысында', '2024-H2'],
  ['жылғы 5 наурызда', '2024-03-05'],
  ['жылдың 5 наурызында', '2024-03-05'],
  ['айда', '2024-05'],
  ['айдың 15-іне дейін', '2024-05-15'],
  ['аптада', '2024-W19'],
  ...MONTHS.map((m, k): [string, string] => [`жылдың ${possLocative(m)}`, `2024-${pad(k + 1)}`]),
];

describe('words for the current period', () => {
  it.each(['үстіміздегі', 'ағымдағы', 'осы'])('"%s" + a period is one date of it', (word) => {
    const wrong = PHRASES.flatMap(([rest, value]) => {
      const text = `${word} ${rest}`;
      const found = tagDates(`Жиын ${text} өтеді .`, { lang: 'kk', dct: DCT });
      const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
      return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });
});
