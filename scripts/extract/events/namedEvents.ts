/**
 * Events a people names by their month ("2022 жылғы қаңтар оқиғалары", "Январские события 2022
 * года", "события января"): the title says "The January events", as history books do, not "Event".
 */
import type { Localized } from '../../../src/model/schema';
import type { DocTimex } from '../stages/dates';
import type { TriggerHit } from './findTriggers';

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

const KK = ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан']; // prettier-ignore
const RU = ['Январские', 'Февральские', 'Мартовские', 'Апрельские', 'Майские', 'Июньские', 'Июльские', 'Августовские', 'Сентябрьские', 'Октябрьские', 'Ноябрьские', 'Декабрьские']; // prettier-ignore
const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']; // prettier-ignore

/** "Қаңтар оқиғалары", "Январские события", "The January events". */
export function monthEvents(month: number, at: Localized): Localized {
  const i = month - 1;
  return {
    kk: `${KK[i]} оқиғалары${at.kk}`,
    ru: `${RU[i]} события${at.ru}`,
    en: `The ${EN[i]} events${at.en}`,
  };
}
