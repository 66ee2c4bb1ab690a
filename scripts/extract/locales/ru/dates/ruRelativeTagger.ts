import type { Reading, Unit } from '../../../dates/reading';
import type { TokenMatch } from '../../../dates/tagger';
import type { Token } from '../../../dates/tokenize';
import { ruDayOfMonthAt } from './ruDayOfMonth';
import {
  RU_NUMBERS,
  RU_SAME_DAY,
  ruModifier,
  ruMonth,
  ruPart,
  ruSeason,
  ruUnit,
  ruWeekday,
} from './ruLexicon';

// prettier-ignore
const DEICTIC: ReadonlyArray<[RegExp, Reading]> = [
  [/^сегодня(?:шн\p{L}*)?$/u, { kind: 'rel', unit: 'D', offset: 0 }],
  [/^вчера(?:шн\p{L}*)?$/u, { kind: 'rel', unit: 'D', offset: -1 }],
  [/^позавчера(?:шн\p{L}*)?$/u, { kind: 'rel', unit: 'D', offset: -2 }],
  [/^завтра(?:шн\p{L}*)?$/u, { kind: 'rel', unit: 'D', offset: 1 }],
  [/^послезавтра(?:шн\p{L}*)?$/u, { kind: 'rel', unit: 'D', offset: 2 }],
  // Last year's, the year before's ("прошлогодние паводки", "позапрошлогодний бюджет"), as
  // "вчерашний" is yesterday's.
  [/^прошлогодн\p{L}*$/u, { kind: 'rel', unit: 'Y', offset: -1 }],
  [/^позапрошлогодн\p{L}*$/u, { kind: 'rel', unit: 'Y', offset: -2 }],
  // The next morning of a story, counted from the day told before (dates/nextDay.ts).
  [/^наутро$/u, { kind: 'rel', unit: 'D', offset: 1 }],
  [/^(?:ныне|сейчас|нынче|теперь)$/u, { kind: 'ref', ref: 'PRESENT_REF' }],
  [/^ежегодн\p{L}*$/u, { kind: 'set', unit: 'Y' }], [/^ежемесячн\p{L}*$/u, { kind: 'set', unit: 'M' }],
  [/^еженедельн\p{L}*$/u, { kind: 'set', unit: 'W' }], [/^ежедневн\p{L}*$/u, { kind: 'set', unit: 'D' }],
];

function readAmount(tokens: readonly Token[], i: number): { amount?: number; next: number } | null {
  const t = tokens[i];
  if (t?.kind === 'number' && t.text.length <= 3) return { amount: Number(t.text), next: i + 1 };
  if (t?.kind === 'word' && RU_NUMBERS.has(t.low))
    return { amount: RU_NUMBERS.get(t.low)!, next: i + 1 };
  if (t?.low === 'несколько' || t?.low === 'нескольких') return { next: i + 1 };
  return null;
}

/**
 * Russian relative dates, durations and sets: "сегодня", "в прошлом году", "на этой неделе",
 * "этой весной", "последние 10 лет", "три года", "через два года", "каждый год", "в среду".
 */
const WEEKEND_OFFSETS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:минувш|прошедш|прошл)(?:ие|их|ые|ых)$/u, -1],
  [/^(?:эти|этих|ближайш(?:ие|их)|предстоящ(?:ие|их)|нынешн(?:ие|их))$/u, 0],
  [/^следующ(?:ие|их)$/u, 1],
];

/** A unit named once, with no number: "неделю", "месяц", "год". */
const SINGLE_UNIT = /^(?:неделю|месяц|год|день)$/u;

const NOT_GENITIVE_AFTER_EVE =
  /^(?:в|во|на|с|со|у|из|по|он|она|они|мы|я|президент|глава|премьер|министр|аким|депутаты|сенаторы|мажилис|сенат|парламент|правительство|партия)$/u;

/**
 * A word that cannot be the genitive of an event after "накануне": a masculine noun in the
 * nominative or a masculine past-tense verb ends in a consonant, and the other past forms end in
 * -ла/-ло/-ли ("Накануне канцлер прибыл", "Накануне Токаев
 * провёл", "накануне сообщил"), while a genitive ends in a vowel ("визита", "выборов" aside: the
 * plural genitives in -ов/-ев/-ей/-ий and the zero-ending "торжеств" are genitives, but a
 * capitalised "Токаев", "Смаилов" is a surname in the nominative).
 */
function nominativeAfterEve(text: string): boolean {
  const word = text.toLowerCase();
  if (/^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)$/u.test(text)) return true;
  return (
    (/[бвгджзйклмнпрстфхцчшщ]$/u.test(word) &&
      !/(?:ов|ев|ёв|ей|ий|ств|ых|их|ок|ек)$/u.test(word)) ||
    /^(?:стало|было|стали|были)$/u.test(word) ||
    // A past verb of another gender or number ends in a vowel: "накануне приняли", "приняла"
    // (not the genitives "начала", "посла", "дела" that share the ending).
    (/^\p{L}{2,}(?:ал|ял|ел|ил|ыл|ул|ла|ло|ли)(?:сь|ся)?$/u.test(word) &&
      /(?:ла|ло|ли|сь|ся)$/u.test(word) &&
      !/^(?:начала|посла|дела|числа|села|тела|стола|мысли|власти|сели|цели|земли|ели|воли|роли|соли)$/u.test(
        word,
      ))
  );
}

/**
 * "На другой день", "на другое утро", "на следующее утро": with "на", "другой" is the day that
 * follows in the story (the older "назавтра"), and a morning after "на" is that day's morning; it
 * counts from the day told before, as "на следующий день" does (dates/nextDay.ts). Without "на",
 * "в другой день" is some other day, no date; the noun is singular: "на другие дни" is none.
 */
// (The adjective agrees with its noun: "другой день", "другое утро"; "следующий день" is read
// with the other modifiers below.)
const NEXT_DAY_AFTER_NA = /^(?:другой день|(?:другое|следующее) утро)$/u;

function nextDayOn(tokens: readonly Token[], i: number): TokenMatch | null {
  const words = `${tokens[i]?.low ?? ''} ${tokens[i + 1]?.low ?? ''}`;
  if (tokens[i - 1]?.low !== 'на' || !NEXT_DAY_AFTER_NA.test(words)) return null;
  return { from: i, to: i + 2, reading: { kind: 'rel', unit: 'D', offset: 1 } };
}

/** The same day a story has just told (RU_SAME_DAY), each word's pattern compiled once. */
const SAME_DAY_PHRASES = RU_SAME_DAY.filter((p) => !p.byModifier).map((p) => ({
  words: p.words.map((w) => new RegExp(`^(?:${w})$`, 'u')),
  afterV: p.afterV === true,
}));

/** Read as a reference, which dates/nextDay.ts counts from the day told before; told of none, now. */
function sameDayAt(tokens: readonly Token[], i: number): TokenMatch | null {
  const phrase = SAME_DAY_PHRASES.find(
    ({ words, afterV }) =>
      (!afterV || tokens[i - 1]?.low === 'в') &&
      words.every((w, k) => w.test(tokens[i + k]?.low ?? '')),
  );
  if (!phrase) return null;
  return { from: i, to: i + phrase.words.length, reading: { kind: 'ref', ref: 'PRESENT_REF' } };
}

// (Not "в конце месяца", which a story tells of the month it is at: "В марте … в конце месяца".)
const PART_OF_UNIT: Record<string, Unit | undefined> = { года: 'Y', недели: 'W' };

export function ruRelativeTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  const t = tokens[i];
  const onNextDay = nextDayOn(tokens, i);
  if (onNextDay) return onNextDay;
  const sameDay = sameDayAt(tokens, i);
  if (sameDay) return sameDay;
  const dayOfMonth = ruDayOfMonthAt(tokens, i);
  if (dayOfMonth) return dayOfMonth;
  const deictic = t?.kind === 'word' ? DEICTIC.find(([re]) => re.test(t.low))?.[1] : undefined;
  if (deictic) return { from: i, to: i + 1, reading: deictic };
  // "получивший отставку накануне," is the day before; "накануне выборов" (on the eve of the
  // election) is relative to the election, so only a "накануне" that ends its phrase is taken.
  // "накануне вечером" (the evening before) is the day before too.
  const after = tokens[i + 1];
  if (
    t?.low === 'накануне' &&
    (after === undefined ||
      after.kind === 'punct' ||
      (after.kind === 'word' &&
        (/^(?:вечером|утром|дн[её]м|ночью)$/u.test(after.low) ||
          // "Накануне в Астане …", "Накануне он …", "Накануне президент подписал": a preposition,
          // a pronoun or the subject's role is not the genitive of an event.
          NOT_GENITIVE_AFTER_EVE.test(after.low) ||
          nominativeAfterEve(after.text))))
  )
    return { from: i, to: i + 1, reading: { kind: 'rel', unit: 'D', offset: -1 } };
  // "в минувшие выходные", "на этих выходных": a weekend, before or of the current week.
  const weekend = WEEKEND_OFFSETS.find(([re]) => re.test(t?.low ?? ''))?.[1];
  if (weekend !== undefined && /^выходн(?:ые|ых)$/u.test(tokens[i + 1]?.low ?? ''))
    return { from: i, to: i + 2, reading: { kind: 'rel', unit: 'WE', offset: weekend } };
  // "до конца года", "в начале года": a part of the current year ("конца 2026 года" is a year);
  // so of the current week ("до конца недели", "в начале недели").
  const part = ruPart(t);
  const partOf = PART_OF_UNIT[tokens[i + 1]?.low ?? ''];
  if (part && partOf)
    return { from: i, to: i + 2, reading: { kind: 'rel', unit: partOf, offset: 0, mod: part } };
  if (t?.kind === 'word' && /^кажд\p{L}*$/u.test(t.low)) {
    const unit = ruUnit(tokens[i + 1]);
    return unit ? { from: i, to: i + 2, reading: { kind: 'set', unit } } : null;
  }
  const later = t?.low === 'через' ? 1 : 0;
  const mod = ruModifier(t);
  const amount = readAmount(tokens, i + (mod !== undefined || later ? 1 : 0));
  const j = amount ? amount.next : i + 1;
  const unit = ruUnit(tokens[j]);
  if (unit && amount) {
    const from = later ? i : i + (mod !== undefined && mod !== 'last' && mod !== 'next' ? 0 : 0);
    if (later)
      return {
        from,
        to: j + 1,
        reading: fromAnotherAct(tokens, j + 1)
          ? { kind: 'dur', unit, amount: amount.amount }
          : { kind: 'shift', unit, amount: amount.amount, direction: 1 },
      };
    return { from, to: j + 1, reading: { kind: 'dur', unit, amount: amount.amount } };
  }
  // One unit with no number: "через неделю", "через год", "год назад"; "неделю спустя", "спустя
  // неделю" (counted from the day the story told, dates/nextDay.ts).
  if (!amount && mod === undefined) {
    const after = t?.low === 'спустя' ? 1 : 0;
    const oneUnit = later || after ? tokens[i + 1] : t;
    const u = SINGLE_UNIT.test(oneUnit?.low ?? '') ? ruUnit(oneUnit) : undefined;
    // (Only days and weeks: a story's day anchors them; "год спустя" cannot be counted so.)
    const short = u === 'D' || u === 'W';
    if (u && (later || (short && (after || tokens[i + 1]?.low === 'спустя'))))
      return {
        from: i,
        to: i + 2,
        reading: fromAnotherAct(tokens, i + 2)
          ? { kind: 'dur', unit: u, amount: 1 }
          : { kind: 'shift', unit: u, amount: 1, direction: 1 },
      };
    if (u && tokens[i + 1]?.low === 'назад')
      return { from: i, to: i + 2, reading: { kind: 'shift', unit: u, amount: 1, direction: -1 } };
  }
  // "спустя четыре дня": the amount after it, as "четыре дня спустя" before it.
  if (t?.low === 'спустя' && !amount) {
    const n = readAmount(tokens, i + 1);
    const u = n ? ruUnit(tokens[n.next]) : undefined;
    if (n && (u === 'D' || u === 'W'))
      return {
        from: i,
        to: n.next + 1,
        reading: { kind: 'shift', unit: u, amount: n.amount, direction: 1 },
      };
  }
  if (mod === undefined) {
    const wd = ruWeekday(t);
    if (!wd) return null;
    // "в среду на следующей неделе", "в пятницу на прошлой неделе": a day of that week.
    const week = weekOffsetAt(tokens, i + 1);
    return week
      ? { from: i, to: week.next, reading: { kind: 'rel', unit: 'W', offset: week.offset, then: { weekday: wd } } } // prettier-ignore
      : { from: i, to: i + 1, reading: { kind: 'cal', parts: { weekday: wd } } };
  }
  const dir = mod === -1 || mod === 'last' ? 'past' : mod === 0 ? undefined : 'future';
  const next = tokens[i + 1];
  const month = ruMonth(next);
  const season = ruSeason(next);
  const weekday = ruWeekday(next);
  const parts = month ? { month } : season ? { season } : weekday ? { weekday } : undefined;
  // (A month or season with its own "last"/"next" is never this one: "в прошлом марте".)
  const strict = dir && !weekday ? { strict: true as const } : {};
  // "этой весной": this year's spring whatever the verb's tense ("Этой весной выборы пройдут"
  // written in May is not next spring). Winter, which spans the new year, is the one under way,
  // else left to the tense.
  if (season && mod === 0 && season !== 'WI')
    return { from: i, to: i + 2, reading: { kind: 'rel', unit: 'Y', offset: 0, then: { season } } };
  if (season && mod === 0)
    return { from: i, to: i + 2, reading: { kind: 'cal', parts: { season }, current: true } };
  if (parts)
    return { from: i, to: i + 2, reading: { kind: 'cal', parts, ...(dir && { dir }), ...strict } };
  if (!unit) return null;
  const offset = offsetOf(mod);
  // "на следующей неделе в среду": that week's Wednesday.
  const dayOfWeek =
    unit === 'W' && offset !== undefined && /^во?$/u.test(tokens[i + 2]?.low ?? '')
      ? ruWeekday(tokens[i + 3])
      : undefined;
  if (dayOfWeek)
    return { from: i, to: i + 4, reading: { kind: 'rel', unit, offset: offset!, then: { weekday: dayOfWeek } } }; // prettier-ignore
  // "в ближайшие месяцы", "в следующие годы": some coming months, not the next one.
  const plural = /(?:ие|их|ими)$/u.test(t?.low ?? '');
  if (plural && (mod === 'next' || mod === 1))
    return { from: i, to: i + 2, reading: { kind: 'ref', ref: 'FUTURE_REF' } };
  const reading: Reading =
    offset === undefined ? { kind: 'ref', ref: 'PAST_REF' } : { kind: 'rel', unit, offset };
  return { from: i, to: i + 2, reading };
}

/** A modifier's offset in its unit ("прошлой" −1, "следующей" +1), if it names one. */
function offsetOf(mod: ReturnType<typeof ruModifier>): number | undefined {
  return typeof mod === 'number' ? mod : mod === 'next' ? 1 : undefined;
}

/** "на следующей неделе" after a weekday: the week's offset and the token after it. */
function weekOffsetAt(
  tokens: readonly Token[],
  i: number,
): { offset: number; next: number } | null {
  if (tokens[i]?.low !== 'на') return null;
  const offset = offsetOf(ruModifier(tokens[i + 1]));
  return offset !== undefined && ruUnit(tokens[i + 2]) === 'W' ? { offset, next: i + 3 } : null;
}

/**
 * "через шесть месяцев после официального опубликования", "через год после выборов": counted from
 * an act the text names, not from today; a span of time, not a date of its own.
 */
function fromAnotherAct(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.low;
  return (
    t === 'после' ||
    ((t === 'с' || t === 'со') && /^(?:момента|даты|дня)$/u.test(tokens[k + 1]?.low ?? ''))
  );
}
