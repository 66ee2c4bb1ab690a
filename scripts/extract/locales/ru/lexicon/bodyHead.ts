/**
 * Russian: the head of a state body named as a post, the body in the genitive after the head's
 * noun, the noun in any case ("на должность Председателя Верховного суда", "председателем
 * Национального банка", "кандидатуру на пост председателя Центральной избирательной комиссии").
 * The body itself is read by the organisations lexicon (events/bodyHead.ts).
 */
import type { BodyHeadCues } from '../../../events/bodyHead';

export const RU_BODY_HEAD: BodyHeadCues = {
  // (The noun, then the body's name: the body stands after it.)
  heads: [
    ['chairman', /(?<!\p{L})председател(?:ь|я|ю|ем|е)\s+/giu],
    ['head', /(?<!\p{L})руководител(?:ь|я|ю|ем|е)\s+/giu],
  ],
  bodyAfter: true,
};
