/**
 * Whether a Russian date after a comma stands in a member of a series of predicates told forward
 * ("внесен в сентябре 2023 года, одобрен Сенатом 14 февраля", ", а 14 февраля Сенат его одобрил"),
 * read from its clause before it (`head`, from the comma). A clause opened by a full participle
 * ("закон, принятый 14 февраля"), a relative pronoun ("который", "в котором") or a conjunction
 * of a subordinate clause ("что", "когда", "если") describes a noun or reports what was said: its
 * date may lie before the story as well (dates/storyNextYear.ts).
 */

/** A full participle in any gender, number and case, reflexive too: "принятый", "подписавшие",
 * "избранной", "начавшегося", "действующего". (Written small: "Конституционный суд" and
 * "Государственная дума" open a member with its subject.) */
const FULL_PARTICIPLE =
  /^(?!\p{L}*ственн)\p{Ll}\p{L}*(?:вш|ш|нн|[яыиуое]т|[ую]щ|[ая]щ)(?:ий|ый|ой|ая|ое|ее|ие|ые|его|ого|ему|ому|ей|ую|юю|им|ым|ими|ыми|их|ых|ем|ом)(?:ся|сь)?$/u;
/** What opens a clause that describes or reports, after a joining word or a preposition. */
const SUBORDINATOR =
  /^(?:котор\p{L}*|чей|чья|чьё|чье|чьи|что|чтобы|как|когда|где|куда|откуда|если|хотя|пока|поскольку|ибо|ли)$/iu;
/** Words that may stand before it: "а который", "в котором", "после чего" is a member (not here). */
const LEAD = /^(?:а|и|но|в|во|на|о|об|по|с|со|к|ко|за|из|от|до|при|для)$/iu;

export function ruMemberOfStory(head: string): boolean {
  const words = head.trim().split(/\s+/u).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && LEAD.test(words[i]!)) i += 1;
  const first = words[i] ?? '';
  return !FULL_PARTICIPLE.test(first) && !SUBORDINATOR.test(first);
}
