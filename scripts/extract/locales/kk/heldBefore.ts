/**
 * A post the one elected or appointed held before, told by a participle clause that describes
 * him: "… етіп бұрын Сәтбаев қалалық мәслихатының хатшысы болған Ернар Дүйсенбаевты сайлады" (made
 * the first deputy, Yernar Duysenbayev, formerly the maslikhat's secretary), "аудан әкімі қызметін
 * атқарған", "министрлікті басқарған". Kazakh puts a participle clause before the noun it
 * describes, so the clause runs back from the participle (of "болу", "істеу", "атқару",
 * "басқару", "ету" in the past: `болған`, `істеген`, `атқарған`, `басқарған`, `еткен`) over up to
 * six words; not past "етіп" or "болып", which tell the post given, nor past a comma or a full
 * stop. Not an acting post ("облыс әкімінің міндетін уақытша атқарған"): the one acting is confirmed
 * in it, so it is the post given. Global: each such clause is left out before the post is read (events/posts.ts).
 */
export const KK_HELD_BEFORE =
  /(?<![\p{L}\p{N}-])(?:(?!(?:етіп|болып)\s)[\p{L}\p{N}«»"-]+\s+){1,6}(?:болып\s+)?(?:болған|істеген|(?<!міндет(?:ін|терін)\s+(?:уақытша\s+)?)атқарған|басқарған|еткен)(?![\p{L}])/giu;
