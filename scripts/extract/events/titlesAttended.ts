/**
 * Titles of a gathering someone takes part in (attendedGathering.ts): "Tokayev takes part in the
 * session of the National Kurultai", "Токаев принял участие в заседании Национального курултая",
 * "Тоқаев Ұлттық құрылтай отырысына қатысты". The gathering in the case its verb governs: the
 * Kazakh dative ("отырысына", "съезіне"), the Russian prepositional ("в заседании", "в съезде").
 * None where no one is named (the gathering's own title stands) or the gathering is of another
 * kind (a summit, a forum, a visit: their own titles tell them).
 */
import type { Localized } from '../../../src/model/schema';
import { orgName, personName } from './names';
import { isFemaleActor } from '../locales/ru/events/verbGender';
import {
  L,
  bodyRuGen,
  bodyRuGenOf,
  enOrdinal,
  isParty,
  isStateBody,
  mainOrg,
  mainParty,
  partyKkGen,
  partyRuGen,
  placesOf,
  roman,
  ruAgrees,
  ruDid,
  speakerOf,
  tense,
  where,
  type Parts,
} from './titleParts';

const COUNCIL = 'national-kurultai';

/** The facets of a meeting that are a sitting or a meeting one takes part in. */
const SITTINGS = new Set(['gathering', 'sitting', 'session', 'kurultai', 'meeting']);

export function attendedTitle(c: Parts): Localized | undefined {
  const a = c.args.attended;
  // (The person the clause of attending names, else the post its verb's subject is named by.)
  const who =
    typeof a === 'string'
      ? { name: personName(a), female: isFemaleActor(c.args.genders, a), headOfState: false }
      : speakerOf({ ...c, actors: [] });
  const g = attendedGathering(c);
  if (!who || !g) return undefined;
  const at = where(placesOf(c));
  return L(
    `${who.name.kk} ${g.kk} ${tense(c, 'қатысты', 'қатыспақ')}${at.kk}`,
    `${who.name.ru} ${ruDid(c, ruAgrees(who), 'принял', 'приняла', 'примет')} участие ${g.ru}${at.ru}`,
    `${who.name.en} ${tense(c, 'takes part', 'to take part')} in ${g.en}${at.en}`,
  );
}

/** The gathering: Kazakh dative, Russian prepositional with its preposition, English. */
function attendedGathering(c: Parts): Localized | undefined {
  if (c.type === 'congress') return congress(c);
  if (c.type !== 'session' && !(c.type === 'meeting' && SITTINGS.has(c.facet))) return undefined;
  if (c.args.joint)
    return L('Парламент палаталарының бірлескен отырысына', 'в совместном заседании палат Парламента', 'the joint session of both chambers of Parliament'); // prettier-ignore
  // (A bare "курултай" read as the council names no body: it is the National Kurultai.)
  const council = c.facet === 'kurultai' && !mainOrg(c);
  const org = council ? orgName(COUNCIL, 'Ұлттық құрылтай') : mainOrg(c);
  const body = council || c.type === 'session' || c.facet !== 'meeting' || isStateBody(c);
  if (org && body) {
    if (isParty(c)) return L(`${partyKkGen(org.kk)} отырысына`, `в заседании ${partyRuGen(org.ru)}`, `the session of ${org.en}`); // prettier-ignore
    const ruGen = council ? bodyRuGenOf(COUNCIL) : bodyRuGen(c);
    return L(`${org.kk} отырысына`, `в заседании ${ruGen ?? '— ' + org.ru}`, `the session of ${org.en}`); // prettier-ignore
  }
  if (c.facet === 'meeting') return L('кездесуге', 'во встрече', 'a meeting');
  return L('отырысқа', 'в заседании', 'a session');
}

/** A party's congress, as its own title names it (titles.ts). */
function congress(c: Parts): Localized {
  const n = c.args.ordinal;
  const x = c.args.extraordinary === true;
  const o = isParty(c) ? mainParty(c) : undefined;
  return L(
    `${o ? partyKkGen(o.kk) : 'партия'} ${x ? 'кезектен тыс ' : ''}${n ? roman(n) + ' ' : ''}съезіне`,
    // ("во" before the cluster of "внеочередном".)
    `${x ? 'во внеочередном ' : 'в '}${n ? roman(n) + ' ' : ''}съезде ${o ? partyRuGen(o.ru) : 'партии'}`,
    `the ${x ? 'extraordinary ' : ''}${n ? enOrdinal(n) + ' ' : ''}congress of ${o?.en ?? 'the party'}`,
  );
}
