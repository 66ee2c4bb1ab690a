/**
 * A Russian party named by a quoted name after its noun: "партия «Алга»", "партии «Алга»",
 * "Демократическая партия «Адилет»", "движением «X»", "объединения «X»". The noun in any case,
 * singular; a capitalised adjective before it is part of the name. Only these nouns: a quoted
 * name after another noun ("газета «X»", "программа «X»") is no party.
 */
export type PartyNoun = 'party' | 'movement' | 'union';

// (Case-sensitive: the adjective and the name are capitalised, the noun may open a sentence.)
// Each noun's stem and its singular case endings (партия: -и, -ю, -ей/-ею, -и).
const NOUNS: ReadonlyArray<{ noun: PartyNoun; stem: string; endings: string; nom: string }> = [
  { noun: 'party', stem: 'парти', endings: 'я|и|ю|ей|ею', nom: 'партия' },
  { noun: 'movement', stem: 'движени', endings: 'е|я|ю|ем|и', nom: 'движение' },
  { noun: 'union', stem: 'объединени', endings: 'е|я|ю|ем|и', nom: 'объединение' },
];

const ADJ = String.raw`\p{Lu}[\p{L}-]*(?:ая|яя|ой|ей|ую|юю|ою|ею|ое|ее|ого|его|ому|ему|ым|им|ом|ем)`;

/** Groups: 1 adjective (optional), 2 noun, 3 quoted name. */
export const RU_QUOTED_PARTY = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(${ADJ})[ \u00a0]+)?(${NOUNS.map((n) => `[${n.stem[0]}${n.stem[0]!.toUpperCase()}]${n.stem.slice(1)}(?:${n.endings})`).join('|')})[ \u00a0]+«(\p{Lu}[^«»\n]{0,60})»`,
  'gu',
);

/** Which noun a written form is ("партии" → party). */
export function ruPartyNoun(written: string): (typeof NOUNS)[number] | undefined {
  const lower = written.toLowerCase();
  return NOUNS.find((n) => lower.startsWith(n.stem));
}

/** The noun in the nominative by kind ("movement" → "движение"). */
export function ruPartyNounNom(noun: PartyNoun): string {
  return NOUNS.find((n) => n.noun === noun)!.nom;
}

/** The noun in the genitive by kind, for "съезд партии «X»". */
export function ruPartyNounGen(noun: PartyNoun): string {
  return { party: 'партии', movement: 'движения', union: 'объединения' }[noun];
}

/**
 * An adjective agreeing with the noun, put in the nominative: "Демократической" → "Демократическая",
 * "Народным" → "Народное". After г к х ж ш щ ч a soft-looking ending is hard (Общественным → -ое).
 */
export function ruAdjectiveNom(adj: string, noun: PartyNoun): string {
  const m = /^(.*?)(ая|яя|ой|ей|ую|юю|ою|ею|ое|ее|ого|его|ому|ему|ым|им|ом|ем)$/u.exec(adj);
  if (!m) return adj;
  const stem = m[1]!;
  const soft = /^(?:яя|ей|юю|ею|ее|его|ему|им|ем)$/u.test(m[2]!) && !/[гкхжшщч]$/u.test(stem);
  if (noun === 'party') return stem + (soft ? 'яя' : 'ая');
  return stem + (soft ? 'ее' : 'ое');
}

/** The adjective in the genitive of its noun (партии, движения), for "Демократической партии". */
export function ruAdjectiveGen(nomAdj: string, noun: PartyNoun): string {
  const m = /^(.*?)(ая|яя|ое|ее)$/u.exec(nomAdj);
  if (!m) return nomAdj;
  const soft = m[2] === 'яя' || m[2] === 'ее';
  if (noun === 'party') return m[1]! + (soft ? 'ей' : 'ой');
  return m[1]! + (soft ? 'его' : 'ого');
}
