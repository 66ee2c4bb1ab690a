/**
 * A Kazakh office held, told by its post and "to be" in the past: "министр болды", "облыс әкімі
 * болған", "Сенат төрағасы болды" (was minister, was akim). With a start ("2023 жылдан бері") it is
 * a tenure: one took the post that day (triggersOfficesAndReforms.ts). Only posts one is appointed
 * or elected to by a body: a deputy's or a president's term starts with a vote or an inauguration
 * of its own, and "ол мұғалім болды" is no office of the state.
 */
const OFFICES = [
  'министр', 'вице-министр', 'премьер-министр', 'премьер', 'әкім', 'төраға', 'басшы', 'спикер',
  'хатшы', 'орынбасар', 'прокурор', 'елші', 'судья', 'директор',
]; // prettier-ignore

/** The post in the nominative or with its possessive (әкім|і, төраға|сы, орынбасар|ы), then the verb. */
export const KK_OFFICE_HELD = String.raw`(?:${OFFICES.join('|')})(?:ы|і|сы|сі)?\s+(?:болды|болған)`;
