/**
 * Russian words that tell which election, or which sort of gathering, a sentence is about
 * (events/electionKinds.ts joins them with the Kazakh ones). Sources of regular expressions,
 * not regexps: the shared readers put both languages into one, as a sentence may hold either.
 */

/** Voting itself ("голосование", "голосовать"): in an article about a referendum, the referendum's. */
export const RU_VOTE_NOUN = 'голос';

/** An extraordinary congress or election: "внеочередной съезд", "внеочередные выборы". */
export const RU_SNAP = 'внеочередн';

/** A coalition's or headquarters' level: "региональный", "областной" штаб. */
export const RU_REGIONAL = 'региональн|областн';

/** A congress's ordinal ending after figures: "25-й", "XXI-ый". */
export const RU_ORDINAL_ENDING = 'ый|ой|й';

/** "Парламентские выборы", "выборы депутатов в Мажилис", "выборы в парламент". */
export const RU_PARLIAMENTARY_ELECTION = String.raw`парламентск\p{L}*\s+выбор|выбор\p{L}*\s+(?:депутатов\s+)?(?:в\s+)?(?:мажилис|парламент)`;

/** "Выборы депутатов в Сенат". */
export const RU_SENATE_ELECTION = String.raw`выбор\p{L}*\s+(?:депутатов\s+)?(?:в\s+)?сенат`;

/** "Выборы депутатов маслихатов": the local councils' vote named as such. */
export const RU_MASLIKHAT_VOTE = String.raw`выбор\p{L}*\s+(?:депутатов\s+)?(?:в\s+)?маслихат`;

/** Akims elected: "выборы сельских акимов". */
export const RU_AKIM_ELECTION = String.raw`выбор\p{L}*\s+(?:\p{L}+\s+)?аким`;

/** A post at a chamber or a council ("избран секретарем маслихата" is an appointment). */
export const RU_CHAMBER_POST = 'секретар|председател|спикер';

/** The local councils, named. */
export const RU_COUNCILS = 'маслихат';

/** An election named. */
export const RU_ELECTIONS = 'выбор';

/** The Constitution as "the basic law" (the stem "конституц" is both languages', in the Kazakh list). */
export const RU_BASIC_LAW = String.raw`основн\S*\s+закон`;

/**
 * A body told as elected in its own sentence (events/electionKinds.ts electionToldIn): "сенаторы …
 * избраны", "Сенат … на выборах", "Мажилис избран 19 марта", "избран в Мажилис", "выборы в маслихат".
 */
export const RU_TOLD_ELECTED = {
  senator: 'сенатор',
  senatorElected: 'избран',
  senate: 'сенат',
  senateAtElection: String.raw`на\s+выборах`,
  chamber: 'мажилис',
  chamberElected: 'избран',
  chamberElectedBefore: 'избран',
  council: 'маслихат',
  councilElected: 'выбор|избран',
  councilElectedBefore: 'выбор|избран',
};

/** An international gathering (a meeting's theme): the OSCE, "международный", a summit. */
export const RU_INTERNATIONAL = 'ОБСЕ|международн|саммит';
