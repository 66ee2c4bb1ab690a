/**
 * Titles of talks and phone calls that name both sides. The other side is the one met
 * (meetingSides.ts: "с Путиным", "Путинмен"): "Tokayev holds talks with Vladimir Putin",
 * "Тоқаев Владимир Путинмен телефон арқылы сөйлесті", "Токаев провёл телефонный разговор с
 * Владимиром Путиным". With no one met the titles name the host alone (titlesOther.ts).
 */
import type { Localized } from '../../../src/model/schema';
import { isFemaleName, personName } from './names';
import { kkWith, ruNameIn } from './titleNameCases';
import { L, ruDid, tense, type Parts } from './titleParts';

type Host = { name: Localized; female: boolean };

/** The one met, in the instrumental of each language ("Путинмен", "с Путиным", "with Putin"). */
function otherSide(c: Parts): Localized | undefined {
  const met = c.args.met;
  if (!met) return undefined;
  const name = personName(met);
  return L(kkWith(name.kk), `с ${ruNameIn(name.ru, isFemaleName(met), 'ins')}`, `with ${name.en}`);
}

/** Talks the host held with the one met, in a town when told (`at`, titleParts.where). */
export function talksWith(c: Parts, host: Host | undefined, at: Localized): Localized | undefined {
  const side = otherSide(c);
  if (!side) return undefined;
  if (!host) return L(`${side.kk} келіссөздер${at.kk}`, `Переговоры ${side.ru}${at.ru}`, `Talks ${side.en}${at.en}`); // prettier-ignore
  const { name: who, female } = host;
  return L(
    `${who.kk} ${side.kk} келіссөздер ${tense(c, 'жүргізді', 'жүргізбек')}${at.kk}`,
    `${who.ru} ${ruDid(c, female, 'провёл', 'провела', 'проведёт')} переговоры ${side.ru}${at.ru}`,
    `${who.en} ${tense(c, 'holds', 'to hold')} talks ${side.en}${at.en}`,
  );
}

/** A phone call of the host with the one met. */
export function callWith(c: Parts, host: Host | undefined): Localized | undefined {
  const side = otherSide(c);
  if (!side) return undefined;
  if (!host) return L(`${side.kk} телефон арқылы сөйлесу`, `Телефонный разговор ${side.ru}`, `Phone call ${side.en}`); // prettier-ignore
  const { name: who, female } = host;
  return L(
    `${who.kk} ${side.kk} телефон арқылы ${tense(c, 'сөйлесті', 'сөйлеспек')}`,
    `${who.ru} ${ruDid(c, female, 'провёл', 'провела', 'проведёт')} телефонный разговор ${side.ru}`,
    `${who.en} ${tense(c, 'holds', 'to hold')} a phone call ${side.en}`,
  );
}
