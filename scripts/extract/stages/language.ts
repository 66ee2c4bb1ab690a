/** Kazakh and Russian share Cyrillic; nine letters are Kazakh-only, and any real share of them decides. */
import type { SourceLang } from '../../../src/model/schema';

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;

export function detectLang(text: string): SourceLang {
  const letters = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const kazakh = text.match(KAZAKH_ONLY)?.length ?? 0;
  return letters > 0 && kazakh / letters < 0.005 ? 'ru' : 'kk';
}
