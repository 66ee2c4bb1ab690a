import type { Season, Unit } from '../../../dates/reading';
import type { Token } from '../../../dates/tokenize';

// prettier-ignore
const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^январ(?:ь|я|е|ём|ем|ю)$/u, 1], [/^феврал(?:ь|я|е|ём|ем|ю)$/u, 2], [/^март(?:а|е|ом|у)?$/u, 3],
  [/^апрел(?:ь|я|е|ем|ю)$/u, 4], [/^ма(?:й|я|е|ем|ю)$/u, 5], [/^июн(?:ь|я|е|ем|ю)$/u, 6],
  [/^июл(?:ь|я|е|ем|ю)$/u, 7], [/^август(?:а|е|ом|у)?$/u, 8], [/^сентябр(?:ь|я|е|ём|ем|ю)$/u, 9],
  [/^октябр(?:ь|я|е|ём|ем|ю)$/u, 10], [/^ноябр(?:ь|я|е|ём|ем|ю)$/u, 11], [/^декабр(?:ь|я|е|ём|ем|ю)$/u, 12],
];

// prettier-ignore
const UNITS: ReadonlyArray<[RegExp, Unit]> = [
  [/^(?:год|года|году|годом|годы|годах|годов|годам|лет)$/u, 'Y'], [/^месяц(?:а|у|ем|е|ы|ев|ах|ам)?$/u, 'M'],
  [/^недел(?:я|и|е|ю|ь|ям|ях)$/u, 'W'], [/^(?:день|дня|дню|днём|дни|дней|днях|сутки|суток)$/u, 'D'],
  [/^(?:век|века|веке|веков)$/u, 'C'], [/^квартал(?:а|е|ом)?$/u, 'Q'], [/^час(?:а|ов)?$/u, 'H'],
  [/^минут(?:а|ы|у)?$/u, 'MIN'],
];

// prettier-ignore
const SEASONS: ReadonlyArray<[RegExp, Season]> = [
  [/^(?:весн(?:а|ой|е|у|ы)|весенн\p{L}+)$/u, 'SP'], [/^(?:лет(?:о|а|у|е|ом)|летн\p{L}+)$/u, 'SU'],
  [/^(?:осен(?:ь|ью|и)|осенн\p{L}+)$/u, 'FA'], [/^(?:зим(?:а|ой|е|у|ы)|зимн\p{L}+)$/u, 'WI'],
];

/** Every singular case ("к пятнице", "перед субботой", "в понедельник"); not "среде" nor
 * "средой", which are also "environment" ("в среде экспертов"). */
// prettier-ignore
const WEEKDAYS: ReadonlyArray<[RegExp, number]> = [
  [/^понедельник(?:а|у|ом|е)?$/u, 1], [/^вторник(?:а|у|ом|е)?$/u, 2], [/^сред(?:а|у|ы)$/u, 3],
  [/^четверг(?:а|у|ом|е)?$/u, 4], [/^пятниц(?:а|у|ы|е|ей)$/u, 5], [/^суббот(?:а|у|ы|е|ой)$/u, 6],
  [/^воскресень(?:е|я|ю|ем)$/u, 7],
];

/** Number words in the forms used before units ("три года", "пяти лет"). */
// prettier-ignore
export const RU_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['один', 1], ['одна', 1], ['одного', 1], ['одной', 1], ['два', 2], ['две', 2], ['двух', 2], ['три', 3],
  ['трёх', 3], ['трех', 3], ['четыре', 4], ['четырёх', 4], ['четырех', 4], ['пять', 5], ['пяти', 5],
  ['шесть', 6], ['шести', 6], ['семь', 7], ['семи', 7], ['восемь', 8], ['восьми', 8], ['девять', 9],
  ['девяти', 9], ['десять', 10], ['десяти', 10], ['двадцать', 20], ['двадцати', 20], ['тридцать', 30],
  ['тридцати', 30], ['полтора', 1.5], ['полгода', 0.5],
]);

/** Words before a unit that place it relative to now. */
export const RU_MODIFIERS: ReadonlyArray<[RegExp, number | 'last' | 'next']> = [
  // The adjective's endings only: "прошли", "прошло", "прошла" are the verb (were held), and
  // "Выборы прошли весной этого года" is this year's spring.
  [/^(?:прошл(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом)|минувш\p{L}*|предыдущ\p{L}*)$/u, -1],
  // "в позапрошлом году": the one before last.
  [/^позапрошл(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом)$/u, -2],
  [/^(?:следующ|будущ)\p{L}*$/u, 1],
  [/^(?:эт(?:от|ом|ой|у|ого|ому|им|а)|текущ\p{L}*|нынешн\p{L}*)$/u, 0],
  [/^последн\p{L}*$/u, 'last'],
  [/^ближайш\p{L}*$/u, 'next'],
];

/** Month abbreviations of datelines and tables: "19 мар", "12 ИЮН", "1 сент.". */
const ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['янв', 1], ['фев', 2], ['февр', 2], ['мар', 3], ['апр', 4], ['июн', 6], ['июл', 7], ['авг', 8],
  ['сен', 9], ['сент', 9], ['окт', 10], ['ноя', 11], ['нояб', 11], ['дек', 12],
]); // prettier-ignore

/** An abbreviated month; the caller checks that a day comes before it. */
export const ruMonthAbbreviation = (t: Token | undefined) =>
  t?.kind === 'word' ? ABBREVIATIONS.get(t.low) : undefined;

function find<T>(list: ReadonlyArray<[RegExp, T]>, t: Token | undefined): T | undefined {
  if (t?.kind !== 'word') return undefined;
  return list.find(([re]) => re.test(t.low))?.[1];
}

export const ruMonth = (t: Token | undefined) => find(MONTHS, t);
export const ruUnit = (t: Token | undefined) => find(UNITS, t);
export const ruSeason = (t: Token | undefined) => find(SEASONS, t);
export const ruWeekday = (t: Token | undefined) => find(WEEKDAYS, t);
export const ruModifier = (t: Token | undefined) => find(RU_MODIFIERS, t);

/** The day or a part of it, as "тот же" names it. */
const DAY_OR_PART = 'день|вечер|утро';

/**
 * The day a story has just told: "в тот же день", "в этот же вечер", "в тот день", "тем же утром",
 * "того же дня" (dates/nextDay.ts counts it from that day, as Kazakh "сол күні"). Each phrase is
 * its words' patterns; `afterV`, it stands after "в". "Этот день" alone is the modifier's and the
 * unit's to read ("в этот день" opens a "this day in history" entry too): the same day only where
 * a story tells one, so the relative tagger leaves it (`byModifier`).
 */
export const RU_SAME_DAY: ReadonlyArray<{
  words: readonly string[];
  afterV?: boolean;
  byModifier?: boolean;
}> = [
  { words: ['тот|этот', 'же', DAY_OR_PART], afterV: true },
  { words: ['тот', DAY_OR_PART], afterV: true },
  { words: ['этот', DAY_OR_PART], byModifier: true },
  { words: ['тем', 'же', 'дн[её]м|вечером|утром'] },
  { words: ['того', 'же', 'дня'] },
];

/** A timex whose whole text is one of RU_SAME_DAY (dates/storyDayWords.ts). */
export const RU_SAME_DAY_TEXT = new RegExp(
  `^(?:${RU_SAME_DAY.map((p) => p.words.map((w) => `(?:${w})`).join(String.raw`\s+`)).join('|')})$`,
  'iu',
);

/** The part of a period a word names: "в начале года", "в конце сентября" (TIMEX3 mod). */
const PARTS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:начал[оаеу])$/u, 'START'],
  [/^(?:середин[аеуы])$/u, 'MID'],
  [/^(?:кон(?:ец|ца|цу|це))$/u, 'END'],
];
export const ruPart = (t: Token | undefined) => find(PARTS, t);

/**
 * Stems every Russian date expression has a word of (or else a digit): months, units, seasons,
 * weekdays, deictic and "еже-" words. The taggers only run near such words (findRegions), so
 * a new kind of expression must add its stem here. Matching a stem is enough: Russian text is
 * rarer here than Kazakh, and a false anchor costs only time.
 */
// prettier-ignore
export const RU_ANCHOR_STEMS: readonly string[] = [
  'янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек',
  'год', 'лет', 'мес', 'нед', 'ден', 'дн', 'сут', 'век', 'ква', 'час', 'мин', 'пол',
  'вес', 'осе', 'зим', 'пон', 'вто', 'сре', 'чет', 'пят', 'суб', 'вос',
  'сег', 'вче', 'поз', 'зав', 'пос', 'нын', 'сей', 'теп', 'еже', 'сто', 'нак', 'нау', 'вых',
  'веч', 'утр', 'чис', 'про',
];

/**
 * A word with an anchor stem that starts a date. Every stem's word may, but for "про", where only
 * "прошлогодний" does: "проект", "процесс", "программа" would each start a needless search.
 */
export const isRuAnchorWord = (low: string) =>
  !low.startsWith('про') || low.startsWith('прошлогод');
