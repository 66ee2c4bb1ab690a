/**
 * The title of a merger by accession: who joins the party named in the dative (joinedParty.ts).
 * "ADAL joins AMANAT", "Партия ADAL присоединилась к AMANAT", "ADAL партиясы AMANAT партиясына
 * қосылды".
 */
import type { Localized } from '../../../src/model/schema';
import { orgName } from './names';
import { L, tense, type Parts } from './titleParts';

const ruJoiner = (name: string) => (/парти/iu.test(name) ? name : `партия ${name}`);
const ruJoined = (name: string) => name.replace(/^партия /u, 'партии ');
const kkJoiner = (name: string) => (/партия/iu.test(name) ? name : `${name} партиясы`);
function kkJoined(name: string): string {
  if (/партиясы$/u.test(name)) return `${name}на`;
  if (/партия$/u.test(name)) return `${name}ға`;
  return `${name} партиясына`;
}

/** The title, when the sentence names the party joined and one or more others. */
export function joinedTitle(c: Parts): Localized | undefined {
  const to = c.organisations.find((o) => o.id === c.args.joined);
  if (!to) return undefined;
  const seen = new Set<string>([to.id]);
  const others = c.organisations.filter((o) => !seen.has(o.id) && seen.add(o.id));
  if (others.length === 0) return undefined;
  const b = orgName(to.id, to.name);
  const names = others.map((o) => orgName(o.id, o.name));
  const one = names.length === 1;
  const and = (xs: string[], w: string) => xs.slice(0, -1).join(', ') + ` ${w} ` + xs.at(-1)!;
  const list = (f: (n: Localized) => string, w: string) => (one ? f(names[0]!) : and(names.map(f), w)); // prettier-ignore
  return L(
    `${list((n) => kkJoiner(n.kk), 'және')} ${kkJoined(b.kk)} ${tense(c, 'қосылды', 'қосылмақ')}`,
    `${list((n) => ruJoiner(n.ru), 'и')} ${one ? tense(c, 'присоединилась', 'присоединится') : tense(c, 'присоединились', 'присоединятся')} к ${ruJoined(b.ru)}`,
    `${list((n) => n.en, 'and')} ${one ? tense(c, 'joins', 'to join') : tense(c, 'join', 'to join')} ${b.en}`,
  ); // prettier-ignore
}
