/**
 * Measures of a day of their own, in Kazakh: the central bank's rate decision, a ban imposed,
 * diplomats expelled or declared persona non grata. Each is an `other` event titled by who did
 * what, over subjects, the verb's past, perfect (with "болатын"), intention and passive, and
 * dates; the same words in no act (the verbal noun of a proposal, the present of a standing rule,
 * a sanction on a person, a tax's rate, a negation) give none. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

/** Published after the day for what is done, before it for what will be. */
const titles = (text: string, future = false) =>
  extractSentences('kk', text, future ? '2025-01-20' : '2025-03-12').events.map(
    (e) => `${e.id} ${e.title.en}`,
  );
const ids = (text: string) => extractSentences('kk', text, '2025-03-12').events.map((e) => e.id);

const DAYS = [
  ['7 наурызда', '2025-03-07'],
  ['12 ақпанда', '2025-02-12'],
  ['28 қаңтарда', '2025-01-28'],
] as const;

describe('a rate decision', () => {
  /** The figure's phrase, the verb and the title's words. */
  const MOVES = [
    ['16,5 пайызға дейін', 'көтерді', 'raises the base rate to 16.5%'],
    ['16,5%-ға дейін', 'көтерді', 'raises the base rate to 16.5%'],
    ['16,5 пайызға дейін', 'көтерген болатын', 'raises the base rate to 16.5%'],
    ['15 пайызға дейін', 'төмендетті', 'cuts the base rate to 15%'],
    ['15,25 пайызға дейін', 'төмендеткен болатын', 'cuts the base rate to 15.25%'],
    ['15,25 пайыз деңгейінде', 'сақтады', 'keeps the base rate at 15.25%'],
    ['15,25 пайыз деңгейінде', 'сақтап қалды', 'keeps the base rate at 15.25%'],
    ['15,25 пайыз деңгейінде', 'өзгеріссіз қалдырды', 'keeps the base rate at 15.25%'],
  ] as const;
  it.each(MOVES.flatMap(([fig, v, en]) => DAYS.map(([d, day]) => [d, fig, v, en, day])))(
    'Ұлттық банк %s базалық мөлшерлемені %s %s',
    (d, fig, verb, en, day) =>
      expect(titles(`Ұлттық банк ${d} базалық мөлшерлемені ${fig} ${verb}.`)).toContain(
        `${day}-other-rate The National Bank ${en}`,
      ),
  );
  it.each([
    ['көтермек', 'to raise the base rate to 16.5%', '16,5 пайызға дейін'],
    ['төмендетпек', 'to cut the base rate to 15%', '15 пайызға дейін'],
  ])('Ұлттық банк 7 ақпанда базалық мөлшерлемені … %s', (verb, en, fig) =>
    expect(titles(`Ұлттық банк 7 ақпанда базалық мөлшерлемені ${fig} ${verb}.`, true)).toContain(
      `2025-02-07-other-rate The National Bank ${en}`,
    ),
  );
  /** The passive, the rate its subject. */
  it.each(
    [
      ['16,5 пайызға дейін көтерілді', 'is raised to 16.5%'],
      ['15 пайызға дейін төмендетілді', 'is cut to 15%'],
      ['15,25 пайыз деңгейінде сақталды', 'is kept at 15.25%'],
    ].flatMap(([v, en]) => DAYS.map(([d, day]) => [d, v, en, day])),
  )('Базалық мөлшерлеме %s %s', (d, verb, en, day) =>
    expect(titles(`Базалық мөлшерлеме ${d} ${verb}.`)).toContain(
      `${day}-other-rate The base rate ${en}`,
    ),
  );
  it.each([
    'ҚҚС мөлшерлемесі 7 наурызда 16 пайызға дейін көтерілді.',
    'Ұлттық банк 7 наурызда базалық мөлшерлемені көтермеді.',
    'Базалық мөлшерлемені көтеру мәселесі талқылануда.',
  ])('%s → no rate decision', (text) =>
    expect(ids(text).filter((k) => k.includes('-rate'))).toEqual([]),
  );
});

describe('a ban imposed', () => {
  const SUBJECTS = [
    ['Үкімет', 'The Government'],
    ['Энергетика министрлігі', 'The Ministry of Energy'],
    ['Ауыл шаруашылығы министрлігі', 'The Ministry of Agriculture'],
  ] as const;
  /** What is banned (the dative), and the title's word for it. */
  const GOODS = [
    ['бензин экспортына', 'exports'],
    ['малды елден әкетуге', 'exports'],
    ['қант импортына', 'imports'],
    ['етті елге әкелуге', 'imports'],
  ] as const;
  const VERBS = ['тыйым салды', 'тыйым салған болатын', 'уақытша тыйым салды'];
  it.each(
    SUBJECTS.flatMap(([s, en]) =>
      GOODS.flatMap(([what, goods]) =>
        VERBS.flatMap((v) =>
          DAYS.map(([d, day]) => [
            `${s} ${d} ${what} ${v}.`,
            `${day}-other-ban ${en} bans ${goods}`,
          ]),
        ),
      ),
    ),
  )(
    // prettier-ignore
    '%s',
    (text, want) => expect(titles(text)).toContain(want),
  );
  it.each(
    ['тыйым салынды', 'тыйым салынған болатын', 'тыйым салынған'].flatMap(
      (v) =>
      DAYS.map(([d, day]) => [`${d} бензинді елден әкетуге ${v}.`, `${day}-other-ban Exports are banned`]), // prettier-ignore
    ),
  )('%s', (text, want) => expect(titles(text)).toContain(want));
  it('Үкімет 7 ақпанда … тыйым салмақ (ahead)', () =>
    expect(titles('Үкімет 7 ақпанда бензин экспортына тыйым салмақ.', true)).toContain(
      '2025-02-07-other-ban The Government to ban exports',
    ));
  it.each([
    'Бензин экспортына тыйым салу ұсынылды.',
    'Темекі шегуге тыйым салу мәселесі талқылануда.',
    'Сот 5 наурызда оған мемлекеттік қызметте жұмыс істеуге тыйым салды.',
    'Ата Заңда өлім жазасына тыйым салынады.',
    'Үкімет 5 наурызда бензин экспортына тыйым салмады.',
    '5 наурызда референдум өтті: туыстарына лауазым атқаруға тыйым салынды.',
  ])('%s → no ban', (text) => expect(ids(text).filter((k) => k.includes('-ban'))).toEqual([]));
});

describe('diplomats expelled', () => {
  /** Whom (the accusative), and whether the title counts one or several. */
  const WHOM = [
    ['екі дипломатты', 'diplomats'],
    ['ресейлік дипломаттарды', 'diplomats'],
    ['ресейлік дипломатты', 'a diplomat'],
    ['елшіні', 'a diplomat'],
  ] as const;
  const VERBS = [
    ['елден шығарды', 'expels'],
    ['елден шығарған болатын', 'expels'],
    ['персона нон грата деп жариялады', 'declares'],
    ['персона нон грата деп таныды', 'declares'],
  ] as const;
  // prettier-ignore
  const CASES = WHOM.flatMap(([whom, en]) => VERBS.flatMap(([v, does]) => DAYS.map(([d, day]) => [`Сыртқы істер министрлігі ${d} ${whom} ${v}.`, `${day}-other-expulsion The Ministry of Foreign Affairs ${does} ${en}${does === 'declares' ? ' persona non grata' : ''}`])));
  it.each(CASES)('%s', (text, want) => expect(titles(text)).toContain(want));
  it.each([
    [
      '5 наурызда екі дипломат елден шығарылды.',
      '2025-03-05-other-expulsion Diplomats are expelled',
    ],
    ['5 наурызда дипломат персона нон грата деп жарияланды.', '2025-03-05-other-expulsion A diplomat is declared persona non grata'], // prettier-ignore
  ])('%s', (text, want) => expect(titles(text)).toContain(want));
  it.each([
    'Сыртқы істер министрлігі 5 наурызда дипломаттарды елден шығармады.',
    'Дипломаттарды елден шығару мәселесі талқылануда.',
  ])('%s → no expulsion', (text) =>
    expect(ids(text).filter((k) => k.includes('-expulsion'))).toEqual([]),
  );
});
