/**
 * Kazakh nominal morphology for date words. A noun takes its suffixes in a fixed order, each in
 * the variant vowel harmony picks (back а/ы after а о ұ ы, front е/і after ә е ө ү і):
 *
 *   stem · (-лық derivation) · (plural -лар) · (possessive) · (case) · (attributive -ғы)
 *
 * Possessive: 3rd person -(с)ы "жылы, қарашасы"; 1st/2nd "-ымыз, -ың, -ыңыз, -ым".
 * Case after a bare stem: genitive -ның/-дың/-тың, dative -ға/-қа/-на, accusative -ны/-ды/-ты,
 * locative -да/-та, ablative -дан/-тан/-нан, instrumental -мен/-бен/-пен, similative -дай/-тай.
 * After the 3rd-person possessive a pronominal н comes in: -ының, -ына, -ын, -ында, -ынан.
 * Attributive -ғы/-гі (-қы/-кі) follows a bare stem or a locative: "жылғы", "күнгі", "жылдағы".
 * Only such chains count as forms of a stem, so "айтатын" is not "ай" (month) + suffixes, nor
 * "жылдам" (fast) "жыл" (year), nor "күндіз" (daytime) "күн" (day). Consonant assimilation
 * (д/т/н, ғ/қ, б/п/м) is accepted in any variant, because transcripts are loose about it.
 */
type Harmony = 'back' | 'front';

function chain(h: Harmony): string {
  const a = h === 'back' ? 'а' : 'е';
  const y = h === 'back' ? 'ы' : 'і';
  const g = h === 'back' ? '[ғқ]' : '[гк]';
  const derive = `(?:[лдт]${y}[қғкг])?`; // жылдық, жылдығы
  const plural = `(?:[лдт]${a}р)?`;
  // prettier-ignore
  const bareCase = [
    `[нтд]${y}ң`, `[ғқгкн]${a}`, `[нтд]${y}`, `[дт]${a}`, `[дтн]${a}н`, `[мбп]ен`, `[дт]${a}й`,
  ].join('|');
  const pronCase = [`н${y}ң`, `н${a}`, `н${y}`, `н`, `нд${a}`, `н${a}н`, `мен`].join('|');
  const attr = `${g}${y}`;
  const poss3 = `с?${y}(?:(?:${pronCase})(?:${attr})?)?`;
  const possOther = `(?:${y}?м${y}з|${y}?ң${y}з|${y}?ң|${y}?м)(?:${bareCase})?`;
  const caseAttr = `(?:${bareCase})(?:${attr})?`;
  // An attributive form may stand for its noun and take a case: "өткен жылғымен" (with last year's).
  const attrCase = `${attr}(?:${bareCase})?`;
  return `${derive}${plural}(?:${poss3}|${possOther}|${caseAttr}|${attrCase})?`;
}

const TAIL: Record<Harmony, RegExp> = {
  back: new RegExp(`^${chain('back')}$`, 'u'),
  front: new RegExp(`^${chain('front')}$`, 'u'),
};

/** Harmony a stem imposes: that of its last vowel (back when it has none). */
export function harmonyOf(stem: string): Harmony {
  for (let k = stem.length - 1; k >= 0; k--) {
    const c = stem[k]!;
    if ('аоұыя'.includes(c)) return 'back';
    if ('әеөүіэиу'.includes(c)) return c === 'у' ? 'back' : 'front';
  }
  return 'back';
}

/** Ordinal suffixes after a digit or number word: 2020-сыншы, 24-інші, бірінші, жиырмасыншы. */
export const ORDINAL = /^(?:сыншы|сінші|ыншы|інші|ншы|нші|шы|ші)/u;

/**
 * True when `rest` is a (possibly empty) chain of Kazakh suffixes in either harmony, the test
 * for suffixes after digits ("10-ына", "5-іне"), whose harmony the text does not show.
 */
export function isKkTail(rest: string): boolean {
  return TAIL.back.test(rest) || TAIL.front.test(rest);
}

/**
 * @example isKkForm('наурызында', 'наурыз') // true
 * @example isKkForm('айтатын', 'ай') // false
 */
export function isKkForm(low: string, stem: string): boolean {
  return low.startsWith(stem) && TAIL[harmonyOf(stem)].test(low.slice(stem.length));
}

/** Which stem of `stems` the word is a form of, trying longer stems first. */
export function findKkStem<T>(low: string, stems: ReadonlyMap<string, T>): T | undefined {
  let best: string | undefined;
  for (const stem of stems.keys()) {
    if ((!best || stem.length > best.length) && isKkForm(low, stem)) best = stem;
  }
  return best === undefined ? undefined : stems.get(best);
}

/** Genitive forms ("жылдың", "қаңтардың") open a construction that names a part of them. */
export function isKkGenitive(low: string): boolean {
  return /(?:ның|нің|дың|дің|тың|тің|ң)$/u.test(low);
}
