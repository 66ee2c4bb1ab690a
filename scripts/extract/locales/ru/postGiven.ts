/**
 * The post a Russian appointment gives, by its case: the predicative instrumental of "назначить,
 * избрать, утвердить кем" ("назначение Ивана Петрова Генеральным прокурором", "избран
 * председателем маслихата", "первым заместителем премьер-министра"), or the genitive after "на
 * должность", "на пост" ("на должность генерального прокурора"). A post in another case belongs to
 * someone else: the subject who consents or appoints ("Депутаты Сената дали согласие"), the
 * appointee's former post ("председателя комитета Петрова"). Read by events/givenPost.ts.
 */

/**
 * The instrumental singular or plural, "-ом", "-ем", "-ой", "-ым", "-ами", on the phrase's first
 * word: the head noun or its adjective, which agree ("Генеральным прокурором", "депутатом Сената";
 * the genitive after it, "Сената", keeps its own case).
 */
const INSTRUMENTAL = /(?:ом|ем|ём|ой|ей|ою|ею|ым|им|ами|ями)$/iu;

/** The post's genitive as the object of "на должность", "на пост" (with "вакантную", "бывшую"…). */
const ON_POST_BEFORE = /(?<!\p{L})на\s+(?:\p{L}+\s+)?(?:должност\p{L}*|пост)\s+$/iu;

export const RU_POST_GIVEN = {
  /** Whether the words of the post's phrase, as written, show the post given. */
  phrase: (words: readonly string[]) => INSTRUMENTAL.test(words[0] ?? ''),
  /** Whether the text right before the phrase makes it the post given. */
  before: ON_POST_BEFORE,
  /** Whether the text right after the phrase makes it the post given: Russian has no such word. */
  after: undefined,
};
