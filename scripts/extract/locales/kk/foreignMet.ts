/**
 * A foreign surname in the comitative, the one met or talked with: "Тоқаев Ердоғанмен келіссөз
 * жүргізді", "Макронмен телефон арқылы сөйлесті", "Шольцпен кездесті". The Kazakh counterpart of
 * Russian "с Эрдоганом" (locales/ru/metWith.ts): a capitalised stem in -ан/-он/-ен/
 * -эн or -ц, no Kazakh surname's shape, with -мен (after н) or -пен (after ц) glued to it, and a
 * word of meeting or talking right after (within three words), as "с" tells it in Russian. Not a
 * capitalised noun of that shape (`Құранмен`, `Отанмен`).
 */

const FOREIGN_MET = /^(\p{Lu}\p{Ll}{2,}(?:[аоеэ]н|ц))(мен|пен)$/u;
const NOT_SURNAME =
  /^(?:Құран|Отан|Тұран|Заң|Орган|Регион|Океан|Батальон|Стадион|Миллион|Чемпион)$/u;
/** Meeting, talks, a phone call: "кездесті", "келіссөз", "сөйлесті", "телефон", "әңгімелесті". */
const MEETING_WORD = /^(?:кездес|келіссөз|сөйлес|телефон|әңгімелес|жүздес|пікір)/u;

/** The nominative surname of one met, `written` in the comitative, or undefined. */
export function kkForeignMet(written: string, after: readonly string[]): string | undefined {
  const m = FOREIGN_MET.exec(written);
  if (!m) return undefined;
  const [, stem, suffix] = m as unknown as [string, string, string];
  if (NOT_SURNAME.test(stem) || suffix !== (stem.endsWith('ц') ? 'пен' : 'мен')) return undefined;
  return after.slice(0, 3).some((w) => MEETING_WORD.test(w)) ? stem : undefined;
}
