/**
 * A post in the instrumental, as "стал" takes the post one takes ("стал новым акимом", "председателем
 * стал …", "стала главой", "заместителями председателя стали …"). The nominative after "стал" names who someone is, not a post taken: "Им
 * стал председатель партии Жиголи Дайрабаев" (after "Партия выдвинула кандидата") tells who the
 * nominee is, and the post is the one he already holds.
 */
export const RU_POST_INS = String.raw`(?:(?:аким|министр|председател|руководител|спикер|премьер(?:-министр)?|посл|вице-\p{L}+?|секретар|советник|депутат|лидер|заместител)(?:ом|ем|ём|ами|ями)|глав(?:ой|ою|ами))(?![\p{L}])`;

/**
 * Whose post it is, between the post and "стал" when the post comes first: up to three words, no
 * comma ("Новым акимом Павлодарской области стал …", "председателем партии «Аманат» стал …").
 */
export const RU_POST_OF = String.raw`(?:[\p{L}\p{N}«»"“”.-]+\s+){0,3}`;
