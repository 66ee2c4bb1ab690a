/**
 * A person's role that is the head of state's own post: Kazakh puts the head noun last
 * ("Қазақстан Республикасының Президенті", "қазіргі Президент", "Мемлекет басшысы"). A post the
 * President only owns ends in its own head noun, the President in the genitive or bare before it
 * ("Президенттің баспасөз хатшысы", "Мемлекет басшысының кеңесшісі", "Президент Әкімшілігінің
 * басшысы"), and is another person's: reading it as his made the press secretary sign the
 * President's decrees.
 */
export const KK_HEAD_OF_STATE_ROLE =
  /(?:^|[^\p{L}-])(?:президент|мемлекет\s+басшы)(?:і|ы|сы|ін|ын|сын|іне|ына|сына|інің|ының|сының|імен|ымен|сымен)?\s*$/iu;
