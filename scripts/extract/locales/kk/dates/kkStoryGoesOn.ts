/**
 * Whether a Kazakh sentence takes up the story the sentence before it told (dates/
 * storyNextSentence.ts): the third-person pronoun for what was told, in every case and number
 * ("ол", "оны", "оған", "онда", "одан", "онымен", "оның", "олар", "оларды", "оларға" …), or a word
 * of sequence ("кейін", "содан соң", "артынша", "кейіннен"). A sentence with neither may tell
 * another story, whose month may lie before the one told.
 */
const GOES_ON =
  /(?<![\p{L}])(?:ол|оны|оның|оған|онда|одан|онымен|олар|оларды|олардың|оларға|оларда|олардан|олармен|содан|осыдан|бұдан|кейін|кейіннен|артынша|соңынан)(?![\p{L}])/iu;

export function kkStoryGoesOn(sentence: string): boolean {
  return GOES_ON.test(sentence);
}
