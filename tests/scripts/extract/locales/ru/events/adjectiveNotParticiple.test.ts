/**
 * Russian: a passive participle's -нн- follows the stem's vowel а, я, е or ё ("подписанный",
 * "утверждённый"); an adjective in -онн- or -инн- ("неконституционным", "традиционной") is no
 * participle, so a ruling whose cue ends in one ("Конституционный суд 5 марта признал закон о
 * выборах неконституционным") is told on its day, not recalled as background with no date. Every
 * subject and verb in gender and number, every ending of the adjective, the passive, three dates;
 * the participles still read as attributes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ASPECT } from '../../../../../../scripts/extract/events/aspect';
import { extractSentences } from '../../../events/extractSentences';

/** What was found unconstitutional (accusative, nominative), its short participle, its ending. */
const OBJECTS = [
  ['закон о выборах', 'Закон о выборах', 'признан', 'ым'],
  ['статью 15 закона', 'Статья 15 закона', 'признана', 'ой'],
  ['положение Налогового кодекса', 'Положение Налогового кодекса', 'признано', 'ым'],
  ['отдельные нормы закона', 'Отдельные нормы закона', 'признаны', 'ыми'],
] as const;
const SUBJECTS = [
  'Конституционный суд признал',
  'Коллегия Конституционного суда признала',
  'Собрание судей признало',
  'Судьи Конституционного суда признали',
];
const DATES = [
  ['5 марта', '2025-03-05'],
  ['в пятницу', '2025-03-07'],
  ['12 февраля 2019 года', '2019-02-12'],
] as const;

const rulings = (s: string) =>
  extractSentences('ru', `Текст.\n\n${s}`, '2025-03-12')
    // (The assembly of judges' finding is titled by it: "The Assembly of Judges rules …".)
    .events.filter((e) => / rules on /u.test(e.title.en))
    .map((e) => `${e.type} ${e.date.edtf}`);

describe('Russian: a ruling that ends in an adjective in -онн- is told on its day', () => {
  const active = SUBJECTS.flatMap((who) => {
    const [subject, verb] = [who.replace(/ \S+$/u, ''), who.replace(/^.* /u, '')];
    return OBJECTS.flatMap(([acc, , , e]) =>
      DATES.map(([d, day]) => ({ s: `${subject} ${d} ${verb} ${acc} неконституционн${e}.`, day })),
    );
  });
  const passive = OBJECTS.flatMap(([, nom, short, e]) =>
    DATES.map(([d, day]) => ({ s: `${nom} ${d} ${short} неконституционн${e}.`, day })),
  );
  it.each([...active, ...passive])('$s', ({ s, day }) => {
    expect(rulings(s)).toEqual([`other ${day}`]);
  });
});

describe('Russian: what reads as an attribute', () => {
  const endings = ['ый', 'ая', 'ое', 'ые', 'ых', 'ым', 'ыми', 'ой', 'ую', 'ого', 'ому'];
  const participles = ['подписанн', 'принят', 'утвержденн', 'внесённ', 'избранн', 'рассмотренн'];
  const adjectives = ['неконституционн', 'традиционн', 'революционн', 'длинн'];
  it.each(participles.flatMap((p) => endings.map((e) => `${p}${e} закон`)))(
    'a participle: %s',
    (w) => expect(ASPECT.ru.attributive.test(w)).toBe(true),
  );
  it.each(adjectives.flatMap((a) => endings.map((e) => `${a}${e} закон`)))(
    'an adjective: %s',
    (w) => expect(ASPECT.ru.attributive.test(w)).toBe(false),
  );
});
