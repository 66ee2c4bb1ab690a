/**
 * Consent given to an appointment or a candidacy, in Russian: "Сенат дал согласие на назначение …",
 * "депутаты дали своё согласие на кандидатуру …", "маслихат даст согласие на избрание …", and told
 * from the consent ("согласие на назначение … было дано", "… дали депутаты"). A chamber's or a
 * maslikhat's consent is a step of the appointment (titled as the consent: events/titlesConsent.ts).
 * Every gender, number and tense of "дать"; the consent refused ("не дал согласия") is none, and the
 * caller reads the "не" before the verb.
 */

/** "дал", "дала", "дало", "дали", "даст", "дадут", "дает", "даёт", "дают", "дав". */
const GIVE = String.raw`(?:дал[аио]?|даст|дадут|да[её]т|дают|дав)`;
/** What the consent is to: the appointment, the candidacy, the election to the post. */
const TO = String.raw`согласие\s+на\s+(?:назначени|кандидатур|избрани|переназначени)\p{L}*`;
/** The consent first, then its verb, within the clause ("согласие на назначение X дали депутаты"). */
const TO_THEN_GIVEN = String.raw`${TO}\s+(?:[\p{L}\p{N}«»"“”.-]+\s+){0,8}?(?<!(?:^|\s)не\s+)(?:был[аио]?\s+)?(?:${GIVE}|дано)(?![\p{L}])`;

export const RU_CONSENT_GIVEN = String.raw`(?:${GIVE}\s+(?:сво[её]\s+)?${TO}|${TO_THEN_GIVEN})`;
