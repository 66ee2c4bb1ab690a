/**
 * A part of the day told of a story's day: "сол кеште" (that evening), "сол түні", "сол таңда",
 * "келесі таңертең" name the day the text has just told, or the day after it, as "сол күні" and
 * "келесі күні" do. The nouns кеш, түн, таң in every case, bare and after the possessive, are
 * generated here from Kazakh phonology (independently of the tagger's suffix grammar), and run
 * through the date tagger and the whole pipeline in sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { isKkDayPart } from '../../../../../../scripts/extract/locales/kk/dates/kkTimeOfDay';
import { extractSentences } from '../../../events/extractSentences';

const isFront = (w: string) => /[әеөүі][^аоұыәеөүі]*$/u.test(w);
const VOICELESS = /[кқпстшфхцч]$/u;
const NASAL = /[мнң]$/u;

/** A noun's case forms, bare and after the 3rd-person possessive, and its attributive forms. */
function caseForms(stem: string): string[] {
  const [a, y, g, k] = isFront(stem) ? ['е', 'і', 'г', 'к'] : ['а', 'ы', 'ғ', 'қ'];
  const voiceless = VOICELESS.test(stem);
  const nasal = NASAL.test(stem);
  const poss = `${stem}${y}`;
  return [
    stem + (voiceless ? `${k}${a}` : `${g}${a}`), // dative: кешке, түнге, таңға
    stem + (voiceless ? `т${a}` : `д${a}`), // locative: кеште, түнде, таңда
    stem + (voiceless ? `т${a}` : `д${a}`) + `${g}${y}`, // locative + attributive: кештегі
    stem + (voiceless ? `${k}${y}` : `${g}${y}`), // attributive: кешкі, түнгі, таңғы
    stem + (nasal ? `н${a}н` : voiceless ? `т${a}н` : `д${a}н`), // ablative
    poss, // кеші, түні, таңы
    `${poss}н${a}`,
    `${poss}н`,
    `${poss}нд${a}`, // кешінде, түнінде, таңында
    `${poss}н${a}н`,
  ];
}

const SAME_DAY = [...caseForms('кеш'), ...caseForms('түн'), ...caseForms('таң'), 'таңертең'];

describe('the forms of a part of the day', () => {
  it('generates the forms the grammar says', () => {
    expect(SAME_DAY).toEqual(
      expect.arrayContaining(['кеште', 'кешінде', 'кешке', 'түнде', 'түні', 'таңда', 'таңында']),
    );
  });

  it.each(SAME_DAY)('%s is a part of the day', (form) => {
    expect(isKkDayPart(form)).toBe(true);
  });

  it.each(['кештер', 'кештерде', 'түндерде', 'кеше', 'кешен', 'кешікті', 'таңдады', 'таңқалды'])(
    '%s is none',
    (word) => {
      expect(isKkDayPart(word)).toBe(false);
    },
  );
});

const told = '2019 жылғы 19 наурызда Сенаттың отырысы өтті.';
const valueOf = (phrase: string) => {
  const text = `${told} ${phrase} Президент Жарлыққа қол қойды.`;
  return tagDates(text, { lang: 'kk', dct: '2024-03-12' })
    .filter((t) => t.start > told.length)
    .map((t) => [t.text, t.value]);
};

describe('"сол" + a part of the day is the day just told', () => {
  it.each(SAME_DAY)('Сол %s', (form) => {
    expect(valueOf(`Сол ${form}`)).toEqual([[`Сол ${form}`, '2019-03-19']]);
  });

  it.each(['Дәл сол кеште', 'Сол күні кешке', 'Сол күні таңертең', 'Сол күннің кешінде'])(
    '%s',
    (phrase) => {
      expect(valueOf(phrase).map(([, v]) => v)).toEqual(['2019-03-19']);
    },
  );

  it.each([
    'Келесі таңда',
    'Келесі таңертең',
    'Келесі кеште',
    'Келесі түні',
    'Ертесі таңертең',
    'Келесі күні кешке',
  ])('%s is the day after', (phrase) => {
    expect(valueOf(phrase).map(([, v]) => v)).toEqual(['2019-03-20']);
  });

  it('"ол түнде" (he, at night) and "сол кештерде" (those evenings) are no day', () => {
    expect(valueOf('Ол түнде')).toEqual([]);
    expect(valueOf('Сол кештерде')).toEqual([]);
  });
});

describe('an event told that evening, that night, that morning takes the day just told', () => {
  const decreeDay = (text: string) =>
    extractSentences('kk', text, '2024-03-12')
      .events.filter((e) => e.type === 'decree')
      .map((e) => e.date.edtf);

  it.each([
    'Сол кеште',
    'Сол түні',
    'Сол таңда',
    'Сол күні кешке',
    'Дәл сол түні',
    'Кешке',
    'Түнде',
    'Таңертең',
    'Сол сәтте',
  ])('%s', (opener) => {
    const text = `2022 жылғы 5 қаңтарда Алматыда наразылық акциясы өтті. ${opener} Президент төтенше жағдай енгізу туралы Жарлыққа қол қойды.`;
    expect(decreeDay(text)).toEqual(['2022-01-05']);
  });

  it.each(['Келесі таңда', 'Ертесі таңертең', 'Келесі күні кешке', 'Ертесіне'])(
    '%s: the day after',
    (opener) => {
      const text = `2022 жылғы 5 қаңтарда Алматыда наразылық акциясы өтті. ${opener} Президент төтенше жағдай енгізу туралы Жарлыққа қол қойды.`;
      expect(decreeDay(text)).toEqual(['2022-01-06']);
    },
  );
});

describe('"сол жылы", "сол айда": the year or the month just told', () => {
  const tagged = (text: string) =>
    tagDates(text, { lang: 'kk', dct: '2024-03-12' }).map((t) => [t.text, t.value]);

  it.each([
    ['Сол жылы', '2019'],
    ['Сол жылда', '2019'],
    ['Сол айда', '2019-09'],
    ['Сол айы', '2019-09'],
    ['Дәл сол жылы', '2019'],
  ])('%s → %s', (phrase, value) => {
    const text = `2019 жылғы 9 қыркүйекте сайлау өтті. ${phrase} әкім қызметінен босатылды.`;
    expect(tagged(text)).toContainEqual([phrase, value]);
  });

  it('before a date of that year, the date is read, the year its year', () => {
    expect(tagged('2021 жылы реформа басталды. Сол жылы 5 мамырда сайлау өтті.')).toEqual([
      ['2021 жылы', '2021'],
      ['5 мамырда', '2021-05-05'],
    ]);
  });

  it('"сол жылдары" (those years) is no one year', () => {
    expect(tagged('2019 жылғы 9 қыркүйекте сайлау өтті. Сол жылдары ол министр болды.')).toEqual([
      ['2019 жылғы 9 қыркүйекте', '2019-09-09'],
    ]);
  });

  it('an event told that month takes the month', () => {
    const text =
      '2019 жылғы 9 қыркүйекте аудан әкімі сайланды. Сол айда облыс әкімі лауазымынан босатылды.';
    const events = extractSentences('kk', text, '2024-03-12').events;
    expect(events.filter((e) => e.type === 'resignation').map((e) => e.date.edtf)).toEqual([
      '2019-09',
    ]);
  });
});

describe('a part of the day early in the clause: the day just told', () => {
  const day = (text: string, type: string) =>
    extractSentences('kk', text, '2024-07-04')
      .events.filter((e) => e.type === type)
      .map((e) => e.date.edtf);

  it.each(['кешке', 'таңертең', 'түнде', 'кешкісін'])('Мемлекет басшысы %s …', (part) => {
    const text = `2024 жылғы 3 шілдеде Астанада ШЫҰ саммиті басталды. Мемлекет басшысы ${part} баспасөз мәслихатын өткізді.`;
    expect(day(text, 'statement')).toEqual(['2024-07-03']);
  });

  it('"бүгін кешке" keeps its own day', () => {
    const text =
      '2024 жылғы 3 шілдеде Астанада ШЫҰ саммиті басталды. Мемлекет басшысы бүгін кешке баспасөз мәслихатын өткізді.';
    expect(day(text, 'statement')).toEqual(['2024-07-04']);
  });
});
