/**
 * A line of one bare word ("Жолдау", "Референдум", "Послание", "Выборы") is a rubric over the
 * story, not a report: it names no one and tells nothing done, so it makes no event of its own
 * (dated by the publication, an undated vote). What the story tells is in its sentences.
 */
const ONE_WORD = /^[\s«"“]*\p{L}+(?:-\p{L}+)?[\s.:!?»"”]*$/u;

export const isRubricLine = (text: string): boolean => ONE_WORD.test(text);
