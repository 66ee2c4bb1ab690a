import type { Season, Unit } from '../../../dates/reading';

/** Month stems in the nominative; forms are found with isKkForm. */
export const KK_MONTHS: ReadonlyMap<string, number> = new Map([
  ['қаңтар', 1],
  ['ақпан', 2],
  ['наурыз', 3],
  ['сәуір', 4],
  ['мамыр', 5],
  ['маусым', 6],
  ['шілде', 7],
  ['тамыз', 8],
  ['қыркүйек', 9],
  ['қыркүйег', 9], // қыркүйегінде: k softens to g before a vowel
  ['қазан', 10],
  ['қараша', 11],
  ['желтоқсан', 12],
  // Russian names, common in spoken Kazakh and taking Kazakh endings ("март айында", "январьдың").
  ['январь', 1],
  ['февраль', 2],
  ['март', 3],
  ['апрель', 4],
  ['май', 5], // also "oil" and "small" (майда): needs date context, see kkMonthInContext
  ['июнь', 6],
  ['июль', 7],
  ['август', 8],
  ['сентябрь', 9],
  ['октябрь', 10],
  ['ноябрь', 11],
  ['декабрь', 12],
]);

/** Number words: units, tens, hundred, thousand (ordinal stems such as "қырқ" included). */
export const KK_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['бір', 1],
  ['екі', 2],
  ['үш', 3],
  ['төрт', 4],
  ['бес', 5],
  ['алты', 6],
  ['жеті', 7],
  ['сегіз', 8],
  ['тоғыз', 9],
  ['он', 10],
  ['жиырма', 20],
  ['отыз', 30],
  ['қырық', 40],
  ['қырқ', 40],
  ['елу', 50],
  ['алпыс', 60],
  ['жетпіс', 70],
  ['сексен', 80],
  ['тоқсан', 90],
  ['жүз', 100],
  ['мың', 1000],
]);

/** Time units. "жұма" is a week only after a number ("3 жұма бұрын"); alone it is Friday. */
export const KK_UNITS: ReadonlyMap<string, Unit> = new Map([
  ['жыл', 'Y'],
  ['ай', 'M'],
  ['апта', 'W'],
  ['жұма', 'W'],
  ['күн', 'D'],
  ['тәулік', 'D'],
  ['ғасыр', 'C'],
  ['тоқсан', 'Q'],
  ['сағат', 'H'],
  ['минут', 'MIN'],
  ['жас', 'Y'],
]);

/**
 * A season noun's forms that are only ever the season: every case, the attributive "-гі" and
 * "-дегі", and the possessive ("2025 жылдың көктеміне", "өткен жылдың күзінен") with its cases.
 * Left out: the instrumental, and forms that are other words, "жазды"/"жазу" (wrote, to write),
 * "қысты" (squeezed), "қысқа" (short).
 */
function seasonForms(stem: string, front: boolean, voiceless: boolean): string[] {
  const [a, y, g, k] = front ? ['е', 'і', 'г', 'к'] : ['а', 'ы', 'ғ', 'қ'];
  const nasal = /[мнң]$/u.test(stem);
  const d = voiceless ? 'т' : 'д';
  const poss = stem + y;
  return [
    stem,
    `${stem}${nasal ? 'н' : d}${y}ң`,
    `${stem}${voiceless ? k : g}${a}`,
    `${stem}${d}${y}`,
    `${stem}${d}${a}`,
    `${stem}${nasal ? 'н' : d}${a}н`,
    `${stem}${d}${a}${g}${y}`,
    `${stem}${voiceless ? k : g}${y}`,
    poss,
    `${poss}н${y}ң`,
    `${poss}н${a}`,
    `${poss}н`,
    `${poss}нд${a}`,
    `${poss}н${a}н`,
    `${poss}нд${a}${g}${y}`,
  ];
}
const NOT_SEASONS = new Set(['жазды', 'қысты', 'қысқа']);

export const KK_SEASONS: ReadonlyMap<string, Season> = new Map([
  ...(
    [
      ['көктем', true, false, 'SP'],
      ['жаз', false, false, 'SU'],
      ['күз', true, false, 'FA'],
      ['қыс', false, true, 'WI'],
    ] as const
  ).flatMap(([stem, front, voiceless, season]) =>
    seasonForms(stem, front, voiceless)
      .filter((w) => !NOT_SEASONS.has(w))
      .map((w) => [w, season] as const),
  ),
  ...(['күздік', 'қыстыгүні'] as const).map((w) => [w, w === 'күздік' ? 'FA' : 'WI'] as const),
]);

export const KK_WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['дүйсенбі', 1],
  ['сейсенбі', 2],
  ['сәрсенбі', 3],
  ['бейсенбі', 4],
  ['сенбі', 6],
  ['жексенбі', 7],
]);

/** Words before a unit that place it relative to now: offset in units (undefined: no shift). */
export const KK_MODIFIERS = new Map<string, number | 'last' | 'next' | 'that'>([
  ['өткен', -1],
  ['былтырғы', -1],
  ['келесі', 1],
  ['келер', 1],
  ['алдағы', 'next'],
  ['ендігі', 1],
  ['осы', 0],
  ['ағымдағы', 0],
  ['үстіміздегі', 0], // "үстіміздегі жылдың": the current year, the one we are in
  ['биылғы', 0],
  ['соңғы', 'last'],
  ['кейінгі', 'last'],
  // "алғашқы" (first) names a calendar part ("алғашқы тоқсанда"); "сол" (that) joins only "сол
  // күні" (that day): elsewhere it stays outside the date ("Сол екі-үш жылда": "екі-үш жылда").
  ['сол', 'that'],
  // "ол күні" (that day), as "сол күні"; never "ол күні бойы" (he, all day long).
  ['ол', 'that'],
  ['алғашқы', 'that'],
]);

/** Words after an expression that belong to it (KazNERD spans include them; not "қарсаңында",
 * on the eve of, which KazNERD leaves outside the date it relates to). */
export const KK_POSTPOSITIONS: ReadonlyMap<string, { shift?: -1 | 1; mod?: string; dir?: 'past' }> =
  new Map([
    ['дейін', {}],
    ['дейн', {}], // a frequent misspelling in transcripts
    ['дейінгі', {}],
    ['шейін', {}],
    ['бері', { dir: 'past' }], // "since": the date is behind the text
    ['бергі', { dir: 'past' }],
    ['бойы', {}],
    ['бойына', {}],
    ['бойғы', {}],
    ['ішінде', {}],
    ['ішіндегі', {}],
    ['ішінен', {}],
    ['аралығында', {}],
    ['аралығындағы', {}],
    ['бұрын', { shift: -1 }],
    ['бұрынғы', { shift: -1 }],
    ['кейін', { shift: 1 }],
    ['соң', { shift: 1 }],
    ['өткен соң', { shift: 1 }],
    ['жуық', { mod: 'APPROX' }],
    ['шамасында', { mod: 'APPROX' }],
    ['астам', { mod: 'MORE_THAN' }],
    ['аса', { mod: 'MORE_THAN' }],
  ]);

/** Parts of a period after a genitive: "жылдың басында" (start of the year). */
export const KK_PARTS: ReadonlyMap<string, string> = new Map([
  ['бас', 'START'],
  ['соң', 'END'],
  ['аяғ', 'END'],
  ['аяқ', 'END'],
  ['орта', 'MID'],
  ['жарты', 'MID'],
]);

/**
 * The day after tomorrow, "бүрсігүні" (spelt also "бүрсүгүні", "бүрсікүні"), in each of its forms:
 * "бүрсігүнгі отырыс", "бүрсігүнге дейін".
 */
export const KK_DAY_AFTER_TOMORROW = ['бүрсігүн', 'бүрсүгүн', 'бүрсікүн'];
