/** The head of state's post in the Russian nominative, right before the name. */
export const RU_NOMINATIVE_POST =
  /(?:^|[^\p{L}])(?:[Гг]лава\s+государства|[Пп]резидент(?:\s+(?:Казахстана|Республики\s+Казахстан|РК))?)\s+$/u;
