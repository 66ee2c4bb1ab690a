/**
 * The two bodies that rule on conformity to the Constitution, in Russian, in every case: the
 * Constitutional Council ("Конституционный совет", "Конституционного совета", "Конституционному
 * совету", "Конституционным советом", "о Конституционном совете"), which ruled until 2023, and the
 * Constitutional Court ("Конституционный суд", "Конституционного суда" …), which rules since. Each
 * is titled as itself (events/constitutionalBody.ts).
 */
import type { ConstitutionalBodies } from '../../../events/constitutionalBody';

const ADJ = String.raw`(?<!\p{L})Конституционн(?:ый|ого|ому|ым|ом)\s+`;

export const RU_CONSTITUTIONAL_BODIES: ConstitutionalBodies = {
  council: new RegExp(String.raw`${ADJ}совет(?:а|у|ом|е)?(?!\p{L})`, 'giu'),
  court: new RegExp(String.raw`${ADJ}суд(?:а|у|ом|е)?(?!\p{L})`, 'giu'),
};
