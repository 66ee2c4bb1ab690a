import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "маусым" is also a season (of play, of work) and "қазан" a cauldron, both counted: "бес
 * маусым бойы ойнады" (played for five seasons), "он қазан палау" (ten cauldrons of pilaf). A day
 * before its month is said as an ordinal ("бесінші маусым"), so a cardinal in words before these
 * two counts the noun; digits do too before a word of length ("5 маусым бойы", "3 маусым
 * қатарынан"). Before, all were read as days of June or October. Generated: cardinals in words
 * and digits, the two nouns, four words after them; and, as controls, the same days as ordinals,
 * a range closed by an ordinal, and other months after a cardinal, which stay dates.
 */
const tag = (text: string) =>
  tagDates(`Ол ${text} .`, { lang: 'kk', dct: '2025-02-12' }).map((t) => t.text);

const WORDS = [
  ['бес', 5],
  ['он', 10],
  ['үш', 3],
  ['жиырма бір', 21],
] as const;
const ORDINALS = ['бесінші', 'оныншы', 'үшінші', 'жиырма бірінші'];
const NOUNS = ['маусым', 'қазан'];
const AFTER = ['бойы ойнады', 'бойына жұмыс істеді', 'қатарынан жеңді', 'ішінде өзгерді'];

describe('Kazakh cardinal counts of "маусым" (season) and "қазан" (cauldron): no dates', () => {
  it.each(NOUNS.map((m) => [m]))('a cardinal in words before "%s" counts it', (m) => {
    const dated = WORDS.flatMap(([w]) =>
      [...AFTER, 'палау пісірді', 'өткізді'].map((a) => `${w} ${m} ${a}`),
    ).filter((text) => tag(text).length > 0);
    expect(dated).toEqual([]);
  });

  it.each(NOUNS.map((m) => [m]))('digits before "%s" and a word of length count it', (m) => {
    const dated = WORDS.flatMap(([, d]) => AFTER.map((a) => `${d} ${m} ${a}`)).filter(
      (text) => tag(text).length > 0,
    );
    expect(dated).toEqual([]);
  });

  it.each(NOUNS.map((m) => [m]))('ordinals, digits and ranges before "%sда" stay days', (m) => {
    const days = [
      ...ORDINALS.map((o) => `${o} ${m}да`),
      ...WORDS.map(([, d]) => `${d} ${m}да`),
      `жиырма бес – жиырма алтыншы ${m}да`,
      `жиырма бес және жиырма алтыншы ${m}да`,
    ];
    expect(days.map((d) => tag(`${d} келді`))).toEqual(days.map((d) => [d]));
  });

  it.each([['наурызда'], ['қаңтарда'], ['мамырда'], ['желтоқсанда']])(
    'a cardinal before "%s", no countable noun, stays a day',
    (m) => {
      expect(WORDS.map(([w]) => tag(`${w} ${m} келді`))).toEqual(WORDS.map(([w]) => [`${w} ${m}`]));
    },
  );
});
