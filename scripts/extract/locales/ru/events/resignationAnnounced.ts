/**
 * Russian cues of a resignation announced or asked for, not yet done: the holder says he leaves
 * ("заявила об отставке", "объявил о своём уходе с поста", "сообщил о намерении уйти в отставку",
 * "заявил, что уходит в отставку") or files his letter ("подал заявление об отставке", "направила
 * прошение об отставке"). The announcement is the day's act, dated as told; the resignation itself
 * is done only where the text says it was accepted or he was relieved (the plain cues of
 * triggersStateActs.ts), so a title must not say he stepped down.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { GAP, TALKED_OF } from './triggerWords';
import { FILE } from './verbForms';

const END = String.raw`(?![\p{L}])`;
/** Saying it, finite or the adverbial participle: "заявил", "заявила", "объявит", "сообщили", "заявив". */
const SAY = String.raw`(?:(?:заяв|объяв)(?:ил|ила|ило|или|ит|ят|ив|ляет|ляют)|сообщ(?:ил|ила|или|ит|ат|ает|ают|ив))${END}`;
/** A post: "с поста", "с должности", "с занимаемой должности". */
const FROM_POST = String.raw`с\s+(?:занимаемой\s+)?(?:поста|должности)${END}`;
/**
 * What the holder says he does, after "о"/"об": his resignation ("(своей) отставке"), his leaving
 * ("уходе в отставку", "уходе с поста"), powers laid down ("сложении полномочий"), or his intention
 * or decision to ("намерении уйти в отставку", "решении покинуть пост").
 */
const LEAVING = String.raw`(?:(?:сво(?:ей|ём|ем)\s+|скорой\s+|досрочной\s+)?(?:отставке|уходе\s+(?:в\s+отставку|${FROM_POST})|сложении\s+(?:сво(?:их)\s+)?полномочий)|(?:намерени|решени|желани)[ие]\s+(?:уйти\s+(?:в\s+отставку|${FROM_POST})|покинуть\s+(?:пост|должность)|сложить\s+(?:с\s+себя\s+)?полномочия))${END}`;
/** The same told as a clause: "заявил, что уходит в отставку", "сообщила, что покидает пост". */
const LEAVES = String.raw`(?:уход(?:ит|ят)|уйд(?:[её]т|ут)|покида(?:ет|ют)|покин(?:ет|ут)|слага(?:ет|ют)|слож(?:ит|ат))\s+(?:в\s+отставку|${FROM_POST}|(?:свой\s+)?(?:пост|должность)|(?:с\s+себя\s+)?полномочия)${END}`;
/** A resignation letter: "заявление", "прошение", "рапорт", "письмо" on leaving. */
const LETTER = String.raw`(?:заявлени|прошени|рапорт|письм)\p{L}*\s+(?:об?\s+(?:${LEAVING}|освобождении\s+(?:его\s+|е[её]\s+)?от\s+(?:занимаемой\s+)?(?:должности|поста)|увольнении)|по\s+собственному\s+желанию)`;
/** Filing it: "подал", "подаст", "направила", "написал", "подано" (FILE, verbForms.ts). */
const SUBMIT = String.raw`(?:${FILE}|направ(?:ил|ила|или|ит|ят|ив)${END}|написал[аи]?${END}|напиш(?:ет|ут)${END})`;

/** (Not one only rumoured or denied: "слухи об отставке", "не заявлял об отставке".) */
const NOT_AFTER = re(`(?:${TALKED_OF})|(?<![\\p{L}])не\\s+$`);

export const RU_RESIGNATION_ANNOUNCED: Trigger[] = [
  { type: 'resignation', facet: 'announced', pattern: re(`${W}(?:${SUBMIT}\\s+${GAP(2)}${LETTER}|${LETTER}\\s+${GAP(4)}${SUBMIT}|${SAY}\\s+${GAP(2)}об?\\s+${LEAVING}|об?\\s+${LEAVING}\\s+${GAP(3)}${SAY}|${SAY}\\s*,\\s*что\\s+${GAP(2)}${LEAVES})`), notAfter: NOT_AFTER },
]; // prettier-ignore
