/**
 * A Russian surname its sentence leaves in an oblique case ("выдвинула Жиголи Дайрабаева
 * кандидатом": a given name that does not decline tells neither the case nor the sex) is the
 * nominative the same article gives elsewhere ("Им стал Жиголи Дайрабаев"): within one article, a
 * name with the same given name whose surname is that nominative plus a case ending is the same
 * person (a man and a woman rarely share a given name). Only names the article also writes in the
 * nominative are changed; a lone surname, with no given name to agree, never is.
 */

/** A nominative surname's ending and the endings its oblique cases put in its place. */
// prettier-ignore
const DECLENSION: ReadonlyArray<{ nominative: RegExp; cut: number; oblique: readonly string[] }> = [
  // -ов, -ев, -ин and any surname ending in a consonant: -а, -у, -ым/-ом, -е.
  { nominative: /[бвгджзклмнпрстфхцчшщ]$/u, cut: 0, oblique: ['а', 'у', 'ым', 'ом', 'ем', 'е'] },
  // -ий, -ый, -ой (adjectival): -ого, -ому, -им, -ым, -ом.
  { nominative: /(?:ий|ый|ой)$/u, cut: 2, oblique: ['ого', 'его', 'ому', 'ему', 'им', 'ым', 'ом', 'ем'] },
  // -ова, -ева, -ина (a woman's): -ой, -у.
  { nominative: /(?:ов|ев|ёв|ин|ын)а$/u, cut: 1, oblique: ['ой', 'у'] },
  // -ская: -ской, -скую.
  { nominative: /ая$/u, cut: 2, oblique: ['ой', 'ую'] },
];

function parts(name: string): string[] {
  return name.split(/\s+/u).filter(Boolean);
}

/** Whether `oblique` is `nominative` in another case: same given name(s), surname declined. */
export function isObliqueOf(oblique: string, nominative: string): boolean {
  const a = parts(oblique);
  const b = parts(nominative);
  if (a.length < 2 || a.length !== b.length) return false;
  if (a.slice(0, -1).join(' ') !== b.slice(0, -1).join(' ')) return false;
  const x = a[a.length - 1]!;
  const n = b[b.length - 1]!;
  if (x === n) return false;
  return DECLENSION.some(
    (d) =>
      d.nominative.test(n.toLowerCase()) &&
      d.oblique.some((e) => x === n.slice(0, n.length - d.cut) + e),
  );
}

/**
 * The name the article means by each of `names`: an oblique form's nominative when the article
 * also writes that (and only one such), else the name as given.
 */
export function nominativesInArticle(names: readonly string[]): (name: string) => string {
  const all = [...new Set(names)];
  const map = new Map<string, string>();
  for (const x of all) {
    const to = all.filter((n) => isObliqueOf(x, n));
    if (to.length === 1) map.set(x, to[0]!);
  }
  return (name) => map.get(name) ?? name;
}
