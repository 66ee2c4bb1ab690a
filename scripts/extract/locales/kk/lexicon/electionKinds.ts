/**
 * Kazakh words that tell which election, or which sort of gathering, a sentence is about
 * (events/electionKinds.ts joins them with the Russian ones). Sources of regular expressions,
 * not regexps: the shared readers put both languages into one, as a sentence may hold either.
 */

/** Voting itself ("дауыс беру"): in an article about a referendum, the referendum's. */
export const KK_VOTE_NOUN = 'дауыс';

/** An extraordinary congress or election: "кезектен тыс съезд", "кезектен тыс сайлау". */
export const KK_SNAP = String.raw`кезектен\s+тыс`;

/** A coalition's or headquarters' level: "аймақтық", "өңірлік", "облыстық" штаб. */
export const KK_REGIONAL = 'аймақтық|өңірлік|облыстық';

/**
 * A referendum on the Constitution: "Конституция", "Ата заң" with any ending. The stem "конституц" is
 * Russian too: a Russian sentence is read by it as well.
 */
export const KK_CONSTITUTION = String.raw`конституц|ата\s+заң`;

/** A congress's ordinal ending after figures: "XXII-ші", "25-інші". */
export const KK_ORDINAL_ENDING = 'ші|шы|інші|ыншы';

/** "Мәжіліс пен мәслихат сайлауы", "Парламент депутаттарының кезектен тыс сайлауы". */
export const KK_PARLIAMENTARY_ELECTION = String.raw`(?:мәжіліс|парламент)\p{L}*\s+(?:(?:пен|мен|және)\s+\p{L}+\s+)?(?:депутаттар\p{L}*\s+)?(?:кезектен\s+тыс\s+)?сайлау`;

/** "Сенат депутаттарының сайлауы". */
export const KK_SENATE_ELECTION = String.raw`сенат\p{L}*\s+(?:депутаттар\p{L}*\s+)?сайлау`;

/** "Мәслихат депутаттарының сайлауы": the local councils' vote named as such. */
export const KK_MASLIKHAT_VOTE = String.raw`(?<!\p{L})мәслихат\p{L}*\s+(?:депутаттар\p{L}*\s+)?(?:кезектен\s+тыс\s+)?сайлау`;

/** An akim elected: "аудан әкімін сайлау", "әкімдерді сайлады". */
export const KK_AKIM_ELECTION = String.raw`әкім\p{L}*\s+(?:\p{L}+\s+)?сайла`;

/** A post at a chamber or a council ("мәслихат хатшысы сайланды" is an appointment). */
export const KK_CHAMBER_POST = 'хатшы|төраға';

/** The local councils, named. */
export const KK_COUNCILS = 'мәслихат';

/** An election named, not the pre-election programme ("сайлауалды"). */
export const KK_ELECTIONS = 'сайлау(?!алды)';

/**
 * A body told as elected in its own sentence (events/electionKinds.ts electionToldIn): the body's
 * word, then the election's words after it ("Сенаторлар … сайланды", "Мәжіліс … сайланды",
 * "мәслихат … сайлауы") or, for the Mazhilis, before it. Kazakh puts the verb last, so only the
 * chamber keeps a verb-first form (read as in Russian, "сайланған Мәжіліс").
 */
export const KK_TOLD_ELECTED = {
  senator: 'сенатор',
  senatorElected: 'сайлан',
  senate: 'сенат',
  senateAtElection: 'сайлауында',
  chamber: 'мәжіліс',
  chamberElected: 'сайлан|сайлау',
  chamberElectedBefore: 'сайлан',
  council: 'мәслихат',
  councilElected: 'сайлау|сайлан',
  councilElectedBefore: '',
};

/** An international gathering (a meeting's theme): the OSCE, "халықаралық", a summit. */
export const KK_INTERNATIONAL = String.raw`ЕҚЫҰ|Еуропадағы\s+Қауіпсіздік|халықаралық|саммит`;
