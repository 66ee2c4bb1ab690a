import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * Paradigms generated from Kazakh phonology, independently of the tagger's own suffix grammar:
 * every month in every case, possessive + case and attributive form, in the word orders news
 * uses. Each form must be tagged with the right value and the whole phrase as its span.
 */
const MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
]; // prettier-ignore

const isFront = (w: string) => /[әеөүі][^аоұыәеөүі]*$/u.test(w);
const VOWEL = /[аоұыәеөүіеуи]$/u;
const VOICELESS = /[кқпстшфхцч]$/u;
const NASAL = /[мнң]$/u;

/** Suffixes chosen by harmony (back/front) and the stem's last sound, as grammars teach them. */
function caseForms(stem: string): Record<string, string> {
  const f = isFront(stem);
  const [a, y, g, k] = f ? ['е', 'і', 'г', 'к'] : ['а', 'ы', 'ғ', 'қ'];
  const vowel = VOWEL.test(stem);
  const voiceless = VOICELESS.test(stem);
  const nasal = NASAL.test(stem);
  const soft = stem.replace(/к$/u, 'г').replace(/қ$/u, 'ғ'); // к → г before a vowel
  const gen = vowel || nasal ? `н${y}ң` : voiceless ? `т${y}ң` : `д${y}ң`;
  const dat = voiceless ? `${k}${a}` : `${g}${a}`;
  const acc = vowel ? `н${y}` : voiceless ? `т${y}` : `д${y}`;
  const loc = voiceless ? `т${a}` : `д${a}`;
  const abl = nasal ? `н${a}н` : voiceless ? `т${a}н` : `д${a}н`;
  const ins = voiceless ? 'пен' : /[зж]$/u.test(stem) ? 'бен' : 'мен';
  const poss = vowel ? `${stem}с${y}` : `${soft}${y}`;
  return {
    nominative: stem,
    genitive: stem + gen,
    dative: stem + dat,
    accusative: stem + acc,
    locative: stem + loc,
    ablative: stem + abl,
    instrumental: stem + ins,
    'locative + attributive': `${stem}${loc}${g}${y}`,
    possessive: poss,
    'possessive + genitive': `${poss}н${y}ң`,
    'possessive + dative': `${poss}н${a}`,
    'possessive + accusative': `${poss}н`,
    'possessive + locative': `${poss}нд${a}`,
    'possessive + ablative': `${poss}н${a}н`,
    'possessive + locative + attributive': `${poss}нд${a}${g}${y}`,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const FORMS = MONTHS.flatMap((m, k) =>
  Object.entries(caseForms(m)).map(([name, form]) => ({ month: k + 1, name, form })),
);

function only(text: string, dct?: string) {
  const found = tagDates(text, { lang: 'kk', ...(dct && { dct }) });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('tagDates on generated Kazakh month paradigms', () => {
  it('generates 12 months × 15 forms, all distinct', () => {
    expect(new Set(FORMS.map((f) => f.form)).size).toBe(180);
  });

  it.each(FORMS)('"2023 жылғы 19 $form" ($name) is 2023-MM-19, whole phrase', ({ month, form }) => {
    const text = `2023 жылғы 19 ${form}`;
    expect(only(text)).toMatchObject({ text, value: `2023-${pad(month)}-19` });
  });

  it.each(FORMS)('"2022 жылдың 5 $form" ($name) is 2022-MM-05', ({ month, form }) => {
    const text = `2022 жылдың 5 ${form}`;
    expect(only(text)).toMatchObject({ text, value: `2022-${pad(month)}-05` });
  });

  // A month after a year is that year's month in every form ("2022 жылдың маусымында" is June
  // 2022, though "маусымы" alone is mostly a season of work).
  it.each(FORMS)('"2022 жылдың $form", "2023 жылғы $form" ($name) name the month', ({ month, form }) => {
    expect(only(`2022 жылдың ${form}`)).toMatchObject({ text: `2022 жылдың ${form}`, value: `2022-${pad(month)}` });
    expect(only(`2023 жылғы ${form}`)).toMatchObject({ text: `2023 жылғы ${form}`, value: `2023-${pad(month)}` });
  }); // prettier-ignore

  it.each(FORMS)('"19 $form" ($name) takes its year from the DCT', ({ month, form }) => {
    const text = `19 ${form}`;
    expect(only(text, '2023-06-15')).toMatchObject({ text, value: `2023-${pad(month)}-19` });
    expect(only(text)).toMatchObject({ text, value: `XXXX-${pad(month)}-19`, anchor: 'none' });
  });

  it.each(MONTHS.map((m, k) => ({ m, month: k + 1 })))(
    'the day after a genitive month in ordinal forms: "$m…ның 5-і", "бесінші", "19-ында"',
    ({ m, month }) => {
      const genitive = caseForms(m).genitive;
      for (const [day, n] of [
        ['5-і', 5], ['5-ші', 5], ['5-інде', 5], ['бесінші', 5], ['19-ы', 19], ['19-ында', 19],
        ['он тоғызыншы', 19],
      ] as const) {
        const text = `2024 жылғы ${genitive} ${day}`;
        expect(only(text)).toMatchObject({ text, value: `2024-${pad(month)}-${pad(n)}` });
      }
    },
  ); // prettier-ignore

  it.each(MONTHS.map((m, k) => ({ m, month: k + 1 })))(
    '"$m айының 19-ы", "$m айында", "$m айынан бері" name the month with the word "ай"',
    ({ m, month }) => {
      expect(only(`${m} айының 19-ы`, '2023-06-15')).toMatchObject({
        text: `${m} айының 19-ы`,
        value: `2023-${pad(month)}-19`,
      });
      expect(only(`2021 жылдың ${m} айында`).value).toBe(`2021-${pad(month)}`);
      expect(only(`${m} айынан бері`, '2023-12-31').value).toBe(`2023-${pad(month)}`);
    },
  );
});

describe('tagDates on a month in the locative followed by "бұрынғы", "кейін", "соң"', () => {
  // The postposition governs the ablative, not the locative: "3 сәуірде бұрынғы әкімді" is "on 3
  // April, the former akim"; "3 сәуірден кейін" is "after 3 April".
  const LOCATIVES = FORMS.filter(
    (f) => f.name === 'locative' || f.name === 'possessive + locative',
  );
  const ABLATIVES = FORMS.filter(
    (f) => f.name === 'ablative' || f.name === 'possessive + ablative',
  );
  it.each(['бұрынғы', 'бұрын', 'кейін', 'соң'])(
    '5 <month, locative> %s: the date alone',
    (post) => {
      for (const { form } of LOCATIVES)
        expect(only(`5 ${form} ${post} әкім`, '2023-06-15').text).toBe(`5 ${form}`);
    },
  );
  it.each(['бұрын', 'кейін'])('5 <month, ablative> %s: the whole phrase', (post) => {
    for (const { form } of ABLATIVES)
      expect(only(`5 ${form} ${post} әкім`, '2023-06-15').text).toBe(`5 ${form} ${post}`);
  });
});

describe('tagDates on the forms of the year word', () => {
  // prettier-ignore
  const YEAR_FORMS = ['жыл', 'жылы', 'жылғы', 'жылдың', 'жылға', 'жылдан', 'жылда', 'жылды',
    'жылмен', 'жылдан бері', 'жылға дейін', 'жылдағы', 'ж.'];
  it.each(YEAR_FORMS)('"2022 %s" is 2022 (digits, ordinal digits and words)', (form) => {
    for (const year of ['2022', '2022-ші', '2022-нші', 'екі мың жиырма екінші']) {
      const text = `${year} ${form}`;
      expect(only(text)).toMatchObject({ text, value: '2022' });
    }
  });

  it('reads the year, month and day in every order news writes them', () => {
    const dct = '2023-06-15';
    // prettier-ignore
    const CASES: [string, string][] = [
      ['2023 жылғы 19 наурызға', '2023-03-19'],
      ['наурыздың 19-ы', '2023-03-19'],
      ['19 наурыз', '2023-03-19'],
      ['2022 жылдың 5 маусымында', '2022-06-05'],
      ['2022 жылы 5 маусымда', '2022-06-05'],
      ['2022 жылғы маусымның 5-і', '2022-06-05'],
      ['5 маусым 2022 жыл', '2022-06-05'],
      ['05 маусым 2022', '2022-06-05'],
    ];
    for (const [text, value] of CASES) expect(only(text, dct)).toMatchObject({ text, value });
  });
});

describe('tagDates on a month after a modifier, named with "айында" or "айының" and its part', () => {
  // Published 10 May 2024: last, next and this month of each name.
  const DCT = '2024-05-10';
  const MODIFIERS: Array<[string, (month: number) => number]> = [
    ['өткен', (m) => (m < 5 ? 2024 : 2023)],
    ['келесі', (m) => (m > 5 ? 2024 : 2025)],
  ];
  const cases = MODIFIERS.flatMap(([mod, yearOf]) =>
    MONTHS.flatMap((m, k) => [
      { phrase: `${mod} ${m} айында`, value: `${yearOf(k + 1)}-${String(k + 1).padStart(2, '0')}` },
      ...['басында', 'ортасында', 'соңында'].map((part) => ({
        phrase: `${mod} ${m} айының ${part}`,
        value: `${yearOf(k + 1)}-${String(k + 1).padStart(2, '0')}`,
      })),
    ]),
  );
  it.each(cases)('"$phrase" is one span in $value', ({ phrase, value }) => {
    const text = `Жиын ${phrase} өтті.`;
    const t = tagDates(text, { lang: 'kk', dct: DCT });
    expect(t.map((x) => [x.text, x.value.slice(0, 7)])).toEqual([[phrase, value]]);
  });
  // "осы қаңтар айына": for this January (an amount's month), the month word stays out.
  it('"осы қаңтар айына 16 миллиард" keeps "айына" out of the span', () => {
    const t = tagDates('Жалпы осы қаңтар айына 16 миллиард теңге бөлінді.', {
      lang: 'kk',
      dct: DCT,
    });
    expect(t.map((x) => x.text)).toEqual(['осы қаңтар']);
  });
});

/*
 * Seasons in every case and possessive form, generated by the same phonology. Left out are the
 * forms that are other words ("жазды", wrote; "қысты", squeezed; "қысқа", short) and the
 * instrumental, which news does not use of a season.
 */
const SEASONS = [
  ['көктем', 'SP'],
  ['жаз', 'SU'],
  ['күз', 'FA'],
  ['қыс', 'WI'],
] as const;
const OTHER_WORDS = new Set(['жазды', 'қысты', 'қысқа']);
const SEASON_FORMS = SEASONS.flatMap(([stem, season]) =>
  Object.entries(caseForms(stem))
    .filter(([name, form]) => name !== 'instrumental' && !OTHER_WORDS.has(form))
    .map(([name, form]) => ({ season, name, form })),
);

describe('tagDates on generated Kazakh season paradigms', () => {
  it('generates 4 seasons × 14 forms less the 3 that are other words', () => {
    expect(new Set(SEASON_FORMS.map((f) => f.form)).size).toBe(53);
  });

  it.each(SEASON_FORMS)(
    '"2021 жылдың $form" ($name) is that year\'s season',
    ({ season, form }) => {
      const text = `2021 жылдың ${form}`;
      expect(only(text)).toMatchObject({ text, value: `2021-${season}` });
    },
  );

  it.each(SEASON_FORMS)('"биылғы $form" ($name) is this year\'s season in any tense', ({ season, form }) => {
    expect(only(`биылғы ${form} сайлау өтеді`, '2024-06-10')).toMatchObject({ value: `2024-${season}` });
    expect(only(`былтырғы ${form} сайлау өтті`, '2024-06-10')).toMatchObject({ value: `2023-${season}` });
  }); // prettier-ignore
});

describe('a season after a relative year in the same sentence', () => {
  it('"биыл көктемде" is this spring, "былтыр күзде" last autumn, whatever the tense', () => {
    const [, spring] = tagDates('Биыл көктемде сайлау өтеді.', { lang: 'kk', dct: '2024-06-10' });
    expect(spring).toMatchObject({ text: 'көктемде', value: '2024-SP' });
    const [, autumn] = tagDates('Былтыр күзде сайлау өтті.', { lang: 'kk', dct: '2024-06-10' });
    expect(autumn).toMatchObject({ text: 'күзде', value: '2023-FA' });
  });
});

describe('a season adjective is its season, a weekday in apposition its day', () => {
  it('"көктемгі егіс", "күзгі сессия": the adjective alone; after a year or "биылғы" one date', () => {
    for (const adj of ['көктемгі', 'жазғы', 'күзгі', 'қысқы'])
      expect(tagDates(`Үкімет ${adj} егіс науқанын талқылады.`, { lang: 'kk', dct: '2025-02-09' }).map((t) => t.text)).toEqual([adj]); // prettier-ignore
    expect(only('2025 жылғы күзгі сессия ашылды', '2025-02-09')).toMatchObject({
      value: '2025-FA',
    });
    expect(only('Биылғы көктемгі сессия ашылды', '2025-02-09')).toMatchObject({ value: '2025-SP' });
  });

  it('"Жұма, 7 ақпан" is Friday the 7th; "Жұма Ахметов" is a name', () => {
    const [friday, day] = tagDates('Жұма, 7 ақпан', { lang: 'kk', dct: '2025-02-09' });
    expect(friday).toMatchObject({ text: 'Жұма', value: '2025-02-07' });
    expect(day).toMatchObject({ text: '7 ақпан', value: '2025-02-07' });
    expect(tagDates('Жұма Ахметов келді.', { lang: 'kk', dct: '2025-02-09' })).toEqual([]);
  });
});
