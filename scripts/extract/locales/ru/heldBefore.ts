/**
 * A post the one elected or appointed held before, told by a participle phrase after his name:
 * "избрали первым заместителем председателя филиала Ернара Дуйсенбаева, ранее работавшего
 * секретарем маслихата" (formerly the maslikhat's secretary), "…, занимавшего пост акима района",
 * "…, возглавлявшего комитет". A participle phrase after its noun stands between commas, so it
 * runs from the comma (with "ранее", "прежде", "до этого", "в прошлом" or none) over a past active
 * participle of working, holding or heading, in any gender, number and case, to the next comma or
 * the sentence's end. Not an acting post ("исполнявший обязанности премьера"): the one acting is
 * confirmed in that post, so it is the post given, not one left. Global: each such phrase is left out before the post is read
 * (events/posts.ts).
 */
export const RU_HELD_BEFORE =
  /,\s*(?:(?:ранее|прежде|до\s+этого|в\s+прошлом)\s+)?(?:работавш|занимавш|возглавлявш|являвш|исполнявш(?!\p{L}*\s+обязанност)|служивш|руководивш)\p{L}*[^,.;!?]*/giu;
