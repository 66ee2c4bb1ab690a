/**
 * Plural pronouns in the accusative ("оларды", "бұларды", "сіздерді"): the shape of a past verb
 * (-лар/-лер + ды/ді), but the object of one, so no tense of the clause ("Сенат оларды келесі
 * аптада қарайды" is still ahead). Used by the aspect's simple past (events/aspect.ts).
 */
export const KK_PRONOUN_ACCUSATIVE = String.raw`(?:олар|солар|бұлар|осылар|мыналар|аналар|біздер|сіздер|сендер)(?:ды|ді)`;
