/** The head of state's post in the Russian nominative, right before the name. */
export const RU_NOMINATIVE_POST =
  /(?:^|[^\p{L}])(?:[Гг]лава\s+государства|[Пп]резидент(?:\s+(?:Казахстана|Республики\s+Казахстан|РК))?)\s+$/u;

/**
 * A person's role that is the head of state's own post: Russian puts the head noun first
 * ("Президент Казахстана", "действующего президента", "Глава государства"). A post the President
 * only owns, in the genitive after its own head noun ("пресс-секретарь Президента", "глава
 * Администрации Президента", "советник Главы государства"), or a vice-president's, is another
 * person's: reading it as his made the press secretary sign the President's decrees.
 */
export const RU_HEAD_OF_STATE_ROLE =
  /^(?:(?:действующ|нов|избранн|нынешн)\p{L}*\s+)?(?:президент\p{L}*|глав\p{L}*\s+государства)(?![\p{L}-])/iu;
