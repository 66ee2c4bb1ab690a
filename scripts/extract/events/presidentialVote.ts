/**
 * Whether a text names the presidential vote: the vote itself ("президенттік сайлау",
 * "президентские выборы", "выборы Президента") or the candidates for the post, which name the vote
 * a paragraph then dates ("ЦИК зарегистрировал шесть кандидатов на пост Президента. Выборы пройдут
 * 20 ноября.").
 */
import { KK_CANDIDATES_FOR_PRESIDENT } from '../locales/kk/lexicon/candidates';
import { RU_CANDIDATES_FOR_PRESIDENT } from '../locales/ru/lexicon/candidates';

// ("Президент сайлауды … өткізу туралы Жарлыққа қол қойды": the President, subject, and a vote in
// the accusative without the possessive, of whatever kind: only "президенттік сайлауды" is.)
const THE_VOTE =
  /президенттік\s+сайлау|президент\p{L}*\s+сайлау(?!ды)|президентск\p{L}*\s+выбор|выбор\p{L}*\s+президент/iu;

export const namesPresidentialVote = (text: string): boolean =>
  THE_VOTE.test(text) ||
  KK_CANDIDATES_FOR_PRESIDENT.test(text) ||
  RU_CANDIDATES_FOR_PRESIDENT.test(text);
