import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A day of a month named relative to the publication, "өткен айдың 5-інде", "осы айдың он
 * бесіне дейін", "келесі айдың 3-і", is one date: "өткен айдың" was read alone as the month and
 * the day left out. Generated: every day 1–31 in digits and in words, with the possessive ending
 * chosen by vowel harmony and the last sound of the number as spoken, in the nominative,
 * locative, dative and ablative, and as an ordinal, after each modifier of the month.
 */
const DCT = '2024-05-10';
const ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз'];
const spoken = (n: number) =>
  [TENS[Math.floor(n / 10)], ONES[n % 10]].filter((w): w is string => !!w);

const isFront = (w: string) => /[әеөүі][^аоұыәеөүі]*$/u.test(w);
/** The possessive and a case after it: "бесі/бесінде", "алтысы/алтысына", "оны/онынан". */
function possessive(last: string, kase: string): string {
  const f = isFront(last);
  const stem = /[аеыі]$/u.test(last) ? `с${f ? 'і' : 'ы'}` : f ? 'і' : 'ы';
  const a = f ? 'е' : 'а';
  const tail = { nom: '', loc: `нд${a}`, dat: `н${a}`, abl: `н${a}н` }[kase]!;
  return stem + tail;
}
const ordinalOf = (last: string) =>
  /[аеыі]$/u.test(last) ? (isFront(last) ? 'нші' : 'ншы') : isFront(last) ? 'інші' : 'ыншы';

function dayForms(n: number): string[] {
  const words = spoken(n);
  const last = words.at(-1)!;
  const head = words.slice(0, -1).join(' ');
  const joinWords = (w: string) => (head ? `${head} ${w}` : w);
  return [
    ...['nom', 'loc', 'dat', 'abl'].map((k) => `${n}-${possessive(last, k)}`),
    ...['nom', 'loc', 'dat', 'abl'].map((k) => joinWords(`${last}${possessive(last, k)}`)),
    `${n}-${ordinalOf(last)}`,
    joinWords(`${last}${ordinalOf(last)}`),
  ];
}

const MODIFIERS: readonly [string, string][] = [
  ['өткен', '2024-04'],
  ['осы', '2024-05'],
  ['ағымдағы', '2024-05'],
  ['келесі', '2024-06'],
];
const DAYS = Array.from({ length: 31 }, (_, k) => k + 1);

describe('a day of a month named relative to the publication', () => {
  it('generates the forms grammars give', () => {
    expect(dayForms(6)).toEqual(['6-сы', '6-сында', '6-сына', '6-сынан', 'алтысы', 'алтысында', 'алтысына', 'алтысынан', '6-ншы', 'алтыншы']);
    expect(dayForms(25)).toContain('жиырма бесінен');
    expect(dayForms(10)).toContain('онынан');
  }); // prettier-ignore

  it.each(MODIFIERS)('"%s айдың" + any day in any form is that day', (mod, month) => {
    const wrong = DAYS.flatMap((n) =>
      dayForms(n).flatMap((day) => {
        const text = `${mod} айдың ${day}`;
        const found = tagDates(`Жиын ${text} өтеді .`, { lang: 'kk', dct: DCT });
        const value = `${month}-${String(n).padStart(2, '0')}`;
        const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
        return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('leaves a count of days, and a stretch of the month, as they were', () => {
    const tag = (text: string) =>
      tagDates(text, { lang: 'kk', dct: DCT }).map((t) => [t.text, t.value]);
    expect(tag('Осы айдың 10 күнінде өтеді .')[0]?.[1]).not.toBe('2024-05-10');
    expect(tag('Өткен айдың екінші аптасында келді .')).toEqual([
      ['Өткен айдың екінші аптасында', '2024-04'],
    ]);
    expect(tag('Өткен айдың бесінші күні келді .')).toEqual([
      ['Өткен айдың бесінші', '2024-04-05'],
    ]);
  });
});
