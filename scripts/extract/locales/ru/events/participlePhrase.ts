/** Russian participle phrases set off after their noun (events/dateEvent.ts, events/dateOwnership). */

/**
 * The trigger, at most two more words, a comma and a Russian participle, in any case, gender and
 * number, reflexive or not: "назначенные", "прошедших" (-дш-), "начавшихся", "состоявшейся", and
 * the passives in -т- ("принятого", "начатой", "открытых").
 */
export const RU_DESCRIBED_AFTER =
  /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s*,(?=\s*[\p{L}]+(?:нн|вш|[её]дш|ющ|ащ|ящ|ем|ом|(?:ня|ча|ы)т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую|ий|ее|ие|его|ей|ему|им|ими|их|ом)(?:ся|сь)?(?![\p{L}]))/u;
