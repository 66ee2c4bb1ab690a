/**
 * The name a renaming gives, read from its sentence: "… «Аманат» деп өзгерту", "переименована в
 * Нур-Султан", and a name given back, "ей вернули название Астана", "қалаға Астана атауы
 * қайтарылды". A sentence may tell two renamings ("в 2019 году столица была переименована в
 * Нур-Султан, а в 2022 году ей вернули название Астана"): the name is the one nearest the cue.
 */

// (Each pattern's group 1 is the name.)
const NEW_NAME: readonly RegExp[] = [
  /[«"“]([^»"”]{2,40})[»"”]\s*(?:деп|болып)\s+(?:өзгерт|ауыстыр)/giu,
  /(\p{Lu}[\p{L}-]{2,30})\s+болып\s+(?:өзгерт|ауыстыр)/gu,
  /(\p{Lu}[\p{L}-]{2,30})\s+деп\s+(?:қайта\s+)?(?:ата|өзгерт|ауыстыр)/gu,
  // A name given back: "Астана атауын қайтарды", "Астана атауы қайтарылды", "«Астана» атауы қайта берілді".
  /[«"“]?(\p{Lu}[\p{L}-]{2,30})[»"”]?\s+атау(?:ын|ы)\s+(?:қайта(?:дан)?\s+)?(?:қайтар|берг|беріл)/gu,
  /переименова\p{L}*\s+(?:\p{L}+\s+){0,3}в\s+[«"“]?([^»"”.,]{2,40})/giu,
  // "вернуть название Астана", "ей вернули прежнее имя «Астана»", "возвращено название Астана".
  /(?:верн|возвра)\p{L}*\s+(?:\p{L}+\s+)?(?:названи|им)\p{L}*\s+[«"“]?(\p{Lu}[\p{L}-]{2,30})/gu,
  // "название Астана было возвращено", "имя «Астана» вернули".
  /(?:названи|им)\p{L}*\s+[«"“]?(\p{Lu}[\p{L}-]{2,30})[»"”]?\s+(?:был[аио]?\s+)?(?:верн|возвращ)/gu,
];

/**
 * The new name in `text`, the one nearest offset `at` (a renaming cue) when given.
 * @example newNameIn('ей вернули название Астана') // 'Астана'
 */
export function newNameIn(text: string, at?: number): string | undefined {
  let best: { name: string; distance: number; rank: number } | undefined;
  NEW_NAME.forEach((re, rank) => {
    for (const m of text.matchAll(re)) {
      const distance = at === undefined ? 0 : Math.abs(m.index - at);
      if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
        best = { name: m[1]!.trim(), distance, rank };
      if (at === undefined) break;
    }
  });
  return best?.name;
}
