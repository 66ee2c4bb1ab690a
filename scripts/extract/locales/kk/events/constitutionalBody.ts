/**
 * The two bodies that rule on conformity to the Constitution, in Kazakh, in every case and
 * possessive: the Constitutional Council ("Конституциялық Кеңес", "Кеңесі", "Кеңесінің",
 * "Кеңесіне", "Кеңесін", "Кеңесінде", "Кеңестің", "Кеңеске", "Кеңесте" …), which ruled until 2023,
 * and the Constitutional Court ("Конституциялық Сот", "Соты", "Сотының", "Сотқа", "Сотта" …),
 * which rules since. Each is titled as itself (events/constitutionalBody.ts).
 */
import type { ConstitutionalBodies } from '../../../events/constitutionalBody';

const ADJ = String.raw`(?<!\p{L})Конституциялық\s+`;

export const KK_CONSTITUTIONAL_BODIES: ConstitutionalBodies = {
  council: new RegExp(String.raw`${ADJ}Кеңес\p{L}*`, 'giu'),
  court: new RegExp(String.raw`${ADJ}Сот\p{L}*`, 'giu'),
};
