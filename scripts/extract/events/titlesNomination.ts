/** Titles of a nomination: a party's candidate, or one put forward with no party named. */
import type { Localized } from '../../../src/model/schema';
import { isFemaleName, personName } from './names';
import { isObjectName } from './objectName';
import { postIn } from './postIn';
import { isParty, isStateBody, L, mainActor, mainParty, tense, type Parts } from './titleParts';

/** A party nominating a candidate: `AMANAT nominates Kassym-Jomart Tokayev as its candidate`. */
export function nomination(c: Parts): Localized | undefined {
  if (c.args.topic !== 'nominate-candidates') return undefined;
  // (A chamber named for the election, "Мәжіліс сайлауына", is no party that nominates.)
  const party = isParty(c) || !isStateBody(c) ? mainParty(c) : undefined;
  if (!party) return nominee(c);
  const object = putForward(c);
  const who = object ? personName(object.name) : mainActor(c)?.name;
  const kkParty = /партиясы$/u.test(party.kk) ? party.kk : `«${party.kk}» партиясы`;
  const ruParty = /партия/iu.test(party.ru) ? `«${party.ru}»` : `Партия «${party.ru}»`;
  const [kkV, ruV, enV] = tense(c, ['ұсынды', 'выдвинула', 'nominates'], ['ұсынбақ', 'выдвинет', 'to nominate']); // prettier-ignore
  return who
    ? L(`${kkParty} кандидат ${kkV}: ${who.kk}`, `${ruParty} ${ruV} кандидата: ${who.ru}`, `${party.en} ${enV} ${who.en} as its candidate`) // prettier-ignore
    : L(`${kkParty} кандидаттарды ${kkV}`, `${ruParty} ${ruV} кандидатов`, `${party.en} ${enV} candidates`); // prettier-ignore
}

/**
 * One put forward, with no party named: the person in the accusative ("Азат Перуашевті … тізімнің
 * басына ұсынды", "выдвинули кандидатом Касым-Жомарта Токаева") is the nominee, not the one who
 * proposes.
 */
function nominee(c: Parts): Localized | undefined {
  const object = putForward(c);
  if (!object) return undefined;
  const who = personName(object.name);
  const [kk, ru, en] = tense(c, ['ұсынылды', isFemaleName(object.name) ? 'выдвинута' : 'выдвинут', 'is nominated'], ['ұсынылмақ', 'будет выдвинут', 'to be nominated']); // prettier-ignore
  // (For a post, where the text names one: "Бектеновті Премьер-министр лауазымына ұсынды".)
  const p = postIn(c);
  if (p) return L(`${who.kk} ${p.kk} қызметіне ${kk}`, `${who.ru} ${ru} на пост ${p.ruGen}`, `${who.en} ${en} for the post of ${p.en}`); // prettier-ignore
  return L(`${who.kk} кандидат ретінде ${kk}`, `${who.ru} ${ru} кандидатом`, `${who.en} ${en} as a candidate`); // prettier-ignore
}

/**
 * The one put forward: the person written as the verb's object ("Бектеновті … ұсынды", Russian
 * "выдвинули кандидатом в Президенты Касым-Жомарта Токаева").
 */
function putForward(c: Parts): Parts['actors'][number] | undefined {
  return c.actors.find((a) => isObjectName(a.evidence.text, a.name));
}
