/**
 * Kazakh: what a bare "басталды / аяқталды" tells of (events/happeningOf.ts). Nouns as stems with
 * any ending ("науқаны", "үгіт-насихат", "тіркеу"); the step by the verb's stem.
 */
import type { HappeningCues } from '../../../events/happeningOf';

export const KK_HAPPENING: HappeningCues = {
  what: [
    // (A step of a vote's calendar, named by its object: "кандидаттарды тіркеу", "партиялық
    // тізімдерді тапсыру"; titled as the nomination's step.)
    ['nomination', /(?<!\p{L})(?:кандидат|партиялық\s+тізім)\p{L}*\s+(?:ұсыну|тіркеу|тапсыру)/iu],
    ['campaign', /(?<!\p{L})(?:үгіт|сайлау\s+науқан|науқан)/iu],
    ['registration', /(?<!\p{L})тіркеу/iu],
    ['accreditation', /(?<!\p{L})аккредиттеу/iu],
    ['discussion', /(?<!\p{L})талқылау/iu],
    // Receiving documents or applications: "құжаттарды қабылдау", "өтініштерді қабылдау".
    ['documents', /(?<!\p{L})(?:құжат|өтініш)\p{L}*\s+қабылдау/iu],
  ],
  start: /^бастал/iu,
  end: /^(?:аяқтал|тоқтатыл)/iu,
  // (An election, its agitation, a referendum; "сайлаушы", "сайлауалды" are the election's too.)
  electoral: /(?<!\p{L})(?:сайлау|үгіт|референдум)/iu,
};
