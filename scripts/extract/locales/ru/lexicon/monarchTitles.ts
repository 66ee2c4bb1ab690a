/**
 * A monarch's title is a post: `король Иордании Абдалла II`, `эмира Катара Тамима бин Хамада Аль
 * Тани`, `наследным принцем Саудовской Аравии`, `султану Омана`, `шейха Мухаммеда`. Each form of
 * the singular to its nominative, each plural as written (locales/ru/lexicon/roles.ts), as forms
 * and not stems: a stem would make a post of `Эмираты`, `принцип`, `королевство`, `султанат`.
 */

/** A noun ending in a consonant (`эмир|а`), in a soft sign (`корол|я`) or in -а (`королев|у`). */
const HARD = ['', 'а', 'у', 'ом', 'е'];
const HARD_PLURAL = ['ы', 'ов', 'ам', 'ами', 'ах'];
const SOFT = ['ь', 'я', 'ю', 'ём', 'ем', 'е'];
const SOFT_PLURAL = ['и', 'ей', 'ям', 'ями', 'ях'];
const A_NOUN = ['а', 'ы', 'е', 'у', 'ой'];
const A_PLURAL = ['ы', 'ам', 'ами', 'ах'];

/** The forms of a title (`stem` + each ending) to its nominative, its plurals as written. */
function declined(stem: string, singular: readonly string[], plural: readonly string[]) {
  const nominative = stem + singular[0]!;
  return Object.fromEntries([
    ...singular.map((e) => [stem + e, nominative]),
    ...plural.map((e) => [stem + e, stem + e]),
  ]) as Record<string, string>;
}

// (After ц and х the instrumental is -ем and the plural -и: `принцем`, `шейхи`.)
export const RU_MONARCH_FORMS: Readonly<Record<string, string>> = {
  ...declined('корол', SOFT, SOFT_PLURAL),
  ...declined('королев', A_NOUN, A_PLURAL),
  ...declined('эмир', HARD, HARD_PLURAL),
  ...declined('принц', [...HARD, 'ем'], ['ы', 'ев', 'ам', 'ами', 'ах']),
  ...declined('шейх', HARD, ['и', 'ов', 'ам', 'ами', 'ах']),
};

/**
 * A title that is also a man's given name (`Султан Жумабеков`): a post only in lower case
 * (`султан Омана Хайсам бен Тарик`).
 */
export const RU_LOWER_CASE_MONARCH_FORMS: Readonly<Record<string, string>> = declined(
  'султан',
  HARD,
  HARD_PLURAL,
);

/** The nominatives of the titles, whose endings say their case (locales/ru/postCase.ts). */
export const RU_MONARCH_TITLES: readonly string[] = ['король', 'королева', 'эмир', 'принц', 'шейх', 'султан']; // prettier-ignore
