/**
 * Cyrillic (Kazakh and Russian) to ASCII, for ids of places and companies the lexicon does not
 * know (`Бәйтерек` → `baiterek`), and Kazakh letters to their Russian look-alikes for a
 * Russian display name (`Бәйтерек` → `Байтерек`).
 */
// prettier-ignore
const LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z',
  и: 'i', й: 'i', і: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

// prettier-ignore
const KK_TO_RU: Record<string, string> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и',
  Ә: 'А', Ғ: 'Г', Қ: 'К', Ң: 'Н', Ө: 'О', Ұ: 'У', Ү: 'У', Һ: 'Х', І: 'И',
};

/** Lowercase ASCII slug: letters and digits joined by single hyphens. */
export function toSlug(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += LATIN[ch] ?? ch;
  return out
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Latin spelling with the first letter of each word capitalised (`Бәйтерек` → `Baiterek`). */
export function toLatinTitle(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = LATIN[lower];
    out +=
      mapped === undefined
        ? ch
        : ch === lower
          ? mapped
          : mapped.toUpperCase().slice(0, 1) + mapped.slice(1);
  }
  return out;
}

/** Kazakh-specific letters replaced by the Russian letters used for them in Russian texts. */
export function kkToRu(text: string): string {
  let out = '';
  for (const ch of text) out += KK_TO_RU[ch] ?? ch;
  return out;
}
