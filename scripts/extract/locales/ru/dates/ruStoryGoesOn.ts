/**
 * Whether a Russian sentence takes up the story the sentence before it told (dates/
 * storyNextSentence.ts): a third-person pronoun for what was told, in any case, gender and number,
 * after a preposition too ("его одобрил Сенат", "она вступила в силу", "по нему", "с ними"), or a
 * word of sequence ("затем", "после этого", "впоследствии"). A sentence with neither may tell
 * another story, whose month may lie before the one told.
 */
const GOES_ON =
  /(?<![\p{L}])(?:он|она|оно|они|его|её|ее|их|ему|ей|им|ими|нём|нем|ней|них|него|неё|нее|нему|ним|затем|потом|впоследствии|позднее|позже|после\s+этого|вслед\s+за\s+этим|спустя\s+\p{L}+)(?![\p{L}])/iu;

export function ruStoryGoesOn(sentence: string): boolean {
  return GOES_ON.test(sentence);
}
