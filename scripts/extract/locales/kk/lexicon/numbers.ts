/** Kazakh cardinal number words (stems) and the case endings they take in counts. */
// prettier-ignore
export const KK_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['бір', 1], ['екі', 2], ['үш', 3], ['төрт', 4], ['бес', 5], ['алты', 6], ['жеті', 7],
  ['сегіз', 8], ['тоғыз', 9], ['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40],
  ['елу', 50], ['алпыс', 60], ['жетпіс', 70], ['сексен', 80], ['тоқсан', 90], ['жүз', 100],
  ['мың', 1000], ['миллион', 1e6], ['млн', 1e6], ['миллиард', 1e9], ['млрд', 1e9],
]);

/**
 * Endings seen on counted numbers: `399-ға жуық`, `130-дан астам`, `жүздің үстінде`, `мыңдай`.
 * Only one ending, from this closed list: `бірнеше` ("several") must not read as бір + -неше.
 */
// prettier-ignore
export const KK_NUMBER_ENDINGS: ReadonlySet<string> = new Set([
  '', 'ға', 'ге', 'қа', 'ке', 'а', 'е', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ның', 'нің', 'дың', 'дің',
  'тың', 'тің', 'ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'н', 'да', 'де', 'та', 'те', 'дай', 'дей', 'тай', 'тей',
  'ыншы', 'інші', 'ншы', 'нші',
]);

/** Endings that make a number approximate by themselves (`мыңдай адам` "about a thousand"). */
export const KK_APPROX_ENDINGS: ReadonlySet<string> = new Set(['дай', 'дей', 'тай', 'тей']);

/** Ordinal endings: `екінші`, `22-ші` are ranks, not counts. */
export const KK_ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['ыншы', 'інші', 'ншы', 'нші']);
