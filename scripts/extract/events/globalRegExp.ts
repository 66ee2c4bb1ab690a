/**
 * The global form of a lexicon's pattern, for `matchAll`, made once per pattern rather than once
 * per call: the callers run for every trigger or candidate of an article.
 */
const GLOBAL = new WeakMap<RegExp, RegExp>();

export function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, `${re.flags.replace(/[gy]/gu, '')}g`)));
  return g;
}
