/**
 * Events a people names by their month ("2022 жылғы қаңтар оқиғалары", "Январские события 2022
 * года", "события января"): the title says "The January events", as history books do, not "Event".
 */
import type { Localized } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { TriggerHit } from './findTriggers';
import { KK_MONTHS } from '../locales/kk/dates/kkLexicon';
import { MONTH_ADJECTIVES } from '../locales/ru/dates/ruMonthAdjective';

/** The month of a month-precise date right beside (or inside) the events noun, else undefined. */
export function namingMonth(
  own: DocTimex,
  sentenceStart: number,
  hit: Pick<TriggerHit, 'at' | 'text'>,
): number | undefined {
  if (!/^\d{4}-\d{2}$/u.test(own.value)) return undefined;
  const [from, to] = [own.start - sentenceStart, own.end - sentenceStart];
  // (Negative when they overlap; one space or a hyphen between them is "beside".)
  const gap = Math.max(from, hit.at) - Math.min(to, hit.at + hit.text.length);
  return gap <= 2 ? Number(own.value.slice(5, 7)) : undefined;
}

// The month's name from the date lexicons: the first Kazakh stem of each month is its nominative
// ("қаңтар"); the Russian adjective's stem takes the plural ending ("январск" → "январские").
const KK = Array.from({ length: 12 }, (_, i) => [...KK_MONTHS].find(([, n]) => n === i + 1)![0]);
const RU = MONTH_ADJECTIVES.map((stem) => `${stem}ие`);
const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']; // prettier-ignore
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** "Қаңтар оқиғалары", "Январские события", "The January events". */
export function monthEvents(month: number, at: Localized): Localized {
  const i = month - 1;
  return {
    kk: `${cap(KK[i]!)} оқиғалары${at.kk}`,
    ru: `${cap(RU[i]!)} события${at.ru}`,
    en: `The ${EN[i]} events${at.en}`,
  };
}
