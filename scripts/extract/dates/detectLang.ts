import type { TagOptions } from './timex';

/**
 * Kazakh if the text has a letter Russian lacks (әғқңөұүһі), else Russian if it has Cyrillic;
 * Kazakh otherwise, as most sources are Kazakh.
 * @example detectLang('Биыл сайлау өтеді') // 'kk'
 */
export function detectLang(text: string): TagOptions['lang'] {
  if (/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u.test(text)) return 'kk';
  return /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'kk';
}
